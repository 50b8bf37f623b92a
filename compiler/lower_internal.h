/* lower_internal.h — what the lowering files share: the lowering state and
 * the helpers that build IR (temporaries, blocks, runtime calls, reference
 * ownership, conversions).  lower.c owns statements, functions and the
 * program; lower_expr.c owns expressions; lower_builtins.c the calls of
 * builtins and of built-in types' methods.
 */
#ifndef KRAIT_LOWER_INTERNAL_H
#define KRAIT_LOWER_INTERNAL_H

#include "lower.h"

#include <string.h>

#include "diag.h"
#include "krait/krt.h"

typedef struct Val {
    IrTemp *t;
    bool owned;
} Val;

typedef struct Loop {
    IrBlock *brk;  /* break: the block after the loop (skipping else) */
    IrBlock *cont; /* continue */
    int finally_depth; /* finally clauses open when the loop began */
} Loop;

/* What break/continue/return must do on the way out of a try statement:
 * run a finally clause's body (lowered again at each exit), or end the
 * handling of the exception an except clause caught. */
typedef struct Finally {
    NodeList body;        /* a finally clause; empty for an except clause */
    IrBlock *raw_handler; /* handler in force outside */
    IrTemp *handled;      /* except clause: the caught exception */
    IrTemp *previous;     /* except clause: what krt_exc_begin_handling returned */
    IrTemp *with_mgr;     /* with statement: the manager whose __exit__(None, None, None) runs */
    FuncSpec *with_exit;  /* with statement: that __exit__ */
} Finally;

#define LOWER_MAX_FINALLY 32

/* Loops nested in one function; Python's own limit is 20 static blocks. */
#define LOWER_MAX_LOOPS 64

typedef struct Lower {
    Checked *c;
    IrProgram *ir;
    Arena *arena;
    TypeTable *tt;
    Diag *diag;
    FuncSpec *spec;
    IrFunc *fn;
    IrBlock *cur;
    Module *mod;
    uint32_t line;
    PtrMap locals;        /* Symbol* -> IrTemp* (current function) */
    PtrMap globals;       /* Symbol* -> IrGlobal* */
    PtrMap default_globals; /* default value Node* -> IrGlobal* (evaluated at the def) */
    PtrMap funcs;         /* FuncSpec* -> IrFunc* */
    PtrMap unwind_by_line;/* line (as pointer) -> IrBlock* (current function) */
    IrBlock *cleanup;     /* current function's cleanup */
    PtrVec pending;       /* IrTemp*: owned temporaries of the current statement */
    PtrVec owning;        /* IrTemp*: temporaries that may hold a reference the function owns */
    PtrVec rtfuncs;       /* RtFunc* */
    PtrMap irmods;        /* Module* -> IrModule* */
    Loop loops[LOWER_MAX_LOOPS];
    int nloops;
    IrBlock *raw_handler; /* where a raised exception goes after its traceback line (NULL: cleanup) */
    int pending_floor;    /* pending[0..floor) belong to an enclosing expression (comprehensions) */
    Finally fins[LOWER_MAX_FINALLY];
    int nfins;
    Node *expr;           /* the innermost expression being lowered (allocation sites quote it) */
    /* functions as values (lower_closure.c) */
    IrTemp *env;          /* a closure: its environment (NULL: none) */
    PtrMap cells;         /* Symbol* -> IrTemp* holding the variable's cell (current function) */
    PtrMap closure_types; /* FuncSpec* (environment) or Type* (cell of it) -> class Type* */
    PtrMap wrappers;      /* FuncSpec* -> IrFunc* of its wrapper as a value */
    PtrVec closure_classes; /* IrClass*: environments and cells, after the program's classes */
    PtrVec wrapped;       /* FuncSpec* whose wrapper bodies are still to be built */
    PtrMap bound;         /* FuncSpec* of a method -> its Bound (obj.method as a value, lower_closure.c) */
    PtrVec bound_list;    /* Bound*, whose wrapper bodies are still to be built */
} Lower;

/* ---- helpers ------------------------------------------------------------------------ */

/* ---- helpers (lower.c) ---- */

typedef struct CountedLoop {
    IrTemp *i;       /* the counter */
    IrTemp *count;
    IrBlock *head;
    IrBlock *exit;   /* after the loop */
} CountedLoop;
CountedLoop counted_loop_begin(Lower *L, IrTemp *from, IrTemp *count);
void counted_loop_end(Lower *L, CountedLoop *lp);
/* dst = a + b where the caller knows the sum cannot overflow (a loop
 * index below a count, an offset inside a buffer): no OverflowError check. */
void add_unchecked(Lower *L, IrTemp *dst, IrTemp *a, IrTemp *b);
/* A reference a new tuple owns to value ex, as a field of type ft (None or
 * an instance wrapped for an Optional field). */
