/* infer_internal.h — what the inference files share: the inference state
 * and every helper.  infer.c owns variables, annotations, specialisation,
 * narrowing, calls, expressions, statements and finishing; infer_class.c
 * owns the program's classes (fields, methods, dunders); infer_builtins.c
 * owns built-in functions and the methods of built-in types.
 */
#ifndef KRAIT_INFER_INTERNAL_H
#define KRAIT_INFER_INTERNAL_H

#include <string.h>

#include "typed.h"
#include "diag.h"

/* Nesting of specialisations being inferred at once (deep call chains of
 * first calls); beyond it the program is more recursive than a firmware
 * call graph should be. */
#define INFER_MAX_DEPTH 200

/* Variables narrowed at once by nested `is not None` tests; deeper nesting
 * simply stops narrowing (the program is then refused where it relies on it). */
#define INFER_MAX_NARROW 64

typedef struct Infer {
    Checked *c;
    Program *prog;
    Diag *diag;
    TypeTable *tt;
    Arena *arena;
    FuncSpec *spec; /* the specialisation being inferred */
    Module *mod;
    int depth;
    int loop_depth;
    /* Variables known not to be None where the code being inferred runs
     * (inside `if x is not None:`, after `if x is None: return`, in the
     * right operand of `x is not None and ...`): reads of them have the
     * Optional's inner type and lowering unwraps them (a checked unwrap, so
     * a wrong proof raises instead of misbehaving). */
    Symbol *narrowed[INFER_MAX_NARROW];
    Type *narrowed_to[INFER_MAX_NARROW]; /* NULL: not None; else the subclass an isinstance test proved */
    const char *narrowed_attr[INFER_MAX_NARROW]; /* NULL: the variable; else its field (infer_narrow_attr.c) */
    struct FieldNames *field_names;      /* what the program does with field names (infer_narrow_attr.c) */
    int nnarrowed;
    PtrVec narrow_later; /* NarrowLater*: reads of a variable still typed None */
    Type *expect;        /* the type the expression being inferred must have (lambdas, function values); NULL */
    Node *str_ifexp;     /* a conditional expression whose value is only turned into text (print, str(), an
                            f-string field): its branches may differ in type, each becomes str */
    PtrVec default_int;  /* Type* variables (printed empty containers' elements) that become int if still unknown */
    PtrMap gen_rets;     /* Symbol* -> Type*: variables assigned a generator (its return type; infer_gen.c) */
    PtrMap stop_values;  /* Symbol* -> Type*: `except StopIteration as name`: name.value's type */
} Infer;

/* A narrowed read of a variable whose type is still None when the read is
 * inferred (`best = None` … `if best is None or n > best: best = n`): its
 * type is the Optional's inner type, known once inference ends. */
typedef struct NarrowLater {
    Type *read;     /* the read's type */
    Type *var;      /* the variable's type */
    Node *site;
    Module *mod;
} NarrowLater;

typedef enum MethodKind { METHOD_PLAIN, METHOD_STATIC, METHOD_CLASS, METHOD_GETTER, METHOD_SETTER, METHOD_OTHER } MethodKind;

const char *tname(Infer *in, Type *t);
void infer_error(Infer *in, const Node *n, const char *fmt, const char *a, const char *b);
Type *unsupported(Infer *in, const Node *n, const char *what);
bool poisoned(Infer *in, Type *t);
Type *record(Infer *in, Node *n, Type *t);
bool symbol_is_global(const Symbol *sym);
Type *var_type(Infer *in, Symbol *sym);
bool type_is_numeric(Type *t);
void assign_var(Infer *in, Symbol *sym, Type *value, Node *site);
bool type_accepts(Infer *in, Type *want, Type *got);
Type *annotation_name(Infer *in, Node *a, const char *name);
Type *annotation_type(Infer *in, Node *a);
FuncSpec *spec_new(Infer *in, Node *def, Scope *scope, Module *mod);
const char *spec_c_name(Infer *in, Module *mod, const char *qualname, int index);
FuncSpec *spec_for_call(Infer *in, Node *def, Module *def_mod, Type **arg_types, Node *call);
void infer_spec_body(Infer *in, FuncSpec *spec);
Type *infer_binop_types(Infer *in, Node *n, BinOpKind op, Type *l, Type *r);
Symbol *follow_import(Symbol *sym);
Type *infer_name(Infer *in, Node *n);
bool in_comprehension_of(const Scope *scope, const Scope *fn);
bool is_narrowed(Infer *in, Symbol *sym);
int narrow_push_block(Infer *in, Node *test, bool when, Node **stmts, int nstmts);
int narrow_push_after_if(Infer *in, Node *test, bool when, NodeList branch, Node **rest, int rest_len);
/* The facts a block of statements ended (infer_block), to undo when it is
 * left.  Past NARROW_KILLS_MAX a fact ends for good: less narrowing, never
 * wrong narrowing. */
