/* lower.c — the typed AST to IR.
 *
 * Input: the Checked program (every expression typed, one FuncSpec per
 * specialisation).  Output: an IrProgram with one IrFunc per FuncSpec, one
 * IrGlobal per module variable, one init function per module.
 *
 * Values.  Lowering an expression yields a Val: the temporary holding it and
 * whether that temporary owns a reference (a fresh str from a runtime call)
 * or borrows one (a constant, a variable's current value).  Owned
 * temporaries are released as soon as the statement that made them has used
 * them; variables own their values.  This is the naive discipline the later
 * lifetime pass improves on: every count operation is explicit IR.
 *
 * Exceptions.  Every instruction that can raise gets its block's handler as
 * its exception edge.  Outside try blocks the handler is a per-line unwind
 * block: it records the traceback line and jumps to the function's cleanup,
 * which releases every reference the function holds and returns with the
 * exception pending.  Temporaries are cleared after release, so the cleanup
 * may release everything unconditionally (NULL is skipped).
 *
 * Control flow.  Structured statements become blocks: `while`/`for` with
 * else clauses, break and continue jump to the loop's exit and latch, `and`
 * /`or` and chained comparisons evaluate lazily into a result temporary.
 */
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
    Finally fins[LOWER_MAX_FINALLY];
    int nfins;
} Lower;

/* ---- helpers ------------------------------------------------------------------------ */

static Type *ty_of(Lower *L, const Node *n) {
    return check_type_of(L->spec, n);
}

/* Does a value of type t hold counted references (itself, or a tuple's fields)? */
static bool is_ref(Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_TUPLE) {
        for (int i = 0; i < t->nargs; i++)
            if (is_ref(t->args[i])) return true;
        return false;
    }
    return type_is_reference(t);
}

static IrTemp *temp(Lower *L, Type *t) {
    return ir_temp_new(L->fn, L->ir, t, NULL);
}

/* t may hold an owned reference: the return and unwind paths release it. */
static void owning(Lower *L, IrTemp *t) {
    if (is_ref(t->type)) ptrvec_push(L->arena, &L->owning, t);
}

static IrBlock *block(Lower *L) {
    return ir_block_new(L->fn, L->ir);
}

/* The handler for instructions raising at the current line: it records the
 * line in the traceback, then goes where the innermost try sends exceptions
 * (or to the function's cleanup). */
static IrBlock *unwind_block(Lower *L) {
    IrBlock *target = L->raw_handler ? L->raw_handler : L->cleanup;
    uintptr_t key = ((uintptr_t)L->line << 12) ^ (uintptr_t)target->id;
    IrBlock *b = ptrmap_get(&L->unwind_by_line, (void *)(key + 1));
    if (!b || b->term.target != target) {
        b = block(L);
        IrInstr *tb = ir_emit(L->ir, b, IR_TRACEBACK, NULL, 0, NULL);
        tb->imm.i = L->line;
        ir_jump(b, target);
        ptrmap_put(&L->unwind_by_line, (void *)(key + 1), b);
    }
    return b;
}

static IrInstr *emit(Lower *L, IrOp op, IrTemp *dst, int nargs, IrTemp **args) {
    IrInstr *in = ir_emit(L->ir, L->cur, op, dst, nargs, args);
    in->line = L->line;
    return in;
}

/* The handler for an instruction raising now: the traceback line block, or
 * when the statement holds owned temporaries, a block releasing them first
 * (an exception caught in this function must not strand them). */
static IrBlock *raise_target(Lower *L) {
    IrBlock *unwind = unwind_block(L);
    if (L->pending.len == 0) return unwind;
    IrBlock *b = block(L);
    for (int i = 0; i < L->pending.len; i++) {
        IrTemp *t = L->pending.items[i];
        IrInstr *d = ir_emit(L->ir, b, IR_DECREF, NULL, 1, &t);
        d->line = L->line;
        ir_emit(L->ir, b, IR_CLEAR, t, 0, NULL);
    }
    ir_jump(b, unwind);
    return b;
}

/* Marks in as able to raise: its edge goes to the current handler. */
static void may_raise(Lower *L, IrInstr *in) {
    in->flags |= IR_MAY_RAISE;
    L->fn->may_raise = true;
    if (!L->cur->handler && L->pending.len == 0) {
        L->cur->handler = unwind_block(L);
        return;
    }
    if (L->cur->handler && L->cur->handler == unwind_block(L) && L->pending.len == 0) return;
    /* a different handler: the instruction starts a block of its own */
    IrBlock *next = block(L);
    L->cur->instrs.len--;
    ir_jump(L->cur, next);
    L->cur = next;
    ptrvec_push(L->arena, &next->instrs, in);
    next->handler = raise_target(L);
    /* what follows gets a fresh block too (its handler may differ) */
    IrBlock *after = block(L);
    ir_jump(L->cur, after);
    L->cur = after;
}

static void set_block(Lower *L, IrBlock *b) {
    L->cur = b;
}

static void jump(Lower *L, IrBlock *target) {
    if (L->cur->term.kind == TERM_NONE) ir_jump(L->cur, target);
}

static RtFunc *rt(Lower *L, const char *c_name, Type *ret, bool raises, bool owned, int n, ...) {
    for (int i = 0; i < L->rtfuncs.len; i++) {
        RtFunc *f = L->rtfuncs.items[i];
        if (strcmp(f->c_name, c_name) == 0 && f->ret == ret) return f;
    }
    RtFunc *f = arena_alloc(L->arena, sizeof *f);
    f->c_name = c_name;
    f->ret = ret;
    f->may_raise = raises;
    f->returns_owned = owned;
    f->nparams = n;
    ptrvec_push(L->arena, &L->rtfuncs, f);
    return f;
}

/* dst = c_name(args...) */
static Val call_rt(Lower *L, const char *c_name, Type *ret, bool raises, bool owned, int nargs, IrTemp **args) {
    RtFunc *f = rt(L, c_name, ret, raises, owned, nargs);
    IrTemp *dst = ret && type_resolve(ret)->kind != TY_NONE ? temp(L, ret) : NULL;
    IrInstr *in = emit(L, IR_CALL_RT, dst, nargs, args);
    in->rt = f;
    if (owned) in->flags |= IR_OWNED;
    if (raises) may_raise(L, in);
    Val v = {dst, owned && dst && is_ref(ret)};
    if (v.owned) {
        ptrvec_push(L->arena, &L->pending, dst);
        owning(L, dst);
    }
    return v;
}

static void call_rt_void(Lower *L, const char *c_name, bool raises, int nargs, IrTemp **args) {
    call_rt(L, c_name, type_none(L->tt), raises, false, nargs, args);
}

static IrTemp *const_int(Lower *L, int64_t v) {
    IrTemp *t = temp(L, type_int(L->tt));
    IrInstr *in = emit(L, IR_CONST, t, 0, NULL);
    in->imm.i = v;
    return t;
}

static IrTemp *const_float(Lower *L, double v) {
    IrTemp *t = temp(L, type_float(L->tt));
    IrInstr *in = emit(L, IR_CONST, t, 0, NULL);
    in->imm.f = v;
    return t;
}

static IrTemp *const_bool(Lower *L, bool v) {
    IrTemp *t = temp(L, type_bool(L->tt));
    IrInstr *in = emit(L, IR_CONST, t, 0, NULL);
    in->imm.b = v;
    return t;
}

static IrTemp *const_str(Lower *L, const char *s, size_t len) {
    IrTemp *t = temp(L, type_str(L->tt));
    IrInstr *in = emit(L, IR_CONST_STR, t, 0, NULL);
    in->imm.i = ir_str_const(L->ir, s, (uint32_t)len)->id;
    return t;
}

static IrTemp *const_cstr(Lower *L, const char *s) {
    return const_str(L, s, strlen(s));
}

/* Releases the statement's owned temporaries. */
static void release_pending(Lower *L) {
    for (int i = 0; i < L->pending.len; i++) {
        IrTemp *t = L->pending.items[i];
        emit(L, IR_DECREF, NULL, 1, &t);
        emit(L, IR_CLEAR, t, 0, NULL);
    }
    L->pending.len = 0;
}

/* Takes ownership of v (for storing): an owned value moves out of its
 * temporary (which is cleared, so no path releases it twice); a borrowed one
 * gets an incref. */
static IrTemp *take(Lower *L, Val v) {
    if (!is_ref(v.t->type)) return v.t;
    if (v.owned) {
        for (int i = 0; i < L->pending.len; i++) {
            if (L->pending.items[i] == v.t) {
                L->pending.items[i] = L->pending.items[--L->pending.len];
                break;
            }
        }
        IrTemp *moved = temp(L, v.t->type);
        emit(L, IR_MOVE, moved, 1, &v.t);
        emit(L, IR_CLEAR, v.t, 0, NULL);
        return moved;
    }
    emit(L, IR_INCREF, NULL, 1, &v.t);
    return v.t;
}

static IrTemp *convert(Lower *L, IrTemp *t, Type *to) {
    if (type_resolve(t->type) == type_resolve(to)) return t;
    IrTemp *d = temp(L, to);
    emit(L, IR_CONVERT, d, 1, &t);
    return d;
}

/* Which instantiation of the list operations serves this list type. */
static const char *list_kind(Type *list) {
    switch (type_resolve(type_resolve(list)->args[0])->kind) {
    case TY_INT: return "int";
    case TY_FLOAT: return "float";
    case TY_BOOL: return "bool";
    case TY_LIST: return "list";
    case TY_TUPLE: return "@"; /* the emitter names the tuple's struct */
    default: return "str";
    }
}

static const char *list_fn(Lower *L, const char *op, Type *list) {
    return arena_printf(L->arena, "krt_list_%s_%s", op, list_kind(list));
}

/* A NULL reference of type t (absent optional argument). */
static IrTemp *null_ref(Lower *L, Type *t) {
    IrTemp *n = temp(L, t);
    emit(L, IR_CLEAR, n, 0, NULL);
    return n;
}

/* An element value converted to the list's element type (int -> float). */
static IrTemp *as_elem(Lower *L, IrTemp *v, Type *list) {
    return convert(L, v, type_resolve(list)->args[0]);
}

/* v as a value of type to: int -> float, and T or None -> Optional[T]. */
static IrTemp *coerce(Lower *L, IrTemp *v, Type *to) {
    Type *t = type_resolve(to);
    if (t->kind == TY_FLOAT) return convert(L, v, to);
    if (t->kind != TY_OPTIONAL || type_resolve(v->type)->kind == TY_OPTIONAL) return v;
    IrTemp *o = temp(L, to);
    if (type_resolve(v->type)->kind == TY_NONE)
        emit(L, IR_OPT_NONE, o, 0, NULL);
    else
        emit(L, IR_OPT_WRAP, o, 1, &v);
    return o;
}

