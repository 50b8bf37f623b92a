/* lower_tuple_ops.c — tuple operations (infer_tuple_ops.c) as IR: each
 * builds the result tuple field by field from the operands' fields, so the
 * C code is a handful of struct member copies and no call. */
#include "lower_internal.h"

/* tuple() and tuple(t) of a tuple: a copy of its fields (re-tagged). */
Val lower_tuple_builtin(Lower *L, Node *call, IrTemp *arg) {
    Type *t = ty_of(L, call);
    Val v = {NULL, false};
    if (!arg) {
        v.t = temp(L, t);
        emit(L, IR_TUPLE_MAKE, v.t, 0, NULL);
        return v;
    }
    IrTemp *same = coerce(L, arg, t);
    v.t = same;
    return v;
}