#define NARROW_KILLS_MAX 16
typedef struct NarrowKills {
    int n, index[NARROW_KILLS_MAX];
    Symbol *sym[NARROW_KILLS_MAX];
    int nafter, after[NARROW_KILLS_MAX];
} NarrowKills;
void narrow_block_enter(Infer *in, NarrowKills *k, Node *s);
void narrow_block_after(Infer *in, NarrowKills *k);
void narrow_block_leave(Infer *in, NarrowKills *k);
Type *narrowed_type(Infer *in, Symbol *sym, Node *site);
void narrow_finish(Infer *in);
void scan_assign(Node *n, void *ctx);
bool region_assigns(Infer *in, Node **nodes, int count, Symbol *sym);
void add_fact(Infer *in, Node *name, Symbol **out, int *count);
void cond_facts(Infer *in, Node *test, bool when, Symbol **out, const char **attrs, int *count, int max);
/* infer_narrow_attr.c */
bool attr_region_kills(Infer *in, Node **nodes, int count, Symbol *base, const char *attr);
bool attr_assigns_after_reading(Infer *in, Node *s, Symbol *base, const char *attr);
Symbol *attr_fact_base(Infer *in, Node *n);
Type *narrowed_field_type(Infer *in, Node *n, Type *field_type);
int narrow_push(Infer *in, Node *test, bool when, Node **region, int region_len);
void narrow_pop(Infer *in, int pushed);
bool names_exception_class(Infer *in, Node *name);
ClassData *class_data_of(Type *t);
ClassData *class_named(Infer *in, Node *name);
MethodKind method_kind(Node *def);
Node *class_def_of_kind(ClassData *cd, const char *name, bool setter, ClassData **owner);
Node *class_method(ClassData *cd, const char *name, ClassData **owner);
void scan_self_assign(Node *n, void *ctx);
bool class_assigns_field(ClassData *cd, const char *field);
FieldInfo *class_field(Infer *in, ClassData *cd, const char *name, Node *site);
Symbol *class_attr(Infer *in, ClassData *cd, const char *name);
const char *class_suggestion(Infer *in, ClassData *cd, const char *name);
Type *no_attribute(Infer *in, Node *n, ClassData *cd, const char *name);
void infer_class_def(Infer *in, Node *n);
ClassInfo *exception_class(Infer *in, const char *name);
Type *exception_type(Infer *in);
bool is_exception_type(Infer *in, Type *t);
bool list_elem_ok(Type *t);
bool tuple_field_ok(Type *t);
/* infer_percent.c */
Type *infer_percent(Infer *in, Node *n, Type *args);
/* infer_slice.c */
Type *infer_tuple_slice(Infer *in, Node *n, Type *base);
void infer_slice_store(Infer *in, Node *target, Type *value, Node *site);
void infer_slice_delete(Infer *in, Node *target, Type *base);
bool printable(Infer *in, Type *t);
bool printable_elem(Infer *in, Type *t);
Type *iter_elem(Infer *in, Type *t);
bool container_accepts(Infer *in, Type *slot, Type *got);
bool hashable(Type *t);
bool container_elem_ok(Type *t);
Type *dict_of(Infer *in, Node *site, Type *key, Type *value);
bool is_dict_view_call(Infer *in, Node *n);
Type *refuse_view_print(Infer *in, Node *n);
Type *set_of(Infer *in, Node *site, Type *elem, bool frozen);
bool is_set(Type *t);
bool is_bytes_like(Type *t);
Type *list_of(Infer *in, Node *site, Type *elem);
void expect_arg(Infer *in, Node *call, int i, Type *got, Type *want, const char *fname);
const Builtin *isinstance_class(Infer *in, Node *c);
Type *infer_isinstance(Infer *in, Node *call);
bool infer_sort_keywords(Infer *in, Node *call, const char *what);
Node *keyword_value(Node *call, const char *name);
bool orderable(Type *e);
Type *infer_key_function(Infer *in, Node *key, Type *elem);
Type *infer_min_max_keyed(Infer *in, Node *call, const Builtin *b);
Type *infer_sorted(Infer *in, Node *call);
Type *infer_iter_builtin(Infer *in, Node *call, const Builtin *b);
Type *infer_builtin_call(Infer *in, Node *call, const Builtin *b);
Symbol *scope_lookup_name(Infer *in, Module *m, const char *name);
bool match_arguments(Infer *in, Node *call, Node *def, const DefSig *sig, Node **arg_nodes);
Type *sig_type(Infer *in, char code, Type *recv);
Type *infer_dict_method(Infer *in, Node *n, Type *d, const char *name);
Type *infer_bytes_method(Infer *in, Node *n, Type *bt, const char *name);
Type *infer_set_method(Infer *in, Node *n, Type *st, const char *name);
Type *infer_class_method_call(Infer *in, Node *call, Type *self_type, ClassData *start, const char *name);
bool class_printing(Infer *in, Type *t, bool repr, Node *site);
FuncSpec *dunder_spec(Infer *in, Node *site, Type *self, const char *name, Type **args, int nargs);
ClassData *method_owner(Infer *in, Node *def);
Type *infer_method_call(Infer *in, Node *n);
Type *infer_call(Infer *in, Node *n);
bool comparable_scalar(Type *t);
Type *infer_compare(Infer *in, Node *n);
Type *infer_boolop(Infer *in, Node *n, bool as_condition);
bool infer_generators(Infer *in, NodeList gens);
Type *infer_comprehension(Infer *in, Node *n);
void infer_truth_of(Infer *in, Type *t, Node *site);
Type *infer_condition(Infer *in, Node *n);
Type *infer_joined_str(Infer *in, Node *n);
Type *infer_expr_kind(Infer *in, Node *n);
Type *infer_expr(Infer *in, Node *n);
void assign_field(Infer *in, FieldInfo *f, Type *value, Node *site);
void infer_assign_target(Infer *in, Node *target, Type *value, Node *site);
void infer_stmt(Infer *in, Node *n);
bool block_exits(NodeList body);
void infer_block(Infer *in, NodeList body);
void default_elems(Infer *in, Type *t);
bool finish_type(Infer *in, Type **slot, const Node *site, const char *what);
void finish_map(Infer *in, PtrMap *map, const Node *site);

