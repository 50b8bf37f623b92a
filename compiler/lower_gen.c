/* lower_gen.c — generators and iterators to IR.
 *
 * A generator function lowers like any function, with three differences
 * the C emitter turns into a state machine (emit_gen.c):
 *
 *  - `yield v` ends its block with TERM_YIELD: the value (owned) goes to
 *    the consumer and the next call resumes at the terminator's target.
 *    The resume block starts with IR_GEN_RESUMED, which raises
 *    GeneratorExit when the generator is being closed (it died while
 *    suspended), so the try/finally clauses around the yield run and the
 *    cleanup releases what the frame holds, exactly as on any exception.
 *  - `return v` (TERM_RETURN) stores the return value for StopIteration and
 *    `yield from`.
 *  - Parameters already belong to the frame (the creating call took their
 *    references), so the entry takes none.
 *
 * Because every temporary lives in the frame, nothing is live "across" a
 * yield in the C sense and no liveness analysis is needed here; a later
 * pass may keep short-lived temporaries in C locals.
 *
 * Consuming iterators: `for x in it` calls the iterator's next until it
 * reports exhaustion (IR_ITER_NEXT, which also carries exceptions raised
 * inside a generator to the consumer's handler); the loop holds the
 * iterator and releases it on every way out, so breaking out of a loop over
 * a generator closes it there (when CPython, by reference counting, does
 * too).  list(), sum(), sorted() ... fill a list from the iterator (as_list).
 * iter() wraps lists, strs and ranges in runtime iterators; other
 * iterables are iterated through a list snapshot.  A generator expression
 * used as a value is built eagerly into a list and handed out as an
 * iterator over it (docs/language.md says so).
 */
#include "lower_internal.h"

/* `ok = next(it) -> item` (item owned when ok); raising StopIteration at
 * the end when or_raise. */
static IrTemp *iter_next(Lower *L, IrTemp *it, IrTemp *item, bool or_raise) {
    IrTemp *ok = temp(L, type_bool(L->tt));
    IrInstr *in = emit(L, IR_ITER_NEXT, ok, 2, (IrTemp *[]){it, item});
    in->imm.i = or_raise;
    may_raise(L, in);
    return ok;
}

/* An owned temporary of the current statement (released at its end). */
static void pend(Lower *L, IrTemp *t) {
    if (!is_ref(t->type)) return;
    ptrvec_push(L->arena, &L->pending, t);
    owning(L, t);
}

/* An iterator over the values of v (an iterable of elem). */
static Val iterator_of(Lower *L, IrTemp *v, Type *elem) {
    Type *t = type_resolve(v->type);
    Type *it = type_iter(L->tt, elem);
    switch (t->kind) {
    case TY_ITER: {
        Val same = {v, false};
        return same;
    }
    case TY_STR: return call_rt(L, "krt_iter_str", it, true, true, 1, &v);
    case TY_RANGE: return call_rt(L, "krt_iter_range", it, true, true, 1, &v);
    case TY_CLASS: return instance_iter(L, v); /* __iter__ (lower_dunder.c) */
    default: {
        IrTemp *list = as_list(L, v, elem).t;
        return call_rt(L, "krt_iter_list", it, true, true, 1, &list);
    }
    }
}

/* ---- generator expressions as values -------------------------------------------------- */

Val lower_genexpr(Lower *L, Node *n) {
    Val list = lower_comprehension(L, n, 0 /* COMP_APPEND */);
    return call_rt(L, "krt_iter_list", ty_of(L, n), true, true, 1, &list.t);
}

/* The list type a generator expression is built in. */
Type *genexpr_list_type(Lower *L, Type *t) {
    t = type_resolve(t);
    return t->kind == TY_ITER ? type_list(L->tt, t->args[0]) : t;
}

/* ---- yield ------------------------------------------------------------------------------ */

/* Ends the current block handing out value (owned); continues in the
 * block the generator resumes at. */
static void yield_value(Lower *L, IrTemp *value) {
    IrBlock *resume = block(L);
    L->cur->term.kind = TERM_YIELD;
    L->cur->term.value = value;
    L->cur->term.target = resume;
    L->cur->term.line = L->line;
    set_block(L, resume);
    may_raise(L, emit(L, IR_GEN_RESUMED, NULL, 0, NULL));
}

