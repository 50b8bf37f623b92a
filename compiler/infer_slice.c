/* infer_slice.c — slices as assignment targets, in del, and of tuples.
 *
 *   a[i:j] = values     a[i:j:k] = values     del a[i:j:k]      (a: list)
 *   t[1:], t[::-1], t[:0]                                       (t: tuple)
 *
 * A list slice stored to takes a list of the same element type (CPython
 * takes any iterable; krait takes the iterables it can turn into a list of
 * that type: lists, and other iterables through list()).  The bounds are
 * ints; whether an extended slice gets a sequence of the right size is
 * checked when it runs, with CPython's ValueError.
 *
 * A tuple is a value of fixed shape, so the type of a tuple slice is the
 * tuple of the fields the slice picks: that is known only when the bounds
 * are constants (int literals, possibly negated, or absent).  The same
 * function picks the fields for inference and for lowering
 * (tuple_slice_pick), with CPython's slice arithmetic.
 */
#include "infer_internal.h"

/* A constant bound: absent (true, *present = false), an int literal or a
 * negated one (true), anything else (false). */
static bool const_bound(const Node *n, int64_t *v, bool *present) {
    *present = n != NULL;
    if (!n) return true;
    bool neg = n->kind == NODE_UnaryOp && n->u.UnaryOp.op == UNARYOP_USub;
    const Node *c = neg ? n->u.UnaryOp.operand : n;
    if (c->kind != NODE_Constant || c->u.Constant.value.kind != CONST_INT) return false;
    *v = neg ? -c->u.Constant.value.i : c->u.Constant.value.i;
    return true;
}

int tuple_slice_pick(const Node *slice, int nargs, int *picked) {
    int64_t b[3] = {0, 0, 1};
    bool has[3];
    const Node *parts[3] = {slice->u.Slice.lower, slice->u.Slice.upper, slice->u.Slice.step};
    for (int i = 0; i < 3; i++)
        if (!const_bound(parts[i], &b[i], &has[i])) return -1;
    int64_t step = has[2] ? b[2] : 1, len = nargs;
    if (step == 0) return -1;
    int64_t start = has[0] ? b[0] : step < 0 ? len - 1 : 0;
    int64_t stop = has[1] ? b[1] : step < 0 ? -len - 1 : len;
    if (has[0]) { /* CPython's PySlice_AdjustIndices */
        if (start < 0 && (start += len) < 0) start = step < 0 ? -1 : 0;
        else if (start >= len) start = step < 0 ? len - 1 : len;
    }
    if (stop < 0 && (stop += len) < 0) stop = step < 0 ? -1 : 0;
    else if (stop >= len) stop = step < 0 ? len - 1 : len;
    int n = 0;
    for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) picked[n++] = (int)i;
    return n;
}

Type *infer_tuple_slice(Infer *in, Node *n, Type *base) {
    Node *sl = n->u.Subscript.slice;
    Node *parts[3] = {sl->u.Slice.lower, sl->u.Slice.upper, sl->u.Slice.step};
    for (int i = 0; i < 3; i++)
        if (parts[i]) infer_expr(in, parts[i]);
    int *picked = arena_alloc(in->arena, (size_t)(base->nargs + 1) * sizeof *picked);
    int k = tuple_slice_pick(sl, base->nargs, picked);
    if (k < 0) {
        int64_t step = 1;
        bool has = false;
        if (const_bound(sl->u.Slice.step, &step, &has) && has && step == 0) {
            diag_error(in->diag, &in->mod->src, sl->u.Slice.step->span, "slice step cannot be zero");
            return type_never(in->tt);
        }
        return unsupported(in, n, "slicing a tuple with bounds that are not constants (the result's type depends on them)");
    }
    Type **fields = arena_alloc(in->arena, (size_t)(k + 1) * sizeof *fields);
    for (int i = 0; i < k; i++) fields[i] = base->args[picked[i]];
    return type_tuple(in->tt, fields, k);
}

/* The bounds of a list slice: ints. */
static bool slice_bounds_ok(Infer *in, Node *sl) {
    Node *parts[3] = {sl->u.Slice.lower, sl->u.Slice.upper, sl->u.Slice.step};
    for (int i = 0; i < 3; i++) {
        if (!parts[i]) continue;
        Type *t = type_resolve(infer_expr(in, parts[i]));
        if (poisoned(in, t)) return false;
        if (t->kind != TY_INT && t->kind != TY_BOOL) {
            unsupported(in, parts[i], arena_printf(in->arena, "slice bounds of type %s", tname(in, t)));
            return false;
        }
    }
    return true;
}

void infer_slice_store(Infer *in, Node *target, Type *value, Node *site) {
    Type *base = type_resolve(infer_expr(in, target->u.Subscript.value));
    if (poisoned(in, base)) return;
    if (base->kind == TY_BYTEARRAY) { /* buf[0:2] = data: bytes, a bytearray or a list of ints */
        if (!slice_bounds_ok(in, target->u.Subscript.slice)) return;
        Type *v = type_resolve(value);
        if (poisoned(in, v)) return;
        if (v->kind != TY_BYTES && v->kind != TY_BYTEARRAY &&
            !(v->kind == TY_LIST && type_resolve(v->args[0])->kind == TY_INT)) {
            diag_error(in->diag, &in->mod->src, site->span,
                       "can assign only bytes, buffers, or iterables of ints in range(0, 256), not %s", tname(in, v));
            return;
        }
        record(in, target, base);
        return;
    }
    if (base->kind != TY_LIST) {
        if (base->kind == TY_STR || base->kind == TY_BYTES || base->kind == TY_TUPLE)
            diag_error(in->diag, &in->mod->src, target->span, "'%s' object does not support item assignment",
                       tname(in, base));
        else
            unsupported(in, target, arena_printf(in->arena, "slice assignment on %s", tname(in, base)));
        return;
    }
    if (!slice_bounds_ok(in, target->u.Subscript.slice)) return;
    Type *v = type_resolve(value);
    if (poisoned(in, v)) return;
    Type *elem = v->kind == TY_LIST ? v->args[0] : iter_elem(in, v);
    if (!elem) {
        diag_error(in->diag, &in->mod->src, site->span, "must assign iterable to extended slice, not %s", tname(in, v));
        return;
    }
    if (!type_unify(in->tt, base->args[0], elem) &&
        !(type_resolve(base->args[0])->kind == TY_FLOAT && type_resolve(elem)->kind == TY_INT && v->kind != TY_LIST))
        diag_error(in->diag, &in->mod->src, site->span, "%s cannot hold the items of a %s", tname(in, base), tname(in, v));
    record(in, target, base);
}

void infer_slice_delete(Infer *in, Node *target, Type *base) {
    if (base->kind != TY_LIST && base->kind != TY_BYTEARRAY) {
        unsupported(in, target, arena_printf(in->arena, "del of a slice of %s", tname(in, base)));
        return;
    }
    if (slice_bounds_ok(in, target->u.Subscript.slice)) record(in, target, base);
}
