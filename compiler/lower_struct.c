/* lower_struct.c — the `struct` module's calls as runtime calls
 * (runtime/struct.c), one per item of the constant format, whose layout
 * struct_layout gives (infer_struct.c checked the call).  pack allocates
 * the zeroed result once, then puts each value at its offset; unpack checks
 * the buffer's size once, then gets each field and makes the tuple;
 * unpack_from and pack_into first check the offset (a negative one counts
 * from the end).  calcsize is a constant.
 */
#include "lower_internal.h"
#include "struct_format.h"

/* base + the item's offset */
static IrTemp *item_offset(Lower *L, IrTemp *base, int64_t offset) {
    if (!base) return const_int(L, offset);
    IrTemp *at = temp(L, type_int(L->tt));
    add_unchecked(L, at, base, const_int(L, offset)); /* base + offset <= the buffer's length */
    return at;
}

static void put_item(Lower *L, IrTemp *buf, IrTemp *base, const StructLayout *lay, const StructItem *it, IrTemp *v) {
    IrTemp *at = item_offset(L, base, it->offset);
    switch (it->letter) {
    case 'x': {
        IrTemp *a[3] = {buf, at, const_int(L, it->size)};
        if (base) call_rt_void(L, "krt_struct_put_pad", false, 3, a); /* a new pack result is zeroed already */
        return;
    }
    case 's': {
        IrTemp *a[4] = {buf, at, v, const_int(L, it->size)};
        call_rt_void(L, "krt_struct_put_bytes", false, 4, a);
        return;
    }
    case 'e': case 'f': case 'd': {
        IrTemp *a[5] = {buf, at, convert(L, v, type_float(L->tt)), const_int(L, it->size), const_bool(L, lay->little)};
        call_rt_void(L, "krt_struct_put_float", true, 5, a);
        return;
    }
    default: {
        IrTemp *value = it->letter == '?' ? convert(L, truth(L, v), type_int(L->tt)) : convert(L, v, type_int(L->tt));
        IrTemp *a[6] = {buf, at, value, const_int(L, it->letter), const_int(L, it->size), const_bool(L, lay->little)};
        call_rt_void(L, "krt_struct_put_int", true, 6, a);
        return;
    }
    }
}

static Val get_item(Lower *L, IrTemp *buf, IrTemp *base, const StructLayout *lay, const StructItem *it) {
    IrTemp *at = item_offset(L, base, it->offset);
    switch (it->letter) {
    case '?': return call_rt(L, "krt_struct_get_bool", type_bool(L->tt), false, false, 2, (IrTemp *[]){buf, at});
    case 's': {
        IrTemp *a[3] = {buf, at, const_int(L, it->size)};
        return call_rt(L, "krt_struct_get_bytes", type_bytes(L->tt), true, true, 3, a);
    }
    case 'e': case 'f': case 'd': {
        IrTemp *a[4] = {buf, at, const_int(L, it->size), const_bool(L, lay->little)};
        return call_rt(L, "krt_struct_get_float", type_float(L->tt), false, false, 4, a);
    }
    default: {
        IrTemp *a[5] = {buf, at, const_int(L, it->letter), const_int(L, it->size), const_bool(L, lay->little)};
        return call_rt(L, "krt_struct_get_int", type_int(L->tt), true, false, 5, a);
    }
    }
}

Val lower_struct_call(Lower *L, Node *call) {
    const char *name = call->u.Call.func->u.Attribute.attr;
    NodeList args = call->u.Call.args;
    StructLayout *lay = arena_alloc(L->arena, sizeof *lay);
    const char *err = NULL;
    bool unsup = false;
    struct_layout(((Node *)args.items[0])->u.Constant.value.s, lay, &err, &unsup); /* checked by infer_struct.c */
    if (!strcmp(name, "calcsize")) return (Val){const_int(L, lay->size), false};
    bool pack = !strcmp(name, "pack"), pack_into = !strcmp(name, "pack_into"), unpack_from = !strcmp(name, "unpack_from");
    if (pack || pack_into) {
        IrTemp *buf = pack ? NULL : lower_value(L, args.items[1]);
        IrTemp *offset = pack ? NULL : convert(L, lower_value(L, args.items[2]), type_int(L->tt));
        int first = pack ? 1 : 3;
        IrTemp **values = arena_alloc(L->arena, (size_t)(lay->nvalues + 1) * sizeof *values);
        for (int v = 0; v < lay->nvalues; v++) values[v] = lower_value(L, args.items[first + v]);
        Val result = {NULL, false};
        IrTemp *base = NULL;
        if (pack) {
            result = call_rt(L, "krt_struct_new", type_bytes(L->tt), true, true, 1, (IrTemp *[]){const_int(L, lay->size)});
            buf = result.t;
        } else {
            IrTemp *a[4] = {buf, offset, const_int(L, lay->size), const_bool(L, true)};
            base = call_rt(L, "krt_struct_offset", type_int(L->tt), true, false, 4, a).t;
        }
        for (int i = 0, v = 0; i < lay->nitems; i++)
            put_item(L, buf, base, lay, &lay->items[i], lay->items[i].letter == 'x' ? NULL : values[v++]);
        if (pack) return result;
        return (Val){temp(L, type_none(L->tt)), false};
    }
    IrTemp *buf = lower_value(L, args.items[1]);
    IrTemp *base = NULL;
    if (unpack_from) {
        Node *o = args.len > 2 ? args.items[2] : keyword_node(call, "offset");
        IrTemp *offset = o ? convert(L, lower_value(L, o), type_int(L->tt)) : const_int(L, 0);
        IrTemp *a[4] = {buf, offset, const_int(L, lay->size), const_bool(L, false)};
        base = call_rt(L, "krt_struct_offset", type_int(L->tt), true, false, 4, a).t;
    } else {
        call_rt_void(L, "krt_struct_check_unpack", true, 2, (IrTemp *[]){buf, const_int(L, lay->size)});
    }
    Type *t = ty_of(L, call);
    IrTemp **f = arena_alloc(L->arena, (size_t)(lay->nvalues + 1) * sizeof *f);
    int k = 0;
    for (int i = 0; i < lay->nitems; i++)
        if (lay->items[i].letter != 'x') f[k++] = take(L, get_item(L, buf, base, lay, &lay->items[i]));
    return tuple_make(L, t, k, f);
}
