/* lower_int_bytes.c — n.to_bytes(...), int.from_bytes(...) and
 * n.bit_length() as runtime calls (runtime/int_bytes.c); the arguments
 * were checked by infer_int_bytes.c.  A constant byteorder is decided
 * here, one computed at run time by krt_int_byteorder_little.
 */
#include "lower_internal.h"

static IrTemp *little_endian(Lower *L, Node *order) {
    if (!order || order->kind == NODE_Constant) return const_bool(L, order && !strcmp(order->u.Constant.value.s, "little"));
    IrTemp *s = lower_value(L, order);
    return call_rt(L, "krt_int_byteorder_little", type_bool(L->tt), true, false, 1, &s).t;
}

static IrTemp *signed_flag(Lower *L, Node *call) {
    Node *s = keyword_node(call, "signed");
    return s ? truth(L, lower_value(L, s)) : const_bool(L, false);
}

Val lower_int_method(Lower *L, Node *call, IrTemp *recv, const char *name) {
    if (!strcmp(name, "bit_length")) return call_rt(L, "krt_int_bit_length", type_int(L->tt), false, false, 1, &recv);
    Node *len = call->u.Call.args.len > 0 ? call->u.Call.args.items[0] : keyword_node(call, "length");
    Node *order = call->u.Call.args.len > 1 ? call->u.Call.args.items[1] : keyword_node(call, "byteorder");
    IrTemp *a[4] = {convert(L, recv, type_int(L->tt)), len ? convert(L, lower_value(L, len), type_int(L->tt)) : const_int(L, 1),
                    little_endian(L, order), signed_flag(L, call)};
    return call_rt(L, "krt_int_to_bytes", type_bytes(L->tt), true, true, 4, a);
}

Val lower_int_from_bytes(Lower *L, Node *call) {
    Node *b = call->u.Call.args.len > 0 ? call->u.Call.args.items[0] : keyword_node(call, "bytes");
    Node *order = call->u.Call.args.len > 1 ? call->u.Call.args.items[1] : keyword_node(call, "byteorder");
    IrTemp *a[3] = {lower_value(L, b), little_endian(L, order), signed_flag(L, call)};
    return call_rt(L, "krt_int_from_bytes", type_int(L->tt), true, false, 3, a);
}
