/* lower_with.c — `with` statements to IR.
 *
 *     with m as x: body
 *
 * evaluates m (kept in a temporary the statement owns), calls
 * m.__enter__() and assigns its result to x, then runs body with two ways
 * out, as a try/finally would:
 *
 *  - normal completion, and return/break/continue leaving the body (the
 *    statement sits on the Finally stack, so run_finallies calls
 *    with_exit_clean): m.__exit__(None, None, None);
 *  - an exception: it is fetched and handled (like an except clause, so a
 *    bare raise inside __exit__ sees it), m.__exit__(e, e, None) runs, and
 *    a true result swallows the exception; otherwise it is raised again.
 *    An exception raised by __exit__ itself replaces it.
 *
 * Several items nest: the later ones inside the earlier ones, as CPython does.
 */
#include "lower_internal.h"

static Type *exc_type(Lower *L) {
    return type_class(L->tt, ptrmap_get(&L->c->builtin_classes, sema_intern(L->c->prog, "BaseException")));
}

/* mgr.__exit__(a, a, None); its result as a bool temporary (NULL for None). */
static IrTemp *call_exit(Lower *L, FuncSpec *exit, IrTemp *mgr, IrTemp *a) {
    IrTemp *none = temp(L, type_none(L->tt));
    IrTemp *args[4] = {mgr, a, a, none};
    IrTemp *r = call_spec(L, exit, 4, args);
    return r && type_resolve(r->type)->kind == TY_BOOL ? r : NULL;
}

void with_exit_clean(Lower *L, const Finally *f) {
    IrBlock *saved_raw = L->raw_handler;
    L->raw_handler = f->raw_handler;
    IrTemp *none = temp(L, type_optional(L->tt, exc_type(L)));
    emit(L, IR_OPT_NONE, none, 0, NULL);
    call_exit(L, f->with_exit, f->with_mgr, none);
    release_pending(L);
    emit(L, IR_DECREF, NULL, 1, (IrTemp **)&f->with_mgr);
    emit(L, IR_CLEAR, f->with_mgr, 0, NULL);
    L->raw_handler = saved_raw;
}

static void lower_with_items(Lower *L, Node *n, int k) {
    if (k == n->u.With.items.len) {
        lower_block(L, n->u.With.body);
        return;
    }
    if (L->nfins + 1 > LOWER_MAX_FINALLY) {
        diag_error(L->diag, &L->mod->src, n->span, "too many statically nested blocks");
        return;
    }
    Node *item = n->u.With.items.items[k];
    FuncSpec *enter = ptrmap_get(&L->spec->dunders, item);
    FuncSpec *exit = ptrmap_get(&L->spec->dunders, (char *)item + 1);
    /* the manager: owned by the statement until its end */
    Val mv = lower_expr(L, item->u.withitem.context_expr);
    IrTemp *held = take(L, mv);
    IrTemp *mgr = temp(L, held->type);
    emit(L, IR_MOVE, mgr, 1, &held);
    owning(L, mgr);
    release_pending(L);
    IrTemp *entered = call_spec(L, enter, 1, &mgr);
    if (item->u.withitem.optional_vars) {
        Val ev = {entered, entered && is_ref(entered->type)};
        if (!entered) ev.t = temp(L, type_none(L->tt));
        assign_to(L, item->u.withitem.optional_vars, ev);
    }
    release_pending(L);

    IrBlock *outer_raw = L->raw_handler;
    IrBlock *exc_path = block(L), *after = block(L);
    Finally *f = &L->fins[L->nfins++];
    memset(f, 0, sizeof *f);
    f->raw_handler = outer_raw;
    f->with_mgr = mgr;
    f->with_exit = exit;
    L->raw_handler = exc_path;
    lower_with_items(L, n, k + 1);
    L->nfins--;
    L->raw_handler = outer_raw;
    if (L->cur->term.kind == TERM_NONE) {
        Finally clean = {0};
        clean.raw_handler = outer_raw;
        clean.with_mgr = mgr;
        clean.with_exit = exit;
        with_exit_clean(L, &clean);
        jump(L, after);
    }

    /* the exception path */
    set_block(L, exc_path);
    Type *et = exc_type(L);
    IrTemp *e = temp(L, et);
    owning(L, e);
    emit(L, IR_EXC_FETCH, e, 0, NULL);
    IrTemp *prev = call_rt(L, "krt_exc_begin_handling", et, false, false, 1, &e).t;
    IrBlock *failed = block(L); /* __exit__ raised: its exception goes on */
    L->raw_handler = failed;
    IrTemp *oe = temp(L, type_optional(L->tt, et));
    emit(L, IR_OPT_WRAP, oe, 1, &e);
    IrTemp *suppress = call_exit(L, exit, mgr, oe);
    release_pending(L);
    L->raw_handler = outer_raw;
    call_rt_void(L, "krt_exc_end_handling", false, 1, &prev);
    emit(L, IR_DECREF, NULL, 1, &mgr);
    emit(L, IR_CLEAR, mgr, 0, NULL);
    IrBlock *reraise = block(L);
    if (suppress) {
        IrBlock *swallow = block(L);
        ir_branch(L->cur, suppress, swallow, reraise);
        set_block(L, swallow);
        emit(L, IR_DECREF, NULL, 1, &e);
        emit(L, IR_CLEAR, e, 0, NULL);
        jump(L, after);
    } else {
        jump(L, reraise);
    }
    set_block(L, reraise);
    emit(L, IR_EXC_RESTORE, NULL, 1, &e);
    emit(L, IR_CLEAR, e, 0, NULL);
    ir_jump(L->cur, outer_raw ? outer_raw : L->cleanup);

    set_block(L, failed);
    call_rt_void(L, "krt_exc_end_handling", false, 1, &prev);
    emit(L, IR_DECREF, NULL, 1, &e);
    emit(L, IR_CLEAR, e, 0, NULL);
    emit(L, IR_DECREF, NULL, 1, &mgr);
    emit(L, IR_CLEAR, mgr, 0, NULL);
    ir_jump(L->cur, outer_raw ? outer_raw : L->cleanup);

    set_block(L, after);
}

void lower_with(Lower *L, Node *n) {
    lower_with_items(L, n, 0);
}