/* ---- variables ---------------------------------------------------------------------- */

static bool sym_is_global(const Symbol *s) {
    return s->scope && s->scope->kind == SCOPE_MODULE;
}

static IrGlobal *global_of(Lower *L, Symbol *sym) {
    IrGlobal *g = ptrmap_get(&L->globals, sym);
    if (!g) {
        Type *t = check_symbol_type(L->c, L->spec, sym);
        const char *c_name = arena_printf(L->arena, "%s__%s", sym->scope->module->c_prefix, sym->name);
        g = ir_global_new(L->ir, ptrmap_get(&L->irmods, sym->scope->module), sym->name, c_name, t);
        ptrmap_put(&L->globals, sym, g);
    }
    return g;
}

static IrTemp *local_of(Lower *L, Symbol *sym) {
    IrTemp *t = ptrmap_get(&L->locals, sym);
    if (!t) {
        t = ir_temp_new(L->fn, L->ir, check_symbol_type(L->c, L->spec, sym), sym->name);
        ptrmap_put(&L->locals, sym, t);
        owning(L, t);
    }
    return t;
}

/* The current value of a variable (borrowed). */
static Val read_var(Lower *L, Symbol *sym) {
    Val v = {NULL, false};
    if (sym_is_global(sym)) {
        IrGlobal *g = global_of(L, sym);
        v.t = temp(L, g->type);
        IrInstr *in = emit(L, IR_GLOBAL_LOAD, v.t, 0, NULL);
        in->imm.i = g->id;
    } else {
        v.t = local_of(L, sym);
    }
    return v;
}

/* Stores v into a variable, which owns its value. */
static void write_var(Lower *L, Symbol *sym, Val v) {
    Type *vt = check_symbol_type(L->c, L->spec, sym);
    IrTemp *value = coerce(L, v.t, vt); /* a wrapped borrowed reference is still borrowed */
    Val stored = {value, v.owned && value == v.t};
    IrTemp *owned = take(L, stored);
    if (sym_is_global(sym)) {
        IrGlobal *g = global_of(L, sym);
        if (is_ref(g->type)) {
            IrTemp *old = temp(L, g->type);
            IrInstr *ld = emit(L, IR_GLOBAL_LOAD, old, 0, NULL);
            ld->imm.i = g->id;
            IrInstr *st = emit(L, IR_GLOBAL_STORE, NULL, 1, &owned);
            st->imm.i = g->id;
            emit(L, IR_DECREF, NULL, 1, &old);
        } else {
            IrInstr *st = emit(L, IR_GLOBAL_STORE, NULL, 1, &owned);
            st->imm.i = g->id;
        }
        return;
    }
    IrTemp *local = local_of(L, sym);
    if (is_ref(local->type)) {
        IrTemp *old = temp(L, local->type);
        emit(L, IR_MOVE, old, 1, &local);
        emit(L, IR_MOVE, local, 1, &owned);
        emit(L, IR_DECREF, NULL, 1, &old);
    } else {
        emit(L, IR_MOVE, local, 1, &owned);
    }
}

/* ---- expressions ---------------------------------------------------------------------- */

static Val lower_expr(Lower *L, Node *n);

static IrTemp *lower_value(Lower *L, Node *n) {
    return lower_expr(L, n).t;
}

/* bool value of v, as Python's truth test. */
static IrTemp *truth(Lower *L, IrTemp *v) {
    Type *t = type_resolve(v->type);
    IrTemp *args[2];
    IrTemp *b = temp(L, type_bool(L->tt));
    switch (t->kind) {
    case TY_BOOL:
        return v;
    case TY_INT:
    case TY_FLOAT: {
        args[0] = v;
        args[1] = t->kind == TY_INT ? const_int(L, 0) : const_float(L, 0.0);
        IrInstr *in = emit(L, IR_COMPARE, b, 2, args);
        in->imm.cmp = CMP_NE;
        return b;
    }
    case TY_STR: {
        IrTemp *len = call_rt(L, "krt_str_len", type_int(L->tt), false, false, 1, &v).t;
        return truth(L, len);
    }
    case TY_LIST: {
        IrTemp *len = call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, &v).t;
        return truth(L, len);
    }
    case TY_NONE:
        return const_bool(L, false);
    case TY_OPTIONAL: {
        IrTemp *isnone = temp(L, type_bool(L->tt));
        emit(L, IR_OPT_IS_NONE, isnone, 1, &v);
        IrInstr *in = emit(L, IR_UNOP, b, 1, &isnone);
        in->imm.unop = UN_NOT;
        return b;
    }
    default:
        return const_bool(L, true);
    }
}

static IrBinop binop_of(BinOpKind op) {
    switch (op) {
    case BINOP_Add: return BIN_ADD;
    case BINOP_Sub: return BIN_SUB;
    case BINOP_Mult: return BIN_MUL;
    case BINOP_Div: return BIN_DIV;
    case BINOP_FloorDiv: return BIN_FLOORDIV;
    case BINOP_Mod: return BIN_MOD;
    case BINOP_Pow: return BIN_POW;
    case BINOP_LShift: return BIN_LSHIFT;
    case BINOP_RShift: return BIN_RSHIFT;
    case BINOP_BitAnd: return BIN_AND;
    case BINOP_BitOr: return BIN_OR;
    case BINOP_BitXor: return BIN_XOR;
    default: return BIN_ADD;
    }
}

/* Arithmetic with Python's promotions: bool -> int, int -> float. */
static Val lower_arith(Lower *L, BinOpKind op, Val a, Val b, Type *result) {
    Type *ta = type_resolve(a.t->type), *tb = type_resolve(b.t->type);
    Type *rt_ = type_resolve(result);
    if (ta->kind == TY_LIST || tb->kind == TY_LIST) {
        IrTemp *args[2] = {a.t, b.t};
        if (op == BINOP_Add) return call_rt(L, "krt_list_concat_v", result, true, true, 2, args);
        if (ta->kind != TY_LIST) {
            args[0] = b.t;
            args[1] = a.t;
        }
        args[1] = convert(L, args[1], type_int(L->tt));
        return call_rt(L, "krt_list_repeat_v", result, true, true, 2, args);
    }
    if (ta->kind == TY_STR || tb->kind == TY_STR) {
        IrTemp *args[2] = {a.t, b.t};
        if (op == BINOP_Add) return call_rt(L, "krt_str_concat", result, true, true, 2, args);
        if (ta->kind != TY_STR) {
            args[0] = b.t;
            args[1] = convert(L, a.t, type_int(L->tt));
        } else {
            args[1] = convert(L, b.t, type_int(L->tt));
        }
        return call_rt(L, "krt_str_repeat", result, true, true, 2, args);
    }
    Type *operand = rt_;
    if (rt_->kind == TY_FLOAT) operand = type_float(L->tt);
    if (rt_->kind == TY_BOOL) operand = type_bool(L->tt);
    /* int / int divides the ints (CPython's correctly rounded true division) */
    if (op == BINOP_Div) operand = (ta->kind == TY_FLOAT || tb->kind == TY_FLOAT) ? type_float(L->tt) : type_int(L->tt);
    IrTemp *args[2] = {convert(L, a.t, operand), convert(L, b.t, operand)};
    IrTemp *d = temp(L, result);
    IrInstr *in = emit(L, IR_BINOP, d, 2, args);
    in->imm.binop = binop_of(op);
    bool checked = type_resolve(operand)->kind == TY_INT || (type_resolve(operand)->kind == TY_FLOAT &&
                   (op == BINOP_Div || op == BINOP_FloorDiv || op == BINOP_Mod || op == BINOP_Pow));
    if (type_resolve(operand)->kind == TY_INT && (op == BINOP_BitAnd || op == BINOP_BitOr || op == BINOP_BitXor))
        checked = false;
    if (checked) may_raise(L, in);
    Val v = {d, false};
    return v;
}

static IrCmp cmp_of(CmpOpKind op) {
    switch (op) {
    case CMPOP_Eq: return CMP_EQ;
    case CMPOP_NotEq: return CMP_NE;
    case CMPOP_Lt: return CMP_LT;
    case CMPOP_LtE: return CMP_LE;
    case CMPOP_Gt: return CMP_GT;
    default: return CMP_GE;
    }
}

static IrTemp *compare_one(Lower *L, CmpOpKind op, IrTemp *a, IrTemp *b);
static void jump_to_handler(Lower *L);

static IrTemp *tuple_field(Lower *L, IrTemp *t, int i) {
    IrTemp *f = temp(L, type_resolve(t->type)->args[i]);
    IrInstr *in = emit(L, IR_TUPLE_GET, f, 1, &t);
    in->imm.i = i;
    return f;
}

/* Tuples compare like sequences: the first unequal pair decides. */
static IrTemp *compare_tuples(Lower *L, CmpOpKind op, IrTemp *a, IrTemp *b) {
    int n = type_resolve(a->type)->nargs;
    IrTemp *res = temp(L, type_bool(L->tt));
    IrBlock *done = block(L);
    for (int i = 0; i < n; i++) {
        IrTemp *x = tuple_field(L, a, i), *y = tuple_field(L, b, i);
        IrTemp *eq = compare_one(L, CMPOP_Eq, x, y);
        IrBlock *differ = block(L), *next = block(L);
        ir_branch(L->cur, eq, next, differ);
        set_block(L, differ);
        IrTemp *r = (op == CMPOP_Eq) ? const_bool(L, false) : (op == CMPOP_NotEq) ? const_bool(L, true)
                                                                              : compare_one(L, op, x, y);
        emit(L, IR_MOVE, res, 1, &r);
        ir_jump(L->cur, done);
        set_block(L, next);
    }
    /* all equal: the lengths are equal too (one tuple type) */
    IrTemp *r = const_bool(L, op == CMPOP_Eq || op == CMPOP_LtE || op == CMPOP_GtE);
    emit(L, IR_MOVE, res, 1, &r);
    ir_jump(L->cur, done);
    set_block(L, done);
    return res;
}

/* x in (a, b, c) */
static IrTemp *tuple_contains(Lower *L, IrTemp *x, IrTemp *t) {
    IrTemp *res = const_bool(L, false);
    for (int i = 0; i < type_resolve(t->type)->nargs; i++) {
        IrTemp *eq = compare_one(L, CMPOP_Eq, x, tuple_field(L, t, i));
        IrTemp *args[2] = {res, eq};
        IrTemp *next = temp(L, type_bool(L->tt));
        IrInstr *in = emit(L, IR_BINOP, next, 2, args);
        in->imm.binop = BIN_OR;
        res = next;
    }
    return res;
}