static Val lower_yield_from(Lower *L, Node *n) {
    Node *src = n->u.Yield.value;
    Type *y = L->spec->gen_yield;
    IrTemp *v = lower_value(L, src);
    Type *elem = elem_of(L, v->type);
    IrTemp *it = take(L, iterator_of(L, v, elem));
    IrTemp *held = temp(L, it->type);
    owning(L, held);
    emit(L, IR_MOVE, held, 1, &it);
    release_pending(L);
    IrBlock *head = block(L), *body = block(L), *exit = block(L);
    jump(L, head);
    set_block(L, head);
    IrTemp *item = temp(L, elem);
    IrTemp *ok = iter_next(L, held, item, false);
    ir_branch(L->cur, ok, body, exit);
    set_block(L, body);
    /* closed while delegating: the delegate is closed first (its finally
     * clauses run before this generator's, as in CPython) */
    IrBlock *resume = block(L), *close_inner = block(L), *resumed = block(L);
    L->cur->term.kind = TERM_YIELD;
    L->cur->term.value = coerce(L, item, y);
    L->cur->term.target = resume;
    L->cur->term.line = L->line;
    set_block(L, resume);
    IrTemp *closing = call_rt(L, "krt_gen_is_closing", type_bool(L->tt), false, false, 0, NULL).t;
    ir_branch(L->cur, closing, close_inner, resumed);
    set_block(L, close_inner);
    emit(L, IR_DECREF, NULL, 1, &held);
    emit(L, IR_CLEAR, held, 0, NULL);
    jump(L, resumed);
    set_block(L, resumed);
    may_raise(L, emit(L, IR_GEN_RESUMED, NULL, 0, NULL));
    jump(L, head);
    /* the result: the delegate's return value, then the delegate dies */
    set_block(L, exit);
    Type *rt = type_resolve(ty_of(L, n));
    Val result = {NULL, false};
    switch (rt->kind) {
    case TY_INT: result = call_rt(L, "krt_gen_return_int", rt, false, false, 1, &held); break;
    case TY_BOOL: {
        IrTemp *i = call_rt(L, "krt_gen_return_int", type_int(L->tt), false, false, 1, &held).t;
        result.t = convert(L, i, rt);
        break;
    }
    case TY_FLOAT: result = call_rt(L, "krt_gen_return_float", rt, false, false, 1, &held); break;
    case TY_STR: result = call_rt(L, "krt_gen_return_str", rt, false, true, 1, &held); break;
    default: break;
    }
    emit(L, IR_DECREF, NULL, 1, &held);
    emit(L, IR_CLEAR, held, 0, NULL);
    return result;
}

Val lower_yield(Lower *L, Node *n) {
    if (n->kind == NODE_YieldFrom) return lower_yield_from(L, n);
    Type *y = L->spec->gen_yield;
    IrTemp *value;
    if (n->u.Yield.value) {
        Val v = lower_expr(L, n->u.Yield.value);
        IrTemp *c = coerce(L, v.t, y);
        Val cv = {c, v.owned && c == v.t};
        value = take(L, cv);
    } else {
        value = temp(L, type_none(L->tt));
    }
    yield_value(L, value);
    Val none = {NULL, false};
    return none;
}

/* ---- for over an iterator --------------------------------------------------------------- */

void lower_for_iter(Lower *L, Node *target, Node *iter, LoopBodyFn body_fn, void *ctx, NodeList orelse_body) {
    lower_for_iter_value(L, target, lower_expr(L, iter), body_fn, ctx, orelse_body);
}

void lower_for_iter_value(Lower *L, Node *target, Val itv, LoopBodyFn body_fn, void *ctx, NodeList orelse_body) {
    IrTemp *it = take(L, itv); /* the loop holds the iterator */
    IrTemp *held = temp(L, it->type);
    owning(L, held);
    emit(L, IR_MOVE, held, 1, &it);
    release_pending(L);
    IrBlock *head = block(L), *body = block(L), *orelse = block(L), *exit = block(L), *done = block(L);
    jump(L, head);
    set_block(L, head);
    IrTemp *item = temp(L, type_resolve(held->type)->args[0]);
    IrTemp *ok = iter_next(L, held, item, false);
    ir_branch(L->cur, ok, body, orelse);
    /* an exception leaving the body releases the iterator on its way out, so
     * a generator is closed before the handler runs, as in CPython */
    IrBlock *saved_raw = L->raw_handler;
    IrBlock *leave = block(L);
    ir_emit(L->ir, leave, IR_DECREF, NULL, 1, &held);
    ir_emit(L->ir, leave, IR_CLEAR, held, 0, NULL);
    ir_jump(leave, saved_raw ? saved_raw : L->cleanup);
    L->raw_handler = leave;
    set_block(L, body);
    pend(L, item);
    Val iv = {item, is_ref(item->type)};
    assign_to(L, target, iv);
    release_pending(L);
    body_fn(L, ctx, exit, head);
    jump(L, head);
    L->raw_handler = saved_raw;
    set_block(L, orelse);
    lower_block(L, orelse_body);
    jump(L, exit);
    set_block(L, exit);
    emit(L, IR_DECREF, NULL, 1, &held); /* a generator left early is closed here */
    emit(L, IR_CLEAR, held, 0, NULL);
    jump(L, done);
    set_block(L, done);
}

