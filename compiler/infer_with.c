/* infer_with.c — `with` statements over the program's context managers.
 *
 * `with m as x: body` needs m's class to define __enter__(self) and
 * __exit__(self, exc_type, exc, tb).  __enter__'s result is assigned to the
 * target.  __exit__ gets one specialisation for both ways out: exc_type and
 * exc are Optional[BaseException] (None on a normal exit; on an exception,
 * exc_type is passed the exception itself, since krait has no class
 * objects as values), tb is always None.  It returns bool (True
 * suppresses the exception) or None.  The specialisations are recorded in
 * the spec's dunders: __enter__ on the withitem node, __exit__ on its
 * address + 1.  Several items nest, as in CPython.
 */
#include "infer_internal.h"

static void infer_with_item(Infer *in, Node *item) {
    Node *ctx = item->u.withitem.context_expr;
    Type *mt = infer_expr(in, ctx);
    if (poisoned(in, mt)) return;
    ClassData *cd = class_data_of(mt);
    if (!cd || type_resolve(mt)->kind != TY_CLASS) {
        unsupported(in, ctx, arena_printf(in->arena, "a with statement over %s (krait takes instances of the "
                                                     "program's classes with __enter__ and __exit__)", tname(in, mt)));
        return;
    }
    if (!class_method(cd, "__enter__", NULL) || !class_method(cd, "__exit__", NULL)) {
        diag_error(in->diag, &in->mod->src, ctx->span, "'%s' object does not support the context manager protocol "
                   "(it needs __enter__ and __exit__)", cd->info->name);
        return;
    }
    FuncSpec *enter = dunder_spec(in, item, mt, "__enter__", NULL, 0);
    if (!enter) return;
    Type *exc = type_optional(in->tt, exception_type(in));
    Type *args[3] = {exc, exc, type_none(in->tt)};
    FuncSpec *exit = dunder_spec(in, (Node *)((char *)item + 1), mt, "__exit__", args, 3);
    if (!exit) return;
    TypeKind rk = type_resolve(exit->ret)->kind;
    if (rk != TY_BOOL && rk != TY_NONE && rk != TY_NEVER) {
        unsupported(in, item, arena_printf(in->arena, "__exit__ returning %s (krait takes bool or None)",
                                           tname(in, exit->ret)));
        return;
    }
    if (item->u.withitem.optional_vars) infer_assign_target(in, item->u.withitem.optional_vars, enter->ret, item);
}

void infer_with(Infer *in, Node *n) {
    for (int i = 0; i < n->u.With.items.len; i++) infer_with_item(in, n->u.With.items.items[i]);
    infer_block(in, n->u.With.body);
}