/* One comparison a OP b -> bool temp. */
static IrTemp *compare_one(Lower *L, CmpOpKind op, IrTemp *a, IrTemp *b) {
    Type *ta = type_resolve(a->type), *tb = type_resolve(b->type);
    if (ta->kind == TY_TUPLE && tb->kind == TY_TUPLE) return compare_tuples(L, op, a, b);
    if ((op == CMPOP_In || op == CMPOP_NotIn) && tb->kind == TY_TUPLE) {
        IrTemp *in_ = tuple_contains(L, a, b);
        if (op == CMPOP_In) return in_;
        IrTemp *res = temp(L, type_bool(L->tt));
        IrInstr *in = emit(L, IR_UNOP, res, 1, &in_);
        in->imm.unop = UN_NOT;
        return res;
    }
    IrTemp *res = temp(L, type_bool(L->tt));
    IrTemp *args[2] = {a, b};
    if (op == CMPOP_Is || op == CMPOP_IsNot) {
        /* x is None */
        IrTemp *x = ta->kind == TY_NONE ? b : a;
        Type *tx = type_resolve(x->type);
        IrTemp *isnone;
        if (tx->kind == TY_NONE) {
            isnone = const_bool(L, true);
        } else if (tx->kind == TY_OPTIONAL) {
            isnone = temp(L, type_bool(L->tt));
            emit(L, IR_OPT_IS_NONE, isnone, 1, &x);
        } else {
            isnone = const_bool(L, false);
        }
        if (op == CMPOP_Is) return isnone;
        IrInstr *in = emit(L, IR_UNOP, res, 1, &isnone);
        in->imm.unop = UN_NOT;
        return res;
    }
    if (op == CMPOP_In || op == CMPOP_NotIn) {
        IrTemp *cargs[2] = {b, a};
        IrTemp *in_;
        if (tb->kind == TY_LIST) {
            cargs[1] = as_elem(L, a, tb);
            in_ = call_rt(L, list_fn(L, "contains", tb), type_bool(L->tt), false, false, 2, cargs).t;
        } else {
            in_ = call_rt(L, "krt_str_contains", type_bool(L->tt), false, false, 2, cargs).t;
        }
        if (op == CMPOP_In) return in_;
        IrInstr *in = emit(L, IR_UNOP, res, 1, &in_);
        in->imm.unop = UN_NOT;
        return res;
    }
    if (ta->kind == TY_STR || ta->kind == TY_LIST) {
        if (op == CMPOP_Eq || op == CMPOP_NotEq) {
            IrTemp *eq = call_rt(L, ta->kind == TY_STR ? "krt_str_eq" : "krt_list_equal", type_bool(L->tt), false,
                                 false, 2, args).t;
            if (op == CMPOP_Eq) return eq;
            IrInstr *in = emit(L, IR_UNOP, res, 1, &eq);
            in->imm.unop = UN_NOT;
            return res;
        }
        IrTemp *c = call_rt(L, ta->kind == TY_STR ? "krt_str_cmp" : "krt_list_compare", type_int(L->tt), false,
                            false, 2, args).t;
        IrTemp *zargs[2] = {c, const_int(L, 0)};
        IrInstr *in = emit(L, IR_COMPARE, res, 2, zargs);
        in->imm.cmp = cmp_of(op);
        return res;
    }
    if (ta->kind == TY_NONE && tb->kind == TY_NONE) return const_bool(L, op == CMPOP_Eq);
    if ((ta->kind == TY_FLOAT) != (tb->kind == TY_FLOAT)) {
        /* int OP float compares exact values: the runtime does it */
        IrCmp c = cmp_of(op);
        IrTemp *i = a, *f = b;
        if (ta->kind == TY_FLOAT) {
            static const IrCmp mirror[] = {CMP_EQ, CMP_NE, CMP_GT, CMP_GE, CMP_LT, CMP_LE};
            i = b;
            f = a;
            c = mirror[c];
        }
        IrTemp *cargs[3] = {convert(L, i, type_int(L->tt)), f, const_int(L, c)};
        return call_rt(L, "krt_compare_int_float", type_bool(L->tt), false, false, 3, cargs).t;
    }
    Type *common = (ta->kind == TY_FLOAT || tb->kind == TY_FLOAT) ? type_float(L->tt) : type_int(L->tt);
    if (ta->kind == TY_BOOL && tb->kind == TY_BOOL) common = type_bool(L->tt);
    args[0] = convert(L, a, common);
    args[1] = convert(L, b, common);
    IrInstr *in = emit(L, IR_COMPARE, res, 2, args);
    in->imm.cmp = cmp_of(op);
    return res;
}

static Val lower_compare(Lower *L, Node *n) {
    Val left = lower_expr(L, n->u.Compare.left);
    int count = n->u.Compare.comparators.len;
    if (count == 1) {
        Val right = lower_expr(L, n->u.Compare.comparators.items[0]);
        Val v = {compare_one(L, n->u.Compare.ops[0], left.t, right.t), false};
        return v;
    }
    IrTemp *result = temp(L, type_bool(L->tt));
    IrBlock *done = block(L);
    for (int i = 0; i < count; i++) {
        Val right = lower_expr(L, n->u.Compare.comparators.items[i]);
        IrTemp *c = compare_one(L, n->u.Compare.ops[i], left.t, right.t);
        emit(L, IR_MOVE, result, 1, &c);
        if (i + 1 < count) {
            IrBlock *next = block(L);
            ir_branch(L->cur, c, next, done);
            set_block(L, next);
        }
        left = right;
    }
    jump(L, done);
    set_block(L, done);
    Val v = {result, false};
    return v;
}

/* a and b / a or b: the value of the operand that decides. */
static Val lower_boolop(Lower *L, Node *n) {
    Type *t = ty_of(L, n);
    IrTemp *result = temp(L, t);
    IrBlock *done = block(L);
    NodeList vals = n->u.BoolOp.values;
    bool owned_any = false;
    for (int i = 0; i < vals.len; i++) {
        Val v = lower_expr(L, vals.items[i]);
        IrTemp *value = take(L, v); /* result owns a reference on every path */
        owned_any = owned_any || is_ref(t);
        emit(L, IR_MOVE, result, 1, &value);
        if (i + 1 < vals.len) {
            IrTemp *c = truth(L, value);
            IrBlock *next = block(L);
            if (n->u.BoolOp.op == BOOLOP_And)
                ir_branch(L->cur, c, next, done);
            else
                ir_branch(L->cur, c, done, next);
            set_block(L, next);
            if (is_ref(t)) emit(L, IR_DECREF, NULL, 1, &value); /* this operand is not the result */
        }
    }
    jump(L, done);
    set_block(L, done);
    Val v = {result, owned_any};
    if (owned_any) {
        ptrvec_push(L->arena, &L->pending, result);
        owning(L, result);
    }
    return v;
}

static Val lower_ifexp(Lower *L, Node *n) {
    Type *t = ty_of(L, n);
    IrTemp *result = temp(L, t);
    IrTemp *c = truth(L, lower_value(L, n->u.IfExp.test));
    IrBlock *yes = block(L), *no = block(L), *done = block(L);
    ir_branch(L->cur, c, yes, no);
    Node *arms[2] = {n->u.IfExp.body, n->u.IfExp.orelse};
    IrBlock *blocks[2] = {yes, no};
    for (int i = 0; i < 2; i++) {
        set_block(L, blocks[i]);
        Val v = lower_expr(L, arms[i]);
        IrTemp *value = coerce(L, take(L, v), t);
        emit(L, IR_MOVE, result, 1, &value);
        jump(L, done);
    }
    set_block(L, done);
    Val v = {result, is_ref(t)};
    if (v.owned) {
        ptrvec_push(L->arena, &L->pending, result);
        owning(L, result);
    }
    return v;
}

/* str(x) for a printable value: a new or immortal reference. */
static Val to_str(Lower *L, IrTemp *v, bool repr) {
    Type *t = type_resolve(v->type);
    switch (t->kind) {
    case TY_STR:
        if (repr) return call_rt(L, "krt_str_repr", type_str(L->tt), true, true, 1, &v);
        {
            Val b = {v, false};
            return b;
        }
    case TY_INT:
        return call_rt(L, "krt_str_from_int", type_str(L->tt), true, true, 1, &v);
    case TY_FLOAT:
        return call_rt(L, "krt_str_from_float", type_str(L->tt), true, true, 1, &v);
    case TY_BOOL:
        return call_rt(L, "krt_str_from_bool", type_str(L->tt), false, false, 1, &v);
    case TY_LIST:
        return call_rt(L, list_fn(L, "repr", t), type_str(L->tt), true, true, 1, &v);
    case TY_TUPLE: {
        /* "(" + ", ".join(repr(f) ...) + ("," for one item) + ")" */
        Val acc = {const_cstr(L, "("), false};
        for (int i = 0; i < t->nargs; i++) {
            Val piece = to_str(L, tuple_field(L, v, i), true);
            IrTemp *args[2] = {acc.t, piece.t};
            acc = call_rt(L, "krt_str_concat", type_str(L->tt), true, true, 2, args);
            const char *sep = i + 1 < t->nargs ? ", " : t->nargs == 1 ? ",)" : ")";
            IrTemp *args2[2] = {acc.t, const_cstr(L, sep)};
            acc = call_rt(L, "krt_str_concat", type_str(L->tt), true, true, 2, args2);
        }
        if (t->nargs == 0) acc.t = const_cstr(L, "()");
        return acc;
    }
    case TY_CLASS: /* str(e); repr(e) is refused by infer.c */
        return call_rt(L, "krt_exc_str", type_str(L->tt), false, true, 1, &v);
    default: {
        Val s = {const_cstr(L, "None"), false};
        return s;
    }
    }
}

