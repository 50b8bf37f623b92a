/* lower_percent.c — `fmt % args` on str, as the concatenation of the
 * format's literal pieces and each argument formatted with the spec
 * percent_parse derived (krt_format_*_value, as for f-strings).  %d of a
 * float truncates it to an int first, as CPython does; %f and friends of an
 * int convert it to float; %s, %r and %a go through str() / repr().
 */
#include "lower_internal.h"
#include "percent.h"

static IrTemp *percent_piece(Lower *L, const PercentPiece *p, IrTemp *v) {
    TypeKind vk = type_resolve(v->type)->kind;
    const char *fn;
    switch (p->conv) {
    case 's': case 'r': case 'a':
        v = to_str(L, v, p->conv != 's').t;
        fn = "krt_format_str_value";
        break;
    case 'd': case 'x': case 'X': case 'o':
        if (vk != TY_INT) v = convert(L, v, type_int(L->tt)); /* a float truncates, a bool counts */
        fn = "krt_format_int_value";
        break;
    default:
        if (vk != TY_FLOAT) v = convert(L, v, type_float(L->tt));
        fn = "krt_format_float_value";
        break;
    }
    IrTemp *args[2] = {v, const_cstr(L, p->spec)};
    return call_rt(L, fn, type_str(L->tt), true, true, 2, args).t;
}

Val lower_percent(Lower *L, Node *n, IrTemp *args) {
    Node *fmt = n->u.BinOp.left;
    PercentFormat *pf = arena_alloc(L->arena, sizeof *pf);
    percent_parse(L->arena, fmt->u.Constant.value.s, fmt->u.Constant.value.len, pf);
    bool is_tuple = type_resolve(args->type)->kind == TY_TUPLE;
    Val acc = {NULL, false};
    for (int i = 0, k = 0; i < pf->npieces; i++) {
        const PercentPiece *p = &pf->pieces[i];
        IrTemp *piece;
        if (p->conv) {
            piece = percent_piece(L, p, is_tuple ? tuple_field(L, args, k) : args);
            k++;
        } else {
            piece = const_str(L, p->text, p->len);
        }
        if (!acc.t) {
            acc.t = piece;
            acc.owned = false;
        } else {
            IrTemp *a[2] = {acc.t, piece};
            acc = call_rt(L, "krt_str_concat", type_str(L->tt), true, true, 2, a);
        }
    }
    if (!acc.t) acc.t = const_cstr(L, "");
    if (!acc.owned) { /* a single literal or piece: a reference of its own */
        IrTemp *a[2] = {acc.t, const_cstr(L, "")};
        acc = call_rt(L, "krt_str_concat", type_str(L->tt), true, true, 2, a);
    }
    return acc;
}
