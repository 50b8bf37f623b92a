/* lower_slice.c — slices stored to, deleted, and taken of tuples.
 *
 *   a[i:j:k] = v   ->  krt_list_setslice_v(a, i, j, k, present, list(v))
 *   del a[i:j:k]   ->  krt_list_delslice_v(a, i, j, k, present)
 *   (a bytearray: krt_bytearray_setslice_v / krt_bytearray_delslice_v,
 *   v bytes or a bytearray)
 *   t[1::2]        ->  a new tuple of the fields tuple_slice_pick chose
 *
 * The bounds are passed as runtime/list_ops.c's slice functions take them:
 * three ints and a mask of the ones present.  The runtime does CPython's
 * slice arithmetic and raises its ValueError for an extended slice given a
 * sequence of the wrong size.
 */
#include "lower_internal.h"

/* base and bounds of a[lo:hi:step] into a[0..4] (a[4]: the mask). */
static void slice_args(Lower *L, Node *n, IrTemp **a) {
    a[0] = lower_value(L, n->u.Subscript.value);
    Node *sl = n->u.Subscript.slice;
    Node *parts[3] = {sl->u.Slice.lower, sl->u.Slice.upper, sl->u.Slice.step};
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
}

void lower_slice_store(Lower *L, Node *target, IrTemp *value) {
    IrTemp *a[6];
    slice_args(L, target, a);
    if (type_resolve(a[0]->type)->kind == TY_BYTEARRAY) { /* the bytes copied in; a list of ints checked first */
        a[5] = type_resolve(value->type)->kind == TY_LIST
                   ? call_rt(L, "krt_bytearray_from_list", type_bytearray(L->tt), true, true, 1, &value).t
                   : value;
        call_rt(L, "krt_bytearray_setslice_v", type_bool(L->tt), true, false, 6, a);
        return;
    }
    Type *elem = type_resolve(a[0]->type)->args[0];
    a[5] = as_list(L, value, elem).t; /* the runtime copies the items in */
    call_rt(L, "krt_list_setslice_v", type_bool(L->tt), true, false, 6, a);
}

void lower_slice_delete(Lower *L, Node *target) {
    IrTemp *a[5];
    slice_args(L, target, a);
    call_rt(L, type_resolve(a[0]->type)->kind == TY_BYTEARRAY ? "krt_bytearray_delslice_v" : "krt_list_delslice_v",
            type_bool(L->tt), true, false, 5, a);
}

Val lower_tuple_slice(Lower *L, Node *n) {
    IrTemp *src = lower_value(L, n->u.Subscript.value);
    Type *st = type_resolve(src->type), *t = ty_of(L, n);
    int *picked = arena_alloc(L->arena, (size_t)(st->nargs + 1) * sizeof *picked);
    int k = tuple_slice_pick(n->u.Subscript.slice, st->nargs, picked);
    IrTemp **f = arena_alloc(L->arena, (size_t)(k + 1) * sizeof *f);
    for (int i = 0; i < k; i++) {
        Val field = {tuple_field(L, src, picked[i]), false};
        f[i] = take(L, field); /* the new tuple owns its references */
    }
    return tuple_make(L, t, k, f);
}