/* ---- builtins ------------------------------------------------------------------------------ */

/* list(it), sum(it), ...: the values an iterator produces, as a new list. */
Val iter_to_list(Lower *L, IrTemp *it, Type *elem) {
    Type *lt = type_list(L->tt, elem);
    IrTemp *cap = const_int(L, 0);
    Val list = call_rt(L, list_fn(L, "new", lt), lt, true, true, 1, &cap);
    call_rt(L, "krt_iter_fill_list", type_bool(L->tt), true, false, 2, (IrTemp *[]){it, list.t});
    return list;
}

/* iter(x), next(it), next(it, default). */
Val lower_iter_next(Lower *L, Node *call, const Builtin *b) {
    NodeList args = call->u.Call.args;
    Type *rtype = ty_of(L, call);
    if (b->id == B_ITER) {
        IrTemp *v = lower_value(L, args.items[0]);
        if (type_resolve(v->type)->kind == TY_ITER) return call_rt(L, "krt_iter_self", rtype, false, true, 1, &v);
        return iterator_of(L, v, type_resolve(rtype)->args[0]);
    }
    IrTemp *it = lower_value(L, args.items[0]);
    Type *elem = type_resolve(it->type)->args[0];
    IrTemp *item = temp(L, elem);
    Val r = {item, is_ref(elem)};
    if (args.len == 1) {
        iter_next(L, it, item, true);
        pend(L, item);
        return r;
    }
    Val dflt = lower_expr(L, args.items[1]); /* evaluated first, as an argument */
    IrTemp *ok = iter_next(L, it, item, false);
    IrTemp *res = temp(L, rtype);
    IrBlock *got = block(L), *none = block(L), *join = block(L);
    ir_branch(L->cur, ok, got, none);
    set_block(L, got);
    emit(L, IR_MOVE, res, 1, (IrTemp *[]){coerce(L, item, rtype)}); /* item's reference moves to res */
    jump(L, join);
    set_block(L, none);
    IrTemp *d = coerce(L, dflt.t, rtype);
    if (is_ref(d->type)) emit(L, IR_INCREF, NULL, 1, &d); /* res owns a reference; dflt keeps its own */
    emit(L, IR_MOVE, res, 1, &d);
    jump(L, join);
    set_block(L, join);
    pend(L, res);
    r.t = res;
    r.owned = is_ref(rtype);
    return r;
}

/* `stop.value` of `except StopIteration as stop` (infer_gen.c typed it). */
bool lower_stop_value(Lower *L, Node *n, Val *out) {
    if (strcmp(n->u.Attribute.attr, "value") != 0) return false;
    Type *bt = ty_of(L, n->u.Attribute.value); /* NULL: a module or class name */
    if (!bt || type_resolve(bt)->kind != TY_CLASS || type_resolve(bt)->cls->c_name) return false;
    IrTemp *e = lower_value(L, n->u.Attribute.value);
    Type *t = type_resolve(ty_of(L, n));
    Val v = {NULL, false};
    switch (t->kind) {
    case TY_INT: v = call_rt(L, "krt_stop_value_int", t, false, false, 1, &e); break;
    case TY_BOOL: v.t = convert(L, call_rt(L, "krt_stop_value_int", type_int(L->tt), false, false, 1, &e).t, t); break;
    case TY_FLOAT: v = call_rt(L, "krt_stop_value_float", t, false, false, 1, &e); break;
    case TY_STR: v = call_rt(L, "krt_stop_value_str", t, false, true, 1, &e); break;
    default: break;
    }
    *out = v;
    return true;
}