IrTemp *tuple_field_value(Lower *L, Val ex, Type *ft);
/* A new tuple of type t from n fields (each an owned reference when it is
 * one); pending until its statement ends when it holds references. */
Val tuple_make(Lower *L, Type *t, int n, IrTemp **fields);

Type *ty_of(Lower *L, const Node *n);
bool is_ref(Type *t);
IrTemp *temp(Lower *L, Type *t);
void owning(Lower *L, IrTemp *t);
IrBlock *block(Lower *L);
IrBlock *unwind_block(Lower *L);
IrInstr *emit(Lower *L, IrOp op, IrTemp *dst, int nargs, IrTemp **args);
IrBlock *raise_target(Lower *L);
void may_raise(Lower *L, IrInstr *in);
void set_block(Lower *L, IrBlock *b);
void jump(Lower *L, IrBlock *target);
RtFunc *rt(Lower *L, const char *c_name, Type *ret, bool raises, bool owned, int n, ...);
void alloc_site(Lower *L, IrInstr *in);
Val call_rt(Lower *L, const char *c_name, Type *ret, bool raises, bool owned, int nargs, IrTemp **args);
void call_rt_void(Lower *L, const char *c_name, bool raises, int nargs, IrTemp **args);
IrTemp *const_int(Lower *L, int64_t v);
IrTemp *const_float(Lower *L, double v);
IrTemp *const_bool(Lower *L, bool v);
IrTemp *const_str(Lower *L, const char *s, size_t len);
IrTemp *const_cstr(Lower *L, const char *s);
void release_pending(Lower *L);
bool is_pending(Lower *L, IrTemp *t);
IrTemp *take(Lower *L, Val v);
IrTemp *convert(Lower *L, IrTemp *t, Type *to);
const char *list_kind(Type *list);
const char *list_fn(Lower *L, const char *op, Type *list);
IrTemp *null_ref(Lower *L, Type *t);
IrTemp *as_elem(Lower *L, IrTemp *v, Type *list);
IrTemp *coerce(Lower *L, IrTemp *v, Type *to);
bool sym_is_global(const Symbol *s);
IrGlobal *global_of(Lower *L, Symbol *sym);
IrTemp *local_of(Lower *L, Symbol *sym);
Val read_var(Lower *L, Symbol *sym);
void write_var(Lower *L, Symbol *sym, Val v);

/* ---- expressions (lower_expr.c) ---- */

Val lower_expr(Lower *L, Node *n);
IrTemp *lower_value(Lower *L, Node *n);
IrTemp *truth(Lower *L, IrTemp *v);
Val lower_arith(Lower *L, BinOpKind op, Val a, Val b, Type *result);
/* The fields of a @dataclass instance as one tuple (lower_compare.c). */
/* The length of the shortest of n lists (lower_builtins.c). */
IrTemp *shortest_length(Lower *L, IrTemp **lists, int n);
IrTemp *dataclass_fields_tuple(Lower *L, ClassData *cd, IrTemp *obj);
IrTemp *tuple_field(Lower *L, IrTemp *t, int i);

/* ---- shared by lower_expr.c and lower_builtins.c ---- */