static Val lower_joined_str(Lower *L, Node *n) {
    Val acc = {NULL, false};
    for (int i = 0; i < n->u.JoinedStr.values.len; i++) {
        Node *part = n->u.JoinedStr.values.items[i];
        Val piece;
        if (part->kind == NODE_Constant) {
            piece.t = const_str(L, part->u.Constant.value.s, part->u.Constant.value.len);
            piece.owned = false;
        } else {
            IrTemp *v = lower_value(L, part->u.FormattedValue.value);
            int conv = part->u.FormattedValue.conversion;
            if (conv == 'r' || conv == 'a' || conv == 's' || type_resolve(v->type)->kind == TY_CLASS ||
                type_resolve(v->type)->kind == TY_LIST || type_resolve(v->type)->kind == TY_TUPLE) {
                v = to_str(L, v, conv == 'r' || conv == 'a').t;
            }
            IrTemp *spec;
            Node *fs = part->u.FormattedValue.format_spec;
            if (!fs) {
                spec = const_cstr(L, "");
            } else {
                spec = lower_joined_str(L, fs).t;
            }
            IrTemp *args[2] = {v, spec};
            const char *fn = "krt_format_str_value";
            switch (type_resolve(v->type)->kind) {
            case TY_INT: fn = "krt_format_int_value"; break;
            case TY_FLOAT: fn = "krt_format_float_value"; break;
            case TY_BOOL: fn = "krt_format_bool_value"; break;
            case TY_NONE: args[0] = const_cstr(L, "None"); break;
            default: break;
            }
            piece = call_rt(L, fn, type_str(L->tt), true, true, 2, args);
        }
        if (!acc.t) {
            acc = piece;
        } else {
            IrTemp *args[2] = {acc.t, piece.t};
            acc = call_rt(L, "krt_str_concat", type_str(L->tt), true, true, 2, args);
        }
    }
    if (!acc.t) {
        acc.t = const_cstr(L, "");
        acc.owned = false;
    }
    return acc;
}

static Val lower_print(Lower *L, Node *call) {
    NodeList args = call->u.Call.args;
    IrTemp **vals = arena_alloc(L->arena, (size_t)(args.len + 1) * sizeof *vals);
    for (int i = 0; i < args.len; i++) vals[i] = lower_value(L, args.items[i]);
    IrTemp *sep = NULL, *end = NULL;
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *kw = call->u.Call.keywords.items[k];
        IrTemp *v = lower_value(L, kw->u.keyword.value);
        if (type_resolve(v->type)->kind == TY_NONE) v = NULL;
        if (strcmp(kw->u.keyword.arg, "sep") == 0) sep = v;
        else end = v;
    }
    if (!sep) sep = const_cstr(L, " ");
    if (!end) end = const_cstr(L, "\n");
    for (int i = 0; i < args.len; i++) {
        if (i) call_rt_void(L, "krt_out_str", false, 1, &sep);
        IrTemp *v = vals[i];
        switch (type_resolve(v->type)->kind) {
        case TY_INT: call_rt_void(L, "krt_out_int", false, 1, &v); break;
        case TY_FLOAT: call_rt_void(L, "krt_out_float", false, 1, &v); break;
        case TY_BOOL: call_rt_void(L, "krt_out_bool", false, 1, &v); break;
        case TY_STR: call_rt_void(L, "krt_out_str", false, 1, &v); break;
        case TY_LIST:
        case TY_TUPLE:
        case TY_CLASS: {
            IrTemp *text = to_str(L, v, false).t;
            call_rt_void(L, "krt_out_str", false, 1, &text);
            break;
        }
        default: {
            IrTemp *none = const_cstr(L, "None");
            call_rt_void(L, "krt_out_str", false, 1, &none);
            break;
        }
        }
    }
    call_rt_void(L, "krt_out_str", false, 1, &end);
    Val v = {NULL, false};
    return v;
}

static IrTemp *min_max(Lower *L, Node *call, bool is_max) {
    NodeList args = call->u.Call.args;
    Type *t = ty_of(L, call);
    IrTemp *best = temp(L, t);
    IrTemp *first = lower_value(L, args.items[0]);
    emit(L, IR_MOVE, best, 1, &first);
    for (int i = 1; i < args.len; i++) {
        IrTemp *v = lower_value(L, args.items[i]);
        /* CPython keeps the first of equal values: replace only when strictly better */
        IrTemp *better = compare_one(L, is_max ? CMPOP_Gt : CMPOP_Lt, v, best);
        IrBlock *take_it = block(L), *next = block(L);
        ir_branch(L->cur, better, take_it, next);
        set_block(L, take_it);
        emit(L, IR_MOVE, best, 1, &v);
        jump(L, next);
        set_block(L, next);
    }
    return best;
}

static Val lower_builtin_call(Lower *L, Node *call, const Builtin *b) {
    NodeList args = call->u.Call.args;
    Type *rtype = ty_of(L, call);
    Val none = {NULL, false};
    if (b->id == B_PRINT) return lower_print(L, call);
    IrTemp *a[3] = {NULL, NULL, NULL};
    if (b->id != B_MIN && b->id != B_MAX)
        for (int i = 0; i < args.len && i < 3; i++) a[i] = lower_value(L, args.items[i]);
    Type *t0 = a[0] ? type_resolve(a[0]->type) : NULL;
    Val v = none;
    switch (b->id) {
    case B_LEN:
        if (t0->kind == TY_TUPLE) {
            v.t = const_int(L, t0->nargs);
            return v;
        }
        if (t0->kind == TY_LIST) return call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, a);
        return call_rt(L, "krt_str_len", type_int(L->tt), false, false, 1, a);
    case B_SUM: {
        Type *e = type_resolve(t0->args[0]);
        IrTemp *sargs[2] = {a[0], e->kind == TY_FLOAT ? const_float(L, 0.0) : const_int(L, 0)};
        return call_rt(L, e->kind == TY_FLOAT ? "krt_list_sum_float" : "krt_list_sum_int", e, true, false, 2, sargs);
    }
    case B_ABS: {
        if (t0->kind == TY_FLOAT) return call_rt(L, "fabs", type_float(L->tt), false, false, 1, a);
        a[0] = convert(L, a[0], type_int(L->tt));
        IrTemp *zero = const_int(L, 0);
        IrTemp *neg = temp(L, type_bool(L->tt));
        IrTemp *cargs[2] = {a[0], zero};
        IrInstr *c = emit(L, IR_COMPARE, neg, 2, cargs);
        c->imm.cmp = CMP_LT;
        IrTemp *res = temp(L, type_int(L->tt));
        emit(L, IR_MOVE, res, 1, &a[0]);
        IrBlock *flip = block(L), *done = block(L);
        ir_branch(L->cur, neg, flip, done);
        set_block(L, flip);
        IrInstr *ng = emit(L, IR_UNOP, res, 1, &a[0]);
        ng->imm.unop = UN_NEG;
        may_raise(L, ng);
        jump(L, done);
        set_block(L, done);
        v.t = res;
        return v;
    }
    case B_MIN:
    case B_MAX:
        if (args.len == 1) {
            IrTemp *l = lower_value(L, args.items[0]);
            return call_rt(L, list_fn(L, b->id == B_MAX ? "max" : "min", l->type), rtype, true, false, 1, &l);
        }
        v.t = min_max(L, call, b->id == B_MAX);
        return v;
    case B_INT:
        if (!a[0]) {
            v.t = const_int(L, 0);
            return v;
        }
        if (t0->kind == TY_STR) {
            IrTemp *sargs[2] = {a[0], a[1] ? convert(L, a[1], type_int(L->tt)) : const_int(L, 10)};
            return call_rt(L, "krt_str_parse_int", type_int(L->tt), true, false, 2, sargs);
        }
        if (t0->kind == TY_FLOAT) return call_rt(L, "krt_float_to_int_value", type_int(L->tt), true, false, 1, a);
        v.t = convert(L, a[0], type_int(L->tt));
        return v;
    case B_FLOAT:
        if (!a[0]) {
            v.t = const_float(L, 0.0);
            return v;
        }
        if (t0->kind == TY_STR) return call_rt(L, "krt_str_parse_float", type_float(L->tt), true, false, 1, a);
        v.t = convert(L, a[0], type_float(L->tt));
        return v;
    case B_BOOL:
        v.t = a[0] ? truth(L, a[0]) : const_bool(L, false);
        return v;
    case B_STR:
        if (!a[0]) {
            v.t = const_cstr(L, "");
            return v;
        }
        return to_str(L, a[0], false);
    case B_REPR:
        return to_str(L, a[0], true);
    case B_ORD:
        return call_rt(L, "krt_str_ord_value", type_int(L->tt), true, false, 1, a);
    case B_CHR:
        return call_rt(L, "krt_str_chr", type_str(L->tt), true, true, 1, a);
    case B_HEX:
    case B_BIN:
    case B_OCT: {
        IrTemp *bargs[2] = {a[0], const_int(L, b->id == B_HEX ? 16 : b->id == B_BIN ? 2 : 8)};
        return call_rt(L, "krt_int_to_base_str", type_str(L->tt), true, true, 2, bargs);
    }
    case B_DIVMOD: {
        Type *e = type_resolve(rtype)->args[0];
        if (type_resolve(e)->kind == TY_FLOAT) {
            IrTemp *d = convert(L, a[1], e);
            call_rt_void(L, "krt_check_divmod_float", true, 1, &d); /* "float divmod()" */
        }
        Val x = {convert(L, a[0], e), false}, y = {convert(L, a[1], e), false};
        IrTemp *f[2] = {lower_arith(L, BINOP_FloorDiv, x, y, e).t, lower_arith(L, BINOP_Mod, x, y, e).t};
        v.t = temp(L, rtype);
        emit(L, IR_TUPLE_MAKE, v.t, 2, f);
        return v;
    }
    case B_ROUND:
        if (!a[1]) {
            if (t0->kind == TY_FLOAT) return call_rt(L, "krt_round_float_int", type_int(L->tt), true, false, 1, a);
            v.t = convert(L, a[0], type_int(L->tt));
            return v;
        }
        if (t0->kind == TY_FLOAT) return call_rt(L, "krt_round_float_n", type_float(L->tt), true, false, 2, a);
        a[0] = convert(L, a[0], type_int(L->tt));
        return call_rt(L, "krt_round_int_n", type_int(L->tt), true, false, 2, a);
    default:
        break;
    }
    return none;
}

