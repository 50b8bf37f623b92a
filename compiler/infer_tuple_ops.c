/* infer_tuple_ops.c — the operations of tuples beyond building, indexing and
 * unpacking: `tuple(x)`, `t1 + t2`, `t * n`, `t.count(v)` and `t.index(v)`.
 *
 * A tuple has a fixed shape known at compile time (its type lists its
 * fields), so each of these is decided here from the operand types: `+`
 * gives the tuple of both field lists, `*` by a constant repeats them,
 * `tuple(t)` of a tuple is its plain copy (a named tuple loses its names).
 * `tuple(x)` of a list, str, bytes, range or iterator, whose length is only
 * known at run time, has no fixed shape: it is a `tuple[T, ...]`, a list
 * underneath (types.c: type_seq_tuple) that the list code serves, printed
 * as a tuple; what would mutate it is refused here.
 */
#include "infer_internal.h"

/* tuple() and tuple(x); NULL when krait has nothing for these arguments. */
Type *infer_tuple_builtin(Infer *in, Node *call, Type **at, int nargs) {
    if (call->u.Call.keywords.len || nargs > 1) return NULL;
    if (nargs == 0) return type_tuple(in->tt, NULL, 0);
    Type *t = type_resolve(at[0]);
    if (t->kind == TY_TUPLE) return type_tuple(in->tt, t->args, t->nargs);
    if (type_is_seq_tuple(t)) return t;
    Type *e = iter_elem(in, t);
    if (!e) return NULL;
    /* a length known only at run time: tuple[T, ...], a list underneath */
    Type *l = list_of(in, call, e);
    return poisoned(in, l) ? l : type_seq_tuple(in->tt, type_resolve(l)->args[0]);
}

/* t[i] = v, del t[i] of a tuple[T, ...]: refused as CPython does (TypeError). */
bool seq_tuple_store(Infer *in, Node *target, Type *base) {
    if (!type_is_seq_tuple(base)) return false;
    diag_error(in->diag, &in->mod->src, target->span, "'tuple' object does not support item %s",
               target->u.Subscript.ctx == CTX_Del ? "deletion" : "assignment");
    return true;
}

/* Repeating a tuple makes this many fields at most: a longer sequence is a
 * list's job (a tuple is a C struct, each field a member). */
#define TUPLE_MAX_FIELDS 256

/* A repeat count written as an int literal (maybe negated), into *out. */
bool tuple_repeat_count(Node *e, long long *out) {
    bool neg = e->kind == NODE_UnaryOp && e->u.UnaryOp.op == UNARYOP_USub;
    if (neg) e = e->u.UnaryOp.operand;
    if (e->kind != NODE_Constant || e->u.Constant.value.kind != CONST_INT) return false;
    *out = neg ? -(long long)e->u.Constant.value.i : (long long)e->u.Constant.value.i;
    if (*out < 0) *out = 0;
    return true;
}

/* t1 + t2 and t * n / n * t (n a literal); NULL when neither operand is a tuple. */
Type *infer_tuple_binop(Infer *in, Node *n, BinOpKind op, Type *l, Type *r) {
    if (l->kind != TY_TUPLE && r->kind != TY_TUPLE) return NULL;
    if (n->kind != NODE_BinOp) /* t += (x,) makes a tuple of another shape: another type */
        return unsupported(in, n, "augmented assignment to a tuple (its shape is its type; use a list)");
    if (op == BINOP_Add && l->kind == TY_TUPLE && r->kind == TY_TUPLE) {
        int total = l->nargs + r->nargs;
        if (total > TUPLE_MAX_FIELDS) return unsupported(in, n, "a tuple of more than 256 fields");
        Type **f = arena_alloc(in->arena, (size_t)(total + 1) * sizeof *f);
        for (int i = 0; i < l->nargs; i++) f[i] = l->args[i];
        for (int i = 0; i < r->nargs; i++) f[l->nargs + i] = r->args[i];
        return type_tuple(in->tt, f, total);
    }
    if (op == BINOP_Add) {
        diag_error(in->diag, &in->mod->src, n->span, "can only concatenate tuple (not \"%s\") to tuple",
                   tname(in, l->kind == TY_TUPLE ? r : l));
        return type_never(in->tt);
    }
    Type *t = l->kind == TY_TUPLE ? l : r, *k = l->kind == TY_TUPLE ? r : l;
    if (op != BINOP_Mult || (k->kind != TY_INT && k->kind != TY_BOOL))
        return unsupported(in, n, "this tuple operation");
    long long count;
    if (!tuple_repeat_count(l->kind == TY_TUPLE ? n->u.BinOp.right : n->u.BinOp.left, &count))
        return unsupported(in, n, "repeating a tuple a number of times known only at run time (a tuple has a fixed "
                                  "shape; use a list)");
    if (count * t->nargs > TUPLE_MAX_FIELDS) return unsupported(in, n, "a tuple of more than 256 fields");
    int total = (int)count * t->nargs;
    Type **f = arena_alloc(in->arena, (size_t)(total + 1) * sizeof *f);
    for (int i = 0; i < total; i++) f[i] = t->args[i % t->nargs];
    return type_tuple(in->tt, f, total);
}

/* t.count(v) and t.index(v); NULL for other names. */
Type *infer_tuple_method(Infer *in, Node *call, Type *t, const char *name) {
    bool count = !strcmp(name, "count");
    if (type_is_seq_tuple(t)) { /* the list's count() and index(), nothing that mutates */
        if (!count && call->u.Call.args.len > 1)
            return unsupported(in, call, "index() with start or end on a tuple[T, ...]");
        if (count || !strcmp(name, "index")) return NULL;
        diag_error(in->diag, &in->mod->src, call->u.Call.func->span, "'tuple' object has no attribute '%s'", name);
        return type_never(in->tt);
    }
    if (!count && strcmp(name, "index")) return NULL;
    if (call->u.Call.args.len != 1 || call->u.Call.keywords.len)
        return unsupported(in, call, arena_printf(in->arena, "tuple.%s() with other than one argument", name));
    Type *v = type_resolve(infer_expr(in, call->u.Call.args.items[0]));
    if (poisoned(in, v)) return type_never(in->tt);
    for (int k = 0; k < t->nargs; k++)
        if (type_resolve(t->args[k]) != v && !(type_is_numeric(v) && type_is_numeric(t->args[k])))
            return unsupported(in, call, arena_printf(in->arena, "tuple.%s() on a tuple of other types", name));
    return type_int(in->tt);
}

/* s.partition(sep) and s.rpartition(sep): a tuple of three strs; NULL for other names. */
Type *infer_str_partition(Infer *in, Node *call, const char *name) {
    if (strcmp(name, "partition") && strcmp(name, "rpartition")) return NULL;
    if (call->u.Call.args.len != 1 || call->u.Call.keywords.len) {
        diag_error(in->diag, &in->mod->src, call->span, "str.%s() takes exactly one argument (the separator)", name);
        return type_never(in->tt);
    }
    Type *sep = type_resolve(infer_expr(in, call->u.Call.args.items[0]));
    if (poisoned(in, sep)) return type_never(in->tt);
    if (sep->kind != TY_STR) {
        diag_error(in->diag, &in->mod->src, call->span, "str.%s() separator must be str, not %s", name, tname(in, sep));
        return type_never(in->tt);
    }
    Type *parts[3] = {type_str(in->tt), type_str(in->tt), type_str(in->tt)};
    return type_tuple(in->tt, parts, 3);
}