IrBinop binop_of(BinOpKind op);
IrCmp cmp_of(CmpOpKind op);
IrTemp *compare_tuples(Lower *L, CmpOpKind op, IrTemp *a, IrTemp *b);
IrTemp *tuple_contains(Lower *L, IrTemp *x, IrTemp *t);
bool tuple_index_is_constant(Node *sub);
IrTemp *tuple_item(Lower *L, IrTemp *t, IrTemp *i);
IrTemp *compare_one(Lower *L, CmpOpKind op, IrTemp *a, IrTemp *b);
IrTemp *compare_step(Lower *L, Node *operand, CmpOpKind op, IrTemp *a, IrTemp *b);
Val lower_compare(Lower *L, Node *n);
IrTemp *decided(Lower *L, Val v, Type *t);
Val lower_boolop(Lower *L, Node *n);
Val lower_ifexp(Lower *L, Node *n);
Val to_str(Lower *L, IrTemp *v, bool repr);
IrTemp *exc_message(Lower *L, int type_id, IrTemp *arg);
Val lower_joined_str(Lower *L, Node *n);
Val lower_print(Lower *L, Node *call);
IrTemp *min_max(Lower *L, Node *call, bool is_max);
IrTemp *instance_of(Lower *L, IrTemp *v, const char *attr);
Type *elem_of(Lower *L, Type *t);
bool is_constant_expr(Node *n);
void comp_level(Lower *L, void *ctx, IrBlock *brk, IrBlock *cont);
Val lower_comprehension(Lower *L, Node *n, int mode);
Val lower_any_all(Lower *L, Node *call, bool is_any);
Val as_list(Lower *L, IrTemp *v, Type *elem);
int static_isinstance(Type *t, const Builtin *c);
Val lower_isinstance(Lower *L, Node *call);
Node *keyword_node(Node *call, const char *name);
/* n.to_bytes(), n.bit_length(), int.from_bytes() (lower_int_bytes.c) */
Val lower_int_method(Lower *L, Node *call, IrTemp *recv, const char *name);
Val lower_int_from_bytes(Lower *L, Node *call);
/* the struct module (lower_struct.c, infer_struct.c) */
Val lower_struct_call(Lower *L, Node *call);
bool struct_names_module_attr(const Module *mod, Node *f);
bool struct_names_error(const Module *mod, Node *n);
IrTemp *sort_reverse(Lower *L, Node *call);
IrTemp *key_value(Lower *L, Node *key, IrTemp *item);
void sort_list(Lower *L, IrTemp *l, IrTemp *reverse, Node *key);
Val lower_sorted(Lower *L, Node *call);
Val lower_iter_builtin(Lower *L, Node *call, const Builtin *b);
Val lower_min_max_keyed(Lower *L, Node *call, bool is_max);
Val lower_builtin_call(Lower *L, Node *call, const Builtin *b);
Val lower_dict_method(Lower *L, Node *n, IrTemp *d, const char *m);
Val lower_bytes_method(Lower *L, Node *n, IrTemp *b, const char *m);
Val lower_set_method(Lower *L, Node *n, IrTemp *st, const char *m);
Val lower_method_call(Lower *L, Node *n);
Val lower_slice(Lower *L, Node *n);
/* lower_percent.c */
Val lower_percent(Lower *L, Node *n, IrTemp *args);
/* lower_slice.c */
void lower_slice_store(Lower *L, Node *target, IrTemp *value);
void lower_slice_delete(Lower *L, Node *target);
Val lower_tuple_slice(Lower *L, Node *n);
Val lower_list_display(Lower *L, Node *n);
Val lower_call(Lower *L, Node *n);
Val lower_user_call(Lower *L, Node *n);
Val lower_method_invoke(Lower *L, Node *n, IrTemp *self);
Val lower_call_with_self(Lower *L, Node *n, IrTemp *self);
Val lower_expr_kind(Lower *L, Node *n);

/* ---- functions as values (lower_closure.c) ---- */

int closure_params(Lower *L, FuncSpec *spec);
void closure_prologue(Lower *L, FuncSpec *spec);
bool closure_read_var(Lower *L, Symbol *sym, Val *out);
bool closure_write_var(Lower *L, Symbol *sym, Val v);
bool closure_lower_expr(Lower *L, Node *n, Val *out);
Val closure_lower_value_call(Lower *L, Node *n);
bool closure_lower_def(Lower *L, Node *def);
bool closure_skip_assign(Lower *L, Node *assign);
IrTemp *closure_key_value(Lower *L, Node *key, IrTemp *item);
Type *closure_key_type(Lower *L, Node *key);
Val closure_lower_map_filter(Lower *L, Node *call, bool is_map);
void closure_finish(Lower *L);

/* ---- statements (lower.c) ---- */

void jump_to_handler(Lower *L);
IrGlobal *default_global(Lower *L, Module *mod, Node *dflt);
IrTemp *read_default(Lower *L, Module *mod, Node *dflt);
/* One iteration's work in a loop lowered by lower_for_each. */
typedef void (*LoopBodyFn)(Lower *L, void *ctx, IrBlock *brk, IrBlock *cont);
void lower_for_each(Lower *L, Node *target, Node *iter, LoopBodyFn body_fn, void *ctx, NodeList orelse);
/* A loop body with its break and continue targets (lower_loops.c). */
void lower_loop_body(Lower *L, NodeList body, IrBlock *brk, IrBlock *cont);
/* The body of a for statement (ctx: the For node), for lower_for_each. */
void lower_for_stmt_body(Lower *L, void *ctx, IrBlock *brk, IrBlock *cont);
/* The runtime type id of a built-in exception class. */
int exc_type_id(const char *name);

/* lower_exc.c: exceptions' arguments and attributes, exception classes with fields. */
Val lower_exc_new(Lower *L, Node *call, int type_id);
bool lower_exc_super(Lower *L, Node *call, Val *out);
bool lower_exc_attribute(Lower *L, Node *n, Val *out);
bool lower_exc_to_str(Lower *L, IrTemp *v, Val *out);
bool lower_exc_len(Lower *L, IrTemp *v, Val *out);
void lower_exc_raise_from(Lower *L, Node *n);
void lower_exc_class(Lower *L, ClassData *cd, IrClass *ic);
int class_type_id(Lower *L, Node *name);
ClassData *class_data_of_type(Type *t);
int class_id(Lower *L, ClassData *cd);
IrTemp *call_spec(Lower *L, FuncSpec *spec, int nargs, IrTemp **args);
IrTemp *field_get(Lower *L, IrTemp *obj, const char *field, Type *ft);

