/* infer_percent.c — the types of `fmt % args` on str (see percent.h).
 *
 * The format must be a string literal, so the number of conversions is
 * known: args is a tuple holding exactly that many values, or (one
 * conversion) a single value that is not a tuple.  Numeric conversions
 * take int, float or bool; %s, %r and %a anything printable.  Argument
 * counts CPython would reject are errors here, with CPython's words.
 */
#include "infer_internal.h"
#include "percent.h"

static bool percent_arg_ok(Infer *in, char conv, Type *t) {
    t = type_resolve(t);
    if (conv == 's' || conv == 'r' || conv == 'a') return printable(in, t);
    return t->kind == TY_INT || t->kind == TY_BOOL || t->kind == TY_FLOAT;
}

Type *infer_percent(Infer *in, Node *n, Type *args) {
    Node *fmt = n->kind == NODE_BinOp ? n->u.BinOp.left : NULL;
    if (!fmt || fmt->kind != NODE_Constant || fmt->u.Constant.value.kind != CONST_STR)
        return unsupported(in, n, "printf-style '%' formatting with a format that is not a string literal");
    PercentFormat *pf = arena_alloc(in->arena, sizeof *pf);
    percent_parse(in->arena, fmt->u.Constant.value.s, fmt->u.Constant.value.len, pf);
    if (pf->error && !pf->error_is_type_error)
        return unsupported(in, n, arena_printf(in->arena, "printf-style formatting with %s", pf->error));
    if (pf->error) {
        diag_error(in->diag, &in->mod->src, fmt->span, "%s", pf->error);
        return type_never(in->tt);
    }
    args = type_resolve(args);
    int nargs = args->kind == TY_TUPLE ? args->nargs : 1;
    if (nargs != pf->nconv) {
        diag_error(in->diag, &in->mod->src, n->span, "%s",
                   nargs < pf->nconv ? "not enough arguments for format string"
                                     : "not all arguments converted during string formatting");
        return type_never(in->tt);
    }
    for (int i = 0, k = 0; i < pf->npieces; i++) {
        if (!pf->pieces[i].conv) continue;
        Type *a = args->kind == TY_TUPLE ? args->args[k] : args;
        k++;
        if (!percent_arg_ok(in, pf->pieces[i].conv, a)) {
            diag_error(in->diag, &in->mod->src, n->u.BinOp.right->span, "%%%c format: a real number is required, not %s",
                       pf->pieces[i].conv, tname(in, a));
            return type_never(in->tt);
        }
    }
    return type_str(in->tt);
}