Type *infer_dataclass_init(Infer *in, Node *call, ClassData *cd);

/* ---- functions as values (infer_closure.c) ---- */
Type *infer_expect(Infer *in, Node *n, Type *want);
Type *closure_infer_expected(Infer *in, Node *n, Type *want);
Type *closure_annotation(Infer *in, NodeList args);
Node *closure_def_of(Infer *in, Node *lambda);
Node *closure_lambda_var(Infer *in, Symbol *sym);
bool closure_assign(Infer *in, Node *assign);
void closure_def_stmt(Infer *in, Node *def);
bool closure_calls_value(Infer *in, Symbol *sym);
Type *closure_value_call(Infer *in, Node *call, Type *ft);
Type *closure_callee_type(Infer *in, Node *call);
void closure_expect_args(Infer *in, Node *call, const DefSig *sig, Node **arg_nodes);
Type *closure_map_filter(Infer *in, Node *call, bool is_map);
Type *closure_key_function(Infer *in, Node *key, Type *elem);
/* displays where a tuple is wanted (infer_tuple_ops.c) */
Type *infer_tuple_expected(Infer *in, Node *n, Type *want);
Type *assign_target_want(Infer *in, Node *assign);
Type *arg_display_want(Infer *in, const DefSig *sig, Node **arg_nodes, Node *arg);
/* int.to_bytes(), int.from_bytes(), int.bit_length() (infer_int_bytes.c) */
Type *infer_int_method(Infer *in, Node *call, const char *name);
Type *infer_int_from_bytes(Infer *in, Node *call);
/* the struct module (infer_struct.c) */
Type *infer_struct_call(Infer *in, Node *call);
bool struct_names_module_attr(const Module *mod, Node *f);
bool struct_names_error(const Module *mod, Node *n);
/* weak references (infer_weakref.c) */
bool infer_is_weakref_ref(Infer *in, Node *f);
Type *infer_weakref_new(Infer *in, Node *call);
Type *infer_weakref_call(Infer *in, Node *call, Type *w);
Type *infer_weakref_annotation(Infer *in, Node *a, Node **args, int nargs);
/* generators and iterators (infer_gen.c) */
Type *infer_iter_annotation(Infer *in, Node *a, const char *name, Node **args, int nargs);
void infer_gen_begin(Infer *in, FuncSpec *spec);
void infer_gen_end(Infer *in, FuncSpec *spec);
void infer_gen_finish(Infer *in, FuncSpec *spec);
void infer_gen_return(Infer *in, Node *n);
Type *infer_yield(Infer *in, Node *n);
Type *infer_iter_next(Infer *in, Node *call, const Builtin *b, Type **at, int nargs);
void infer_gen_note_assign(Infer *in, Node *assign);
void infer_gen_stop_handler(Infer *in, Node *try_stmt, Node *handler, Symbol *sym);
Type *infer_stop_value(Infer *in, Node *attr);
/* infer_dispatch.c: subclass polymorphism */
bool class_upcast_ok(Type *want, Type *got);
Type *class_join(Infer *in, Type *a, Type *b);
void dispatch_method_call(Infer *in, Node *call, ClassData *cd);
/* base (a method of class cd, for a self of cd's type) is called at site
 * through a cd-typed value: virtual when subclasses override it. */