/* ---- generators and iterators (lower_gen.c) ---- */

Val lower_genexpr(Lower *L, Node *n);
Type *genexpr_list_type(Lower *L, Type *t);
Val lower_yield(Lower *L, Node *n);
void lower_for_iter(Lower *L, Node *target, Node *iter, LoopBodyFn body_fn, void *ctx, NodeList orelse_body);
void lower_for_iter_value(Lower *L, Node *target, Val it, LoopBodyFn body_fn, void *ctx, NodeList orelse_body);
Val iter_to_list(Lower *L, IrTemp *it, Type *elem);
Val lower_iter_next(Lower *L, Node *call, const Builtin *b);
bool lower_stop_value(Lower *L, Node *n, Val *out);

void assign_to(Lower *L, Node *target, Val v);
void lower_block(Lower *L, NodeList body);

/* ---- bytes.split/join/strip/lower/upper (lower_bytes_text.c) ---- */
Val lower_bytes_text(Lower *L, const char *m, IrTemp **a, Type *res);

/* ---- tuple operations (lower_tuple_ops.c) ---- */
Val lower_tuple_builtin(Lower *L, Node *call, IrTemp *arg);
Val seq_tuple_repr(Lower *L, IrTemp *v);
Val tuple_repr(Lower *L, IrTemp *v);
Val lower_tuple_binop(Lower *L, Node *n, Val a, Val b);
Val lower_tuple_method(Lower *L, Node *call, IrTemp *t, const char *name);
Val lower_str_partition(Lower *L, Node *call, IrTemp *s, const char *name);

/* ---- named tuples (lower_namedtuple.c) ---- */
bool lower_namedtuple_skip(Lower *L, Node *n);
IrTemp *namedtuple_recast(Lower *L, IrTemp *v, Type *to);
bool lower_namedtuple_call(Lower *L, Node *n, Val *out);
bool lower_namedtuple_attribute(Lower *L, Node *n, Val *out);

/* ---- enums (lower_enum.c) ---- */

/* str() (or repr()) of an enum member v. */
Val enum_to_str(Lower *L, EnumData *ed, IrTemp *v, bool repr);
/* Mode.OFF, member.name, member.value; *done false when n is none of these. */
Val lower_enum_attribute(Lower *L, Node *n, bool *done);
/* Mode(value), Mode["NAME"]; *done false when n is neither. */
Val lower_enum_lookup(Lower *L, Node *n, bool *done);
/* An enum class as a value: a new list of its members. */
Val lower_enum_as_value(Lower *L, Node *n);

/* ---- protocols over instances (lower_protocols.c) ---- */

bool is_instance_list(Type *t);
/* repr() of a list of instances (each one's __repr__). */
Val instance_list_repr(Lower *L, IrTemp *list);
bool instance_dict_type(Type *t);
/* repr() of a dict whose keys or values are instances. */
Val instance_dict_repr(Lower *L, IrTemp *d);

/* ---- instances as keys, hash() (lower_dunder.c) ---- */

/* a < b over a @dataclass(order=True)'s fields, as a function of the program. */
IrFunc *lower_order_func(Lower *L, ClassData *cd);
/* The functions a keyed class's element descriptor calls (IrClass hash_func, eq_func). */
void lower_key_funcs(Lower *L, ClassData *cd, IrClass *ic);
Val lower_hash_call(Lower *L, Node *call);
/* iter(obj) of an instance: its __iter__'s iterator, or its iterator instance wrapped as one. */
Val instance_iter(Lower *L, IrTemp *obj);
/* obj[k] op= v on an instance: __getitem__ then __setitem__. */
void lower_aug_item_dunder(Lower *L, Node *n);

/* ---- with statements (lower_with.c) ---- */

void lower_with(Lower *L, Node *n);
/* __exit__(None, None, None) of a with statement left by return/break/continue. */
void with_exit_clean(Lower *L, const Finally *f);

/* ---- subclass polymorphism (lower_dispatch.c) ---- */

/* v cast to class type `to` (a base of its class; Optional or not), or NULL when no cast applies. */
IrTemp *class_upcast(Lower *L, IrTemp *v, Type *to);
/* The functions that pick an override by the run-time class (before any body is lowered). */
void lower_dispatchers(Lower *L);
/* What a method call calls: the dispatcher of its callee, or the callee. */
IrFunc *dispatch_callee(Lower *L, Node *call, FuncSpec *callee);
/* obj.attr of class attribute attr found from class cd (obj NULL: read through the class). */
Val class_attr_read(Lower *L, IrTemp *obj, ClassData *cd, Symbol *attr);
void field_set(Lower *L, IrTemp *obj, const char *field, Type *ft, IrTemp *owned);

#endif