/* s.method(...) and l.method(...): runtime calls (infer.c's METHOD_LIST). */
static Val lower_method_call(Lower *L, Node *n) {
    Node *f = n->u.Call.func;
    const char *m = f->u.Attribute.attr;
    IrTemp *recv = lower_value(L, f->u.Attribute.value);
    Type *rt_ = type_resolve(recv->type);
    Type *res = ty_of(L, n);
    int nargs = n->u.Call.args.len;
    IrTemp *a[4] = {recv, NULL, NULL, NULL};
    Type *str = type_str(L->tt), *i64 = type_int(L->tt), *b = type_bool(L->tt);
    for (int i = 0; i < nargs && i < 3; i++) {
        a[i + 1] = lower_value(L, n->u.Call.args.items[i]);
        if (type_resolve(a[i + 1]->type)->kind == TY_NONE) a[i + 1] = null_ref(L, str); /* sep=None */
    }
    Val none = {NULL, false};
    if (rt_->kind == TY_STR) {
        if (!strcmp(m, "upper") || !strcmp(m, "lower"))
            return call_rt(L, arena_printf(L->arena, "krt_str_%s", m), str, true, true, 1, a);
        if (!strcmp(m, "strip") || !strcmp(m, "lstrip") || !strcmp(m, "rstrip")) {
            if (!a[1]) a[1] = null_ref(L, str);
            return call_rt(L, arena_printf(L->arena, "krt_str_%s", m), str, true, true, 2, a);
        }
        if (!strcmp(m, "split") || !strcmp(m, "rsplit")) {
            if (!a[1]) a[1] = null_ref(L, str);
            if (!a[2]) a[2] = const_int(L, -1);
            return call_rt(L, arena_printf(L->arena, "krt_str_%s", m), res, true, true, 3, a);
        }
        if (!strcmp(m, "join")) return call_rt(L, "krt_str_join", str, true, true, 2, a);
        if (!strcmp(m, "startswith") || !strcmp(m, "endswith"))
            return call_rt(L, arena_printf(L->arena, "krt_str_%s", m), b, false, false, 2, a);
        if (!strcmp(m, "find") || !strcmp(m, "rfind") || !strcmp(m, "index") || !strcmp(m, "rindex") ||
            !strcmp(m, "count")) {
            if (!a[2]) a[2] = const_int(L, 0);
            if (!a[3]) a[3] = const_int(L, INT64_MAX);
            bool raises = m[0] == 'i' || m[1] == 'i';
            return call_rt(L, arena_printf(L->arena, "krt_str_%s", m), i64, raises, false, 4, a);
        }
        if (!strcmp(m, "replace")) {
            if (!a[3]) a[3] = const_int(L, -1);
            return call_rt(L, "krt_str_replace", str, true, true, 4, a);
        }
        return call_rt(L, arena_printf(L->arena, "krt_str_%s", m), b, false, false, 1, a); /* predicates */
    }
    /* lists */
    if (!strcmp(m, "append")) {
        a[1] = as_elem(L, a[1], rt_);
        call_rt_void(L, list_fn(L, "append", rt_), true, 2, a);
        return none;
    }
    if (!strcmp(m, "pop")) {
        if (!a[1]) a[1] = const_int(L, -1);
        return call_rt(L, list_fn(L, "pop", rt_), res, true, true, 2, a);
    }
    if (!strcmp(m, "insert")) {
        a[2] = as_elem(L, a[2], rt_);
        call_rt_void(L, list_fn(L, "insert", rt_), true, 3, a);
        return none;
    }
    if (!strcmp(m, "index") || !strcmp(m, "count")) {
        a[1] = as_elem(L, a[1], rt_);
        return call_rt(L, list_fn(L, m, rt_), i64, m[0] == 'i', false, 2, a);
    }
    if (!strcmp(m, "remove")) {
        a[1] = as_elem(L, a[1], rt_);
        call_rt_void(L, list_fn(L, "remove", rt_), true, 2, a);
        return none;
    }
    if (!strcmp(m, "extend")) {
        call_rt_void(L, "krt_list_extend_v", true, 2, a);
        return none;
    }
    call_rt_void(L, arena_printf(L->arena, "krt_list_%s_v", m), false, 1, a); /* clear, reverse */
    return none;
}

/* a[lo:hi:step] of a str or list. */
static Val lower_slice(Lower *L, Node *n) {
    IrTemp *base = lower_value(L, n->u.Subscript.value);
    Node *sl = n->u.Subscript.slice;
    Node *parts[3] = {sl->u.Slice.lower, sl->u.Slice.upper, sl->u.Slice.step};
    IrTemp *a[5] = {base, NULL, NULL, NULL, NULL};
    int present = 0;
    for (int i = 0; i < 3; i++) {
        if (parts[i]) {
            a[i + 1] = convert(L, lower_value(L, parts[i]), type_int(L->tt));
            present |= 1 << i;
        } else {
            a[i + 1] = const_int(L, i == 2 ? 1 : 0);
        }
    }
    a[4] = const_int(L, present);
    Type *t = type_resolve(base->type);
    return call_rt(L, t->kind == TY_STR ? "krt_str_slice_v" : "krt_list_slice_v", t, true, true, 5, a);
}

static Val lower_list_display(Lower *L, Node *n) {
    Type *t = ty_of(L, n);
    IrTemp *cap = const_int(L, n->u.List.elts.len);
    Val list = call_rt(L, list_fn(L, "new", t), t, true, true, 1, &cap);
    for (int i = 0; i < n->u.List.elts.len; i++) {
        IrTemp *a[2] = {list.t, as_elem(L, lower_value(L, n->u.List.elts.items[i]), t)};
        call_rt_void(L, list_fn(L, "append", t), true, 2, a);
    }
    return list;
}

static Val lower_user_call(Lower *L, Node *n);

static Val lower_call(Lower *L, Node *n) {
    Node *f = n->u.Call.func;
    Val none = {NULL, false};
    if (ptrmap_get(&L->spec->callees, n)) return lower_user_call(L, n); /* a program function, here or imported */
    if (f->kind == NODE_Attribute && ty_of(L, f->u.Attribute.value)) return lower_method_call(L, n);
    if (f->kind == NODE_Attribute) { /* sys.exit */
        IrTemp *code = n->u.Call.args.len ? convert(L, lower_value(L, n->u.Call.args.items[0]), type_int(L->tt))
                                          : const_int(L, 0);
        call_rt_void(L, "krt_raise_system_exit", true, 1, &code);
        return none;
    }
    Symbol *sym = sema_symbol_of(L->mod, f);
    if (sym->kind == SYM_BUILTIN) return lower_builtin_call(L, n, sym->builtin);
    return lower_user_call(L, n);
}

/* A call of a program function: its specialisation was chosen by infer. */
static Val lower_user_call(Lower *L, Node *n) {
    FuncSpec *callee = ptrmap_get(&L->spec->callees, n);
    IrFunc *fn = ptrmap_get(&L->funcs, callee);
    Node *def = callee->def;
    NodeList params = def->u.FunctionDef.args->u.arguments.args;
    NodeList defaults = def->u.FunctionDef.args->u.arguments.defaults;
    Node **arg_nodes = arena_alloc(L->arena, (size_t)(params.len + 1) * sizeof *arg_nodes);
    for (int i = 0; i < n->u.Call.args.len; i++) arg_nodes[i] = n->u.Call.args.items[i];
    for (int k = 0; k < n->u.Call.keywords.len; k++) {
        Node *kw = n->u.Call.keywords.items[k];
        for (int i = 0; i < params.len; i++)
            if (strcmp(((Node *)params.items[i])->u.arg.arg, kw->u.keyword.arg) == 0) arg_nodes[i] = kw->u.keyword.value;
    }
    IrTemp **args = arena_alloc(L->arena, (size_t)(params.len + 1) * sizeof *args);
    for (int i = 0; i < params.len; i++) {
        Node *a = arg_nodes[i] ? arg_nodes[i] : defaults.items[i - (params.len - defaults.len)];
        args[i] = coerce(L, lower_value(L, a), callee->param_types[i]);
    }
    Type *ret = callee->ret;
    IrTemp *dst = type_resolve(ret)->kind != TY_NONE ? temp(L, ret) : NULL;
    IrInstr *in = emit(L, IR_CALL, dst, params.len, args);
    in->callee = fn;
    may_raise(L, in); /* refined later by the effect analysis */
    Val v = {dst, dst && is_ref(ret)};
    if (v.owned) {
        ptrvec_push(L->arena, &L->pending, dst);
        owning(L, dst);
    }
    return v;
}

static Val lower_expr_kind(Lower *L, Node *n) {
    Val v = {NULL, false};
    switch (n->kind) {
    case NODE_Constant: {
        ConstValue c = n->u.Constant.value;
        switch (c.kind) {
        case CONST_INT: v.t = const_int(L, c.i); break;
        case CONST_FLOAT: v.t = const_float(L, c.f); break;
        case CONST_TRUE: v.t = const_bool(L, true); break;
        case CONST_FALSE: v.t = const_bool(L, false); break;
        case CONST_STR: v.t = const_str(L, c.s, c.len); break;
        default: v.t = temp(L, type_none(L->tt)); break;
        }
        return v;
    }
    case NODE_Name: {
        Symbol *sym = sema_symbol_of(L->mod, n);
        while (sym->kind == SYM_IMPORTED && sym->target) sym = sym->target;
        if (strcmp(sym->name, "__name__") == 0 && sym_is_global(sym)) {
            v.t = const_cstr(L, L->mod == L->c->prog->main ? "__main__" : L->mod->name);
            return v;
        }
        if (sym->kind == SYM_BUILTIN) { /* None */
            v.t = temp(L, type_none(L->tt));
            return v;
        }
        return read_var(L, sym);
    }
    case NODE_BinOp: {
        Val a = lower_expr(L, n->u.BinOp.left);
        Val b = lower_expr(L, n->u.BinOp.right);
        return lower_arith(L, n->u.BinOp.op, a, b, ty_of(L, n));
    }
    case NODE_UnaryOp: {
        IrTemp *a = lower_value(L, n->u.UnaryOp.operand);
        Type *t = ty_of(L, n);
        if (n->u.UnaryOp.op == UNARYOP_Not) {
            IrTemp *c = truth(L, a);
            v.t = temp(L, type_bool(L->tt));
            IrInstr *in = emit(L, IR_UNOP, v.t, 1, &c);
            in->imm.unop = UN_NOT;
            return v;
        }
        a = convert(L, a, t);
        if (n->u.UnaryOp.op == UNARYOP_UAdd) {
            v.t = a;
            return v;
        }
        v.t = temp(L, t);
        IrInstr *in = emit(L, IR_UNOP, v.t, 1, &a);
        in->imm.unop = n->u.UnaryOp.op == UNARYOP_USub ? UN_NEG : UN_INVERT;
        if (n->u.UnaryOp.op == UNARYOP_USub && type_resolve(t)->kind == TY_INT) may_raise(L, in);
        return v;
    }
    case NODE_BoolOp:
        return lower_boolop(L, n);
    case NODE_IfExp:
        return lower_ifexp(L, n);
    case NODE_Compare:
        return lower_compare(L, n);
    case NODE_Call:
        return lower_call(L, n);
    case NODE_JoinedStr:
        return lower_joined_str(L, n);
    case NODE_Subscript: {
        if (n->u.Subscript.slice->kind == NODE_Slice) return lower_slice(L, n);
        if (type_resolve(ty_of(L, n->u.Subscript.value))->kind == TY_TUPLE) {
            IrTemp *t = lower_value(L, n->u.Subscript.value);
            Node *idx = n->u.Subscript.slice;
            bool neg = idx->kind == NODE_UnaryOp;
            int64_t k = (neg ? idx->u.UnaryOp.operand : idx)->u.Constant.value.i;
            if (neg) k = type_resolve(t->type)->nargs - k;
            if (k < 0 || k >= type_resolve(t->type)->nargs) {
                IrTemp *args[2] = {const_int(L, KRT_T_INDEX_ERROR), const_cstr(L, "tuple index out of range")};
                call_rt_void(L, "krt_raise_new", true, 2, args);
                jump_to_handler(L);
                v.t = temp(L, type_none(L->tt));
                return v;
            }
            v.t = tuple_field(L, t, (int)k);
            return v;
        }
        IrTemp *args[2] = {lower_value(L, n->u.Subscript.value), NULL};
        args[1] = convert(L, lower_value(L, n->u.Subscript.slice), type_int(L->tt));
        if (type_resolve(args[0]->type)->kind == TY_LIST)
            return call_rt(L, list_fn(L, "get", args[0]->type), ty_of(L, n), true, false, 2, args);
        return call_rt(L, "krt_str_getitem", type_str(L->tt), true, true, 2, args);
    }
    case NODE_List:
        return lower_list_display(L, n);
    case NODE_Attribute: { /* module.variable */
        Symbol *msym = sema_symbol_of(L->mod, n->u.Attribute.value);
        Symbol *sym = ptrmap_get(&msym->module->scope->by_name, sema_intern(L->c->prog, n->u.Attribute.attr));
        while (sym->kind == SYM_IMPORTED && sym->target) sym = sym->target;
        return read_var(L, sym);
    }
    case NODE_Tuple: {
        Type *t = ty_of(L, n);
        int k = n->u.Tuple.elts.len;
        IrTemp **f = arena_alloc(L->arena, (size_t)(k + 1) * sizeof *f);
        for (int i = 0; i < k; i++)
            f[i] = take(L, lower_expr(L, n->u.Tuple.elts.items[i])); /* the tuple owns its references */
        v.t = temp(L, t);
        emit(L, IR_TUPLE_MAKE, v.t, k, f);
        v.owned = is_ref(t);
        if (v.owned) {
            ptrvec_push(L->arena, &L->pending, v.t);
            owning(L, v.t);
        }
        return v;
    }
    default:
        v.t = temp(L, type_none(L->tt));
        return v;
    }
}