void dispatch_spec(Infer *in, Node *site, ClassData *cd, FuncSpec *base);
void dispatch_str_via_repr(Infer *in, Node *site, ClassData *cd);
void dispatch_class_attr(Infer *in, Node *site, ClassData *cd, const char *name, Type *t);
void dispatch_finish(Infer *in);
int narrow_isinstance_push(Infer *in, Node *test, bool when, Node **region, int region_len);
Type *narrowed_class(Infer *in, Symbol *sym);

/* infer_enum.c */
bool infer_enum_class_def(Infer *in, Node *n);

/* infer_exc.c: exceptions' arguments, attributes and program exception classes. */
Type *infer_exc_new(Infer *in, Node *call);
Type *infer_exc_new_inferred(Infer *in, Node *call);
bool infer_exc_constructed(Infer *in, Node *call, ClassData *cd);
Type *infer_exc_super(Infer *in, Node *call, ClassData *owner);
Type *infer_exc_attribute(Infer *in, Node *n, Type *base);
bool infer_exc_cause(Infer *in, Node *cause);
bool infer_exc_printing(Infer *in, Type *t, bool repr, Node *site);
int infer_exc_handler_push(Infer *in, Node *handler);
Type *infer_enum_attribute(Infer *in, Node *n, Type *bt);
Type *infer_enum_lookup(Infer *in, Node *n);
Type *infer_enum_as_value(Infer *in, Symbol *sym);
bool enum_binop_ok(Infer *in, Node *n, Type *l, Type *r);
bool enum_compare_ok(Infer *in, Node *n, CmpOpKind op, Type *l, Type *r);
bool enum_widens_to(Type *want, Type *got);

/* infer_bytes_text.c */
Type *infer_bytes_text(Infer *in, Node *n, const char *name, Type **at, int nargs);

/* infer_return_hint.c */
void infer_return_hint(Infer *in, FuncSpec *spec);

/* infer_tuple_ops.c */
Type *infer_tuple_builtin(Infer *in, Node *call, Type **at, int nargs);
bool tuple_repeat_count(Node *e, long long *out);
Type *infer_tuple_binop(Infer *in, Node *n, BinOpKind op, Type *l, Type *r);
Type *infer_tuple_method(Infer *in, Node *call, Type *t, const char *name);
Type *infer_str_partition(Infer *in, Node *call, const char *name);
bool seq_tuple_store(Infer *in, Node *target, Type *base);

/* infer_namedtuple.c */
bool infer_namedtuple_class_def(Infer *in, Node *n);
bool infer_namedtuple_assign(Infer *in, Node *n);
void infer_namedtuple_import(Infer *in, Node *n);
Type *namedtuple_annotation(Infer *in, Symbol *sym);
Type *infer_namedtuple_call(Infer *in, Node *call);
Type *infer_namedtuple_method(Infer *in, Node *call, Type *recv);
Type *infer_namedtuple_attribute(Infer *in, Node *n, Type *bt);
Type *infer_namedtuple_class_attribute(Infer *in, Node *n);
bool infer_namedtuple_store(Infer *in, Node *target, Type *bt);
bool namedtuple_accepts(Type *want, Type *got);

/* infer_protocols.c */
bool instance_orderable(Infer *in, Type *t, Node *site);

/* infer_dunder.c */
/* Can instances of t be dict keys and set members (hash and eq known)?  False after a diagnostic. */
bool instance_key(Infer *in, Type *t, Node *site);
Type *infer_hash_call(Infer *in, Node *call);
bool instance_dict(Type *t);
Type *instance_iter_elem(Infer *in, Type *t, Node *site);
Type *infer_call_dunder(Infer *in, Node *call, Type *t);
void infer_aug_item_dunder(Infer *in, Node *n);
Type *infer_call_dunder_value(Infer *in, Node *f, Type *t, Type **args, int nargs);
bool instance_dict_printable(Infer *in, Type *t);

/* infer_with.c */
void infer_with(Infer *in, Node *n);

#endif