static Val lower_expr(Lower *L, Node *n) {
    uint32_t saved = L->line;
    if (n->span.begin.line) L->line = n->span.begin.line;
    Val v = lower_expr_kind(L, n);
    L->line = saved;
    if (!v.t) v.t = temp(L, type_none(L->tt));
    return v;
}

/* ---- statements ------------------------------------------------------------------------- */

static void lower_block(Lower *L, NodeList body);
static void lower_try(Lower *L, Node *n);

static bool terminated(Lower *L) {
    return L->cur->term.kind != TERM_NONE;
}

/* Continues in a fresh (unreachable) block after a jump, so code after
 * break/return still has somewhere to go. */
static void after_jump(Lower *L) {
    set_block(L, block(L));
    L->cur->term.kind = TERM_NONE;
}

static void assign_to(Lower *L, Node *target, Val v) {
    if (target->kind == NODE_Tuple || target->kind == NODE_List) {
        NodeList elts = target->kind == NODE_Tuple ? target->u.Tuple.elts : target->u.List.elts;
        for (int i = 0; i < elts.len; i++) {
            Val f = {tuple_field(L, v.t, i), false};
            assign_to(L, elts.items[i], f);
        }
        return;
    }
    if (target->kind == NODE_Subscript) {
        IrTemp *a[3] = {lower_value(L, target->u.Subscript.value), NULL, NULL};
        a[1] = convert(L, lower_value(L, target->u.Subscript.slice), type_int(L->tt));
        a[2] = as_elem(L, v.t, a[0]->type);
        call_rt_void(L, list_fn(L, "set", a[0]->type), true, 3, a); /* the list takes its own reference */
        return;
    }
    Symbol *sym = sema_symbol_of(L->mod, target);
    write_var(L, sym, v);
}

/* if (a < b) goto yes; else goto no; */
static void branch_less(Lower *L, IrTemp *a, IrTemp *b, IrBlock *yes, IrBlock *no) {
    IrTemp *less = temp(L, type_bool(L->tt));
    IrTemp *args[2] = {a, b};
    IrInstr *c = emit(L, IR_COMPARE, less, 2, args);
    c->imm.cmp = CMP_LT;
    ir_branch(L->cur, less, yes, no);
}

/* Lowers a loop body with break/continue targets. */
static void lower_loop_body(Lower *L, NodeList body, IrBlock *brk, IrBlock *cont) {
    L->loops[L->nloops].brk = brk;
    L->loops[L->nloops].cont = cont;
    L->loops[L->nloops].finally_depth = L->nfins;
    L->nloops++;
    lower_block(L, body);
    L->nloops--;
}

static void lower_for_range(Lower *L, Node *n) {
    Node *it = n->u.For.iter;
    NodeList a = it->u.Call.args;
    IrTemp *start, *stop, *step;
    if (a.len == 1) {
        start = const_int(L, 0);
        stop = convert(L, lower_value(L, a.items[0]), type_int(L->tt));
        step = const_int(L, 1);
    } else {
        start = convert(L, lower_value(L, a.items[0]), type_int(L->tt));
        stop = convert(L, lower_value(L, a.items[1]), type_int(L->tt));
        step = a.len == 3 ? convert(L, lower_value(L, a.items[2]), type_int(L->tt)) : const_int(L, 1);
    }
    IrTemp *rargs[3] = {start, stop, step};
    IrTemp *count = call_rt(L, "krt_range_len", type_int(L->tt), true, false, 3, rargs).t;
    IrTemp *k = temp(L, type_int(L->tt));
    IrTemp *zero = const_int(L, 0);
    emit(L, IR_MOVE, k, 1, &zero);
    IrTemp *i = temp(L, type_int(L->tt));
    emit(L, IR_MOVE, i, 1, &start);
    IrBlock *body = block(L), *latch = block(L), *inc = block(L), *orelse = block(L), *exit = block(L);
    branch_less(L, k, count, body, orelse);

    set_block(L, body);
    Val iv = {i, false};
    assign_to(L, n->u.For.target, iv);
    lower_loop_body(L, n->u.For.body, exit, latch);
    jump(L, latch);

    set_block(L, latch);
    IrTemp *one = const_int(L, 1);
    IrTemp *kargs[2] = {k, one};
    IrInstr *add = emit(L, IR_BINOP, k, 2, kargs);
    add->imm.binop = BIN_ADD;
    add->flags |= IR_NO_CHECK; /* k < count <= INT_MAX */
    branch_less(L, k, count, inc, orelse);

    set_block(L, inc);
    IrTemp *iargs[2] = {i, step};
    IrInstr *step_add = emit(L, IR_BINOP, i, 2, iargs);
    step_add->imm.binop = BIN_ADD;
    step_add->flags |= IR_NO_CHECK; /* the next value is inside the range */
    ir_jump(L->cur, body);

    set_block(L, orelse);
    lower_block(L, n->u.For.orelse);
    jump(L, exit);
    set_block(L, exit);
}

static void lower_for_list(Lower *L, Node *n, Val lv) {
    IrTemp *list = take(L, lv); /* the loop keeps the list alive */
    IrTemp *held = temp(L, list->type);
    owning(L, held);
    emit(L, IR_MOVE, held, 1, &list);
    release_pending(L);
    IrTemp *i = temp(L, type_int(L->tt));
    IrTemp *zero = const_int(L, 0);
    emit(L, IR_MOVE, i, 1, &zero);
    IrBlock *head = block(L), *body = block(L), *latch = block(L), *orelse = block(L), *exit = block(L),
            *done = block(L);
    ir_jump(L->cur, head);
    set_block(L, head);
    IrTemp *len = call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, &held).t;
    branch_less(L, i, len, body, orelse);
    set_block(L, body);
    IrTemp *gargs[2] = {held, i};
    Val item = call_rt(L, list_fn(L, "get", held->type), type_resolve(held->type)->args[0], true, false, 2, gargs);
    assign_to(L, n->u.For.target, item);
    release_pending(L);
    lower_loop_body(L, n->u.For.body, exit, latch);
    jump(L, latch);
    set_block(L, latch);
    IrTemp *one = const_int(L, 1);
    IrTemp *iargs[2] = {i, one};
    IrInstr *add = emit(L, IR_BINOP, i, 2, iargs);
    add->imm.binop = BIN_ADD;
    add->flags |= IR_NO_CHECK; /* i < len <= UINT32_MAX */
    ir_jump(L->cur, head);
    set_block(L, orelse);
    lower_block(L, n->u.For.orelse);
    jump(L, exit);
    set_block(L, exit);
    emit(L, IR_DECREF, NULL, 1, &held);
    emit(L, IR_CLEAR, held, 0, NULL);
    jump(L, done);
    set_block(L, done);
}

static void lower_for_str(Lower *L, Node *n) {
    Val s = lower_expr(L, n->u.For.iter);
    IrTemp *str = take(L, s); /* the loop keeps the string alive */
    IrTemp *held = temp(L, type_str(L->tt));
    owning(L, held);
    emit(L, IR_MOVE, held, 1, &str); /* str is a variable or a moved temporary: not cleared */
    release_pending(L);
    IrTemp *pos = temp(L, type_int(L->tt));
    IrTemp *zero = const_int(L, 0);
    emit(L, IR_MOVE, pos, 1, &zero);
    IrBlock *head = block(L), *body = block(L), *orelse = block(L), *exit = block(L), *done = block(L);
    ir_jump(L->cur, head);
    set_block(L, head);
    IrTemp *len = call_rt(L, "krt_str_byte_len", type_int(L->tt), false, false, 1, &held).t;
    branch_less(L, pos, len, body, orelse);
    set_block(L, body);
    IrTemp *chargs[2] = {held, pos};
    Val ch = call_rt(L, "krt_str_char_at_byte", type_str(L->tt), true, true, 2, chargs);
    IrTemp *next = call_rt(L, "krt_str_next_byte", type_int(L->tt), false, false, 2, chargs).t;
    emit(L, IR_MOVE, pos, 1, &next);
    assign_to(L, n->u.For.target, ch);
    release_pending(L);
    lower_loop_body(L, n->u.For.body, exit, head);
    jump(L, head);
    set_block(L, orelse);
    lower_block(L, n->u.For.orelse);
    jump(L, exit);
    set_block(L, exit);
    emit(L, IR_DECREF, NULL, 1, &held);
    emit(L, IR_CLEAR, held, 0, NULL);
    jump(L, done);
    set_block(L, done);
}

/* Runs the bodies of the finally clauses from the innermost down to depth
 * `down_to` (leaving them by return, break or continue). */
static void run_finallies(Lower *L, int down_to) {
    for (int i = L->nfins - 1; i >= down_to && !terminated(L); i--) {
        Finally f = L->fins[i];
        if (f.handled) {
            call_rt_void(L, "krt_exc_end_handling", false, 1, &f.previous);
            emit(L, IR_DECREF, NULL, 1, &f.handled);
            emit(L, IR_CLEAR, f.handled, 0, NULL);
            continue;
        }
        int saved_n = L->nfins;
        IrBlock *saved_raw = L->raw_handler;
        L->nfins = i;
        L->raw_handler = f.raw_handler;
        lower_block(L, f.body);
        L->nfins = saved_n;
        L->raw_handler = saved_raw;
    }
}

static void lower_return(Lower *L, Node *n) {
    IrTemp *value = NULL;
    if (n->u.Return.value) {
        Val v = lower_expr(L, n->u.Return.value);
        Type *ret = L->spec->ret;
        IrTemp *t = coerce(L, v.t, ret);
        Val tv = {t, v.owned && t == v.t};
        value = take(L, tv);
        if (type_resolve(ret)->kind != TY_NONE) {
            IrTemp *rv = temp(L, ret);
            owning(L, rv); /* released if a finally clause returns instead */
            emit(L, IR_MOVE, rv, 1, &value);
            value = rv;
        } else {
            value = NULL;
        }
    }
    release_pending(L);
    if (L->nfins) {
        run_finallies(L, 0);
        if (terminated(L)) return; /* a finally clause returned or raised instead */
    }
    /* what the function holds dies here; the result survives (it owns its reference) */
    for (int i = 0; i < L->owning.len; i++) {
        IrTemp *t = L->owning.items[i];
        if (t == value) continue;
        emit(L, IR_DECREF, NULL, 1, &t);
        emit(L, IR_CLEAR, t, 0, NULL);
    }
    ir_return(L->cur, value);
    after_jump(L);
}

/* The one type of built-in exception values (see infer.c). */
static Type *exception_type(Lower *L) {
    return type_class(L->tt, ptrmap_get(&L->c->builtin_classes, sema_intern(L->c->prog, "BaseException")));
}

/* The runtime type id of a built-in exception class. */
static int exc_type_id(const char *name) {
#define X(pyname, suffix) if (strcmp(name, pyname) == 0) return KRT_T_##suffix;
    BUILTIN_EXCEPTION_LIST(X)
#undef X
    return KRT_T_BASE_EXCEPTION;
}

/* After an instruction that always raises: on to its handler. */
static void jump_to_handler(Lower *L) {
    ir_jump(L->cur, L->cur->handler ? L->cur->handler : unwind_block(L));
    after_jump(L);
}

static void lower_raise(Lower *L, Node *n) {
    Node *e = n->u.Raise.exc;
    if (!e) { /* bare raise: the exception being handled, again */
        call_rt_void(L, "krt_reraise", true, 0, NULL);
        jump_to_handler(L);
        return;
    }
    Node *fn = e->kind == NODE_Call ? e->u.Call.func : e;
    Symbol *sym = sema_symbol_of(L->mod, fn);
    if (sym->kind != SYM_BUILTIN) { /* raise e */
        IrTemp *v = lower_value(L, e);
        emit(L, IR_INCREF, NULL, 1, &v);
        call_rt_void(L, "krt_raise", true, 1, &v);
        jump_to_handler(L);
        return;
    }
    int type_id = exc_type_id(sym->name);
    IrTemp *args[2] = {const_int(L, type_id), NULL};
    if (e->kind == NODE_Call && e->u.Call.args.len == 1) {
        args[1] = lower_value(L, e->u.Call.args.items[0]);
        if (type_id == KRT_T_KEY_ERROR) /* str(KeyError(k)) is repr(k) */
            args[1] = call_rt(L, "krt_str_repr", type_str(L->tt), true, true, 1, &args[1]).t;
    } else {
        args[1] = temp(L, type_str(L->tt));
        emit(L, IR_CLEAR, args[1], 0, NULL);
    }
    call_rt_void(L, "krt_raise_new", true, 2, args);
    /* whether T(msg) was raised or MemoryError took its place, the handler is next */
    jump_to_handler(L);
}

static void lower_assert(Lower *L, Node *n) {
    IrTemp *c = truth(L, lower_value(L, n->u.Assert.test));
    IrBlock *fail = block(L), *ok = block(L);
    ir_branch(L->cur, c, ok, fail);
    set_block(L, fail);
    IrTemp *args[2] = {const_int(L, KRT_T_ASSERTION_ERROR), NULL};
    if (n->u.Assert.msg) {
        args[1] = lower_value(L, n->u.Assert.msg);
    } else {
        args[1] = temp(L, type_str(L->tt));
        emit(L, IR_CLEAR, args[1], 0, NULL);
    }
    call_rt_void(L, "krt_raise_new", true, 2, args);
    ir_jump(L->cur, L->cur->handler ? L->cur->handler : unwind_block(L));
    set_block(L, ok);
}

/* try/except/else/finally.  Exceptions in the body go (after their
 * traceback line) to `dispatch`, which tests the except clauses in order;
 * no match continues to the finally clause's exception path or outward.
 * The finally body is lowered on every way out: normal completion, the
 * exception path (pending exception saved, restored after), and each
 * return/break/continue that leaves it (run_finallies). */
static void lower_try(Lower *L, Node *n) {
    NodeList handlers = n->u.Try.handlers;
    if (L->nfins + 2 > LOWER_MAX_FINALLY) {
        diag_error(L->diag, &L->mod->src, n->span, "too many statically nested blocks");
        return;
    }
    bool has_finally = n->u.Try.finalbody.len > 0;
    IrBlock *outer_raw = L->raw_handler;
    IrBlock *fin_exc = NULL;
    if (has_finally) {
        fin_exc = block(L);
        memset(&L->fins[L->nfins], 0, sizeof L->fins[0]);
        L->fins[L->nfins].body = n->u.Try.finalbody;
        L->fins[L->nfins].raw_handler = outer_raw;
        L->nfins++;
        L->raw_handler = fin_exc;
    }
    IrBlock *inner_raw = L->raw_handler; /* exceptions the except clauses do not catch */
    IrBlock *dispatch = handlers.len ? block(L) : NULL;
    IrBlock *done = block(L);
    if (dispatch) L->raw_handler = dispatch;
    lower_block(L, n->u.Try.body);
    L->raw_handler = inner_raw;
    if (!terminated(L)) lower_block(L, n->u.Try.orelse);
    jump(L, done);

    if (dispatch) {
        set_block(L, dispatch);
        for (int i = 0; i < handlers.len; i++) {
            Node *h = handlers.items[i];
            L->line = h->span.begin.line;
            IrBlock *body = block(L), *next = block(L);
            Node *type = h->u.ExceptHandler.type;
            if (!type) {
                ir_jump(L->cur, body);
            } else {
                NodeList names = type->kind == NODE_Tuple ? type->u.Tuple.elts : ast_list1(L->arena, type);
                for (int k = 0; k < names.len; k++) {
                    Node *t = names.items[k];
                    IrTemp *m = temp(L, type_bool(L->tt));
                    IrInstr *in = emit(L, IR_EXC_MATCH, m, 0, NULL);
                    in->imm.i = exc_type_id(t->u.Name.id);
                    IrBlock *try_next = k + 1 < names.len ? block(L) : next;
                    ir_branch(L->cur, m, body, try_next);
                    set_block(L, try_next);
                }
            }
            set_block(L, body);
            Type *exc_t = exception_type(L);
            IrTemp *e = temp(L, exc_t);
            owning(L, e);
            emit(L, IR_EXC_FETCH, e, 0, NULL);
            IrTemp *prev = call_rt(L, "krt_exc_begin_handling", exc_t, false, false, 1, &e).t;
            if (h->u.ExceptHandler.name) {
                Symbol *sym = ptrmap_get(&L->spec->scope->by_name, sema_intern(L->c->prog, h->u.ExceptHandler.name));
                IrTemp *copy = temp(L, exc_t);
                emit(L, IR_MOVE, copy, 1, &e);
                Val v = {copy, false}; /* borrowed: the variable takes its own reference */
                write_var(L, sym, v);
            }
            /* exceptions inside the clause end its handling first */
            IrBlock *hend = block(L);
            L->raw_handler = hend;
            memset(&L->fins[L->nfins], 0, sizeof L->fins[0]);
            L->fins[L->nfins].raw_handler = inner_raw;
            L->fins[L->nfins].handled = e;
            L->fins[L->nfins].previous = prev;
            L->nfins++;
            lower_block(L, h->u.ExceptHandler.body);
            L->nfins--;
            L->raw_handler = inner_raw;
            if (!terminated(L)) {
                call_rt_void(L, "krt_exc_end_handling", false, 1, &prev);
                emit(L, IR_DECREF, NULL, 1, &e);
                emit(L, IR_CLEAR, e, 0, NULL);
                jump(L, done);
            }
            set_block(L, hend);
            call_rt_void(L, "krt_exc_end_handling", false, 1, &prev);
            emit(L, IR_DECREF, NULL, 1, &e);
            emit(L, IR_CLEAR, e, 0, NULL);
            ir_jump(L->cur, inner_raw ? inner_raw : L->cleanup);
            set_block(L, next);
        }
        /* no clause matched: the exception goes on */
        ir_jump(L->cur, inner_raw ? inner_raw : L->cleanup);
    }

    set_block(L, done);
    if (has_finally) {
        L->nfins--;
        L->raw_handler = outer_raw;
        lower_block(L, n->u.Try.finalbody);
        IrBlock *after = block(L);
        jump(L, after);
        /* the exception path: save, run the clause, re-raise */
        set_block(L, fin_exc);
        Type *exc_t = exception_type(L);
        IrTemp *saved = temp(L, exc_t);
        owning(L, saved);
        emit(L, IR_EXC_FETCH, saved, 0, NULL);
        lower_block(L, n->u.Try.finalbody);
        if (!terminated(L)) {
            emit(L, IR_EXC_RESTORE, NULL, 1, &saved);
            emit(L, IR_CLEAR, saved, 0, NULL);
            ir_jump(L->cur, outer_raw ? outer_raw : L->cleanup);
        }
        set_block(L, after);
    }
    L->raw_handler = outer_raw;
}

static void lower_stmt(Lower *L, Node *n) {
    L->line = n->span.begin.line;
    if ((n->kind == NODE_For || n->kind == NODE_While) && L->nloops == LOWER_MAX_LOOPS) {
        diag_error(L->diag, &L->mod->src, n->span, "too many statically nested blocks");
        return;
    }
    switch (n->kind) {
    case NODE_Expr: {
        lower_expr(L, n->u.Expr.value);
        break;
    }
    case NODE_Assign: {
        Val v = lower_expr(L, n->u.Assign.value);
        int last = n->u.Assign.targets.len - 1;
        for (int i = 0; i <= last; i++) {
            /* a = b = value: every target but the last takes its own reference */
            Val each = {v.t, v.owned && i == last};
            assign_to(L, n->u.Assign.targets.items[i], each);
        }
        break;
    }
    case NODE_AnnAssign:
        if (n->u.AnnAssign.value) assign_to(L, n->u.AnnAssign.target, lower_expr(L, n->u.AnnAssign.value));
        break;
    case NODE_AugAssign: {
        Node *t = n->u.AugAssign.target;
        if (t->kind == NODE_Subscript) {
            /* a[i] op= v evaluates a and i once */
            IrTemp *a[3] = {lower_value(L, t->u.Subscript.value), NULL, NULL};
            a[1] = convert(L, lower_value(L, t->u.Subscript.slice), type_int(L->tt));
            Val cur = call_rt(L, list_fn(L, "get", a[0]->type), type_resolve(a[0]->type)->args[0], true, false, 2, a);
            Val rhs = lower_expr(L, n->u.AugAssign.value);
            Val res = lower_arith(L, n->u.AugAssign.op, cur, rhs, ty_of(L, n));
            a[2] = as_elem(L, res.t, a[0]->type);
            call_rt_void(L, list_fn(L, "set", a[0]->type), true, 3, a);
            break;
        }
        Val cur = lower_expr(L, t);
        Val rhs = lower_expr(L, n->u.AugAssign.value);
        if (type_resolve(cur.t->type)->kind == TY_LIST && n->u.AugAssign.op == BINOP_Add) {
            /* list += list extends the list in place: aliases see it */
            IrTemp *a[2] = {cur.t, rhs.t};
            call_rt_void(L, "krt_list_extend_v", true, 2, a);
            break;
        }
        Val res = lower_arith(L, n->u.AugAssign.op, cur, rhs, ty_of(L, n));
        assign_to(L, t, res);
        break;
    }
    case NODE_If: {
        IrTemp *c = truth(L, lower_value(L, n->u.If.test));
        release_pending(L);
        IrBlock *yes = block(L), *no = block(L), *done = block(L);
        ir_branch(L->cur, c, yes, no);
        set_block(L, yes);
        lower_block(L, n->u.If.body);
        jump(L, done);
        set_block(L, no);
        lower_block(L, n->u.If.orelse);
        jump(L, done);
        set_block(L, done);
        return;
    }
    case NODE_While: {
        IrBlock *head = block(L), *body = block(L), *orelse = block(L), *exit = block(L);
        jump(L, head);
        set_block(L, head);
        L->line = n->span.begin.line;
        IrTemp *c = truth(L, lower_value(L, n->u.While.test));
        release_pending(L);
        ir_branch(L->cur, c, body, orelse);
        set_block(L, body);
        lower_loop_body(L, n->u.While.body, exit, head);
        jump(L, head);
        set_block(L, orelse);
        lower_block(L, n->u.While.orelse);
        jump(L, exit);
        set_block(L, exit);
        return;
    }
    case NODE_For:
        if (type_resolve(ty_of(L, n->u.For.iter))->kind == TY_RANGE)
            lower_for_range(L, n);
        else if (type_resolve(ty_of(L, n->u.For.iter))->kind == TY_LIST)
            lower_for_list(L, n, lower_expr(L, n->u.For.iter));
        else if (type_resolve(ty_of(L, n->u.For.iter))->kind == TY_TUPLE) {
            /* a tuple of one element type is iterated through a list of its items */
            IrTemp *t = lower_value(L, n->u.For.iter);
            Type *lt = type_list(L->tt, type_resolve(t->type)->args[0]);
            IrTemp *cap = const_int(L, type_resolve(t->type)->nargs);
            Val list = call_rt(L, list_fn(L, "new", lt), lt, true, true, 1, &cap);
            for (int i = 0; i < type_resolve(t->type)->nargs; i++) {
                IrTemp *a[2] = {list.t, tuple_field(L, t, i)};
                call_rt_void(L, list_fn(L, "append", lt), true, 2, a);
            }
            lower_for_list(L, n, list);
        }
        else
            lower_for_str(L, n);
        return;
    case NODE_Break:
    case NODE_Continue: {
        release_pending(L);
        Loop *loop = &L->loops[L->nloops - 1];
        run_finallies(L, loop->finally_depth);
        if (terminated(L)) return;
        ir_jump(L->cur, n->kind == NODE_Break ? loop->brk : loop->cont);
        after_jump(L);
        return;
    }
    case NODE_Try:
        lower_try(L, n);
        return;
    case NODE_Return:
        lower_return(L, n);
        return;
    case NODE_Raise:
        lower_raise(L, n);
        return;
    case NODE_Assert:
        lower_assert(L, n);
        break;
    default:
        break; /* pass, global, def, imports: nothing to run */
    }
    release_pending(L);
}

static void lower_block(Lower *L, NodeList body) {
    for (int i = 0; i < body.len; i++) {
        if (terminated(L)) after_jump(L);
        lower_stmt(L, body.items[i]);
    }
}

/* ---- functions and the program ----------------------------------------------------------- */

static void lower_function(Lower *L, FuncSpec *spec, IrFunc *fn) {
    L->spec = spec;
    L->fn = fn;
    L->mod = spec->module;
    L->nloops = 0;
    L->pending.len = 0;
    L->owning.len = 0;
    L->raw_handler = NULL;
    L->nfins = 0;
    ptrmap_init(&L->locals, L->arena);
    ptrmap_init(&L->unwind_by_line, L->arena);
    fn->file = spec->module->path;
    fn->span = spec->def->span;
    IrBlock *entry = block(L);
    L->cleanup = block(L);
    set_block(L, entry);
    for (int i = 0; i < spec->nparams; i++) {
        IrTemp *p = ir_param_new(fn, L->ir, spec->param_types[i], spec->params[i]->name);
        ptrmap_put(&L->locals, spec->params[i], p);
        if (is_ref(p->type)) emit(L, IR_INCREF, NULL, 1, &p); /* parameters own their values */
        owning(L, p);
    }
    NodeList body = spec->def->kind == NODE_Module ? spec->def->u.Module.body : spec->def->u.FunctionDef.body;
    lower_block(L, body);
    if (!terminated(L)) {
        Node ret;
        memset(&ret, 0, sizeof ret);
        ret.kind = NODE_Return;
        ret.span = spec->def->span;
        ret.span.begin.line = ret.span.end.line;
        lower_return(L, &ret);
    }
    if (L->cur->term.kind == TERM_NONE) L->cur->term.kind = TERM_UNREACHABLE;
    /* cleanup: release everything the function holds, leave with the exception */
    set_block(L, L->cleanup);
    for (int i = 0; i < L->owning.len; i++) {
        IrTemp *t = L->owning.items[i];
        emit(L, IR_DECREF, NULL, 1, &t);
    }
    L->cleanup->term.kind = TERM_UNWIND;
    for (int b = 0; b < fn->blocks.len; b++) {
        IrBlock *blk = fn->blocks.items[b];
        if (blk->term.kind == TERM_NONE) blk->term.kind = TERM_UNREACHABLE;
    }
}

IrProgram *lower_program(Checked *c, Arena *arena, Diag *diag) {
    Lower L;
    memset(&L, 0, sizeof L);
    L.c = c;
    L.arena = arena;
    L.tt = c->types;
    L.diag = diag;
    L.ir = ir_program_new(arena, c->types);
    ptrmap_init(&L.globals, arena);
    ptrmap_init(&L.funcs, arena);
    ptrmap_init(&L.irmods, arena);
    /* modules, main first in the list of IrModules so it owns the constants */
    Program *prog = c->prog;
    IrModule *main_mod = ir_module_new(L.ir, prog->main->name, prog->main->c_prefix, prog->main->path);
    ptrmap_put(&L.irmods, prog->main, main_mod);
    L.ir->modules.len = 0;
    for (int i = 0; i < prog->modules.len; i++) {
        Module *m = prog->modules.items[i];
        if (m->is_builtin) continue;
        IrModule *im = m == prog->main ? main_mod : ir_module_new(L.ir, m->name, m->c_prefix, m->path);
        if (m == prog->main) ptrvec_push(arena, &L.ir->modules, main_mod);
        ptrmap_put(&L.irmods, m, im);
    }
    L.ir->main = main_mod;
    /* one IrFunc per specialisation, created first so calls can refer to any */
    for (int i = 0; i < c->specs.len; i++) {
        FuncSpec *s = c->specs.items[i];
        IrModule *im = ptrmap_get(&L.irmods, s->module);
        const char *name = s->def->kind == NODE_Module ? "<module>" : s->def->u.FunctionDef.name;
        IrFunc *fn = ir_func_new(L.ir, im, name, s->c_name, s->ret);
        ptrmap_put(&L.funcs, s, fn);
        if (s->def->kind == NODE_Module) im->init = fn;
    }
    for (int i = 0; i < c->specs.len; i++) {
        FuncSpec *s = c->specs.items[i];
        lower_function(&L, s, ptrmap_get(&L.funcs, s));
    }
    /* module fini: release what the globals hold (so the heap ends empty) */
    for (int i = 0; i < L.ir->modules.len; i++) {
        IrModule *im = L.ir->modules.items[i];
        IrFunc *fn = ir_func_new(L.ir, im, "<fini>", arena_printf(arena, "%s__fini", im->c_prefix), type_none(L.tt));
        L.fn = fn;
        IrBlock *b = ir_block_new(fn, L.ir);
        L.cur = b;
        for (int g = 0; g < L.ir->globals.len; g++) {
            IrGlobal *gl = L.ir->globals.items[g];
            if (gl->module != im || !is_ref(gl->type)) continue;
            IrTemp *t = ir_temp_new(fn, L.ir, gl->type, NULL);
            IrInstr *ld = ir_emit(L.ir, b, IR_GLOBAL_LOAD, t, 0, NULL);
            ld->imm.i = gl->id;
            ir_emit(L.ir, b, IR_DECREF, NULL, 1, &t);
        }
        ir_return(b, NULL);
        im->fini = fn;
    }
    return L.ir;
}
