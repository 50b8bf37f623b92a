/* lower_loops.c — for loops and loop bodies in the IR.
 *
 * `for x in range(...)` is a counted loop on ints; a list is walked by
 * index; bytes, a dict's keys, a set and a fixed tuple are walked through a
 * list of their items made first (so the body may change the original); a
 * str by code point; iterators and generators through the iterator
 * protocol (lower_gen.c), instances through their __iter__ (lower_dunder.c).
 * Each loop body is lowered with its break and continue targets; `else`
 * runs when the loop ends without break.  Used by lower.c (for and while
 * statements) and by comprehensions.
 */
#include "lower_internal.h"

/* if (a < b) goto yes; else goto no; */
static void branch_less(Lower *L, IrTemp *a, IrTemp *b, IrBlock *yes, IrBlock *no) {
    IrTemp *less = temp(L, type_bool(L->tt));
    IrTemp *args[2] = {a, b};
    IrInstr *c = emit(L, IR_COMPARE, less, 2, args);
    c->imm.cmp = CMP_LT;
    ir_branch(L->cur, less, yes, no);
}

/* Lowers a loop body with break/continue targets. */
void lower_loop_body(Lower *L, NodeList body, IrBlock *brk, IrBlock *cont) {
    L->loops[L->nloops].brk = brk;
    L->loops[L->nloops].cont = cont;
    L->loops[L->nloops].finally_depth = L->nfins;
    L->nloops++;
    lower_block(L, body);
    L->nloops--;
}

static void lower_for_range(Lower *L, Node *target, Node *it, LoopBodyFn body_fn, void *ctx, NodeList orelse_body) {
    IrTemp *start, *stop, *step;
    Symbol *fs = it->kind == NODE_Call && it->u.Call.func->kind == NODE_Name ? sema_symbol_of(L->mod, it->u.Call.func)
                                                                           : NULL;
    if (fs && fs->kind == SYM_BUILTIN && fs->builtin->id == B_RANGE) {
        /* for i in range(...): the bounds directly, no range value */
        NodeList a = it->u.Call.args;
        if (a.len == 1) {
            start = const_int(L, 0);
            stop = convert(L, lower_value(L, a.items[0]), type_int(L->tt));
            step = const_int(L, 1);
        } else {
            start = convert(L, lower_value(L, a.items[0]), type_int(L->tt));
            stop = convert(L, lower_value(L, a.items[1]), type_int(L->tt));
            step = a.len == 3 ? convert(L, lower_value(L, a.items[2]), type_int(L->tt)) : const_int(L, 1);
        }
    } else {
        IrTemp *r = lower_value(L, it);
        start = call_rt(L, "krt_range_start", type_int(L->tt), false, false, 1, &r).t;
        stop = call_rt(L, "krt_range_stop", type_int(L->tt), false, false, 1, &r).t;
        step = call_rt(L, "krt_range_step", type_int(L->tt), false, false, 1, &r).t;
    }
    IrTemp *rargs[3] = {start, stop, step};
    IrTemp *count = call_rt(L, "krt_range_len", type_int(L->tt), true, false, 3, rargs).t;
    IrTemp *k = temp(L, type_int(L->tt));
    IrTemp *zero = const_int(L, 0);
    emit(L, IR_MOVE, k, 1, &zero);
    IrTemp *i = temp(L, type_int(L->tt));
    emit(L, IR_MOVE, i, 1, &start);
    IrBlock *body = block(L), *latch = block(L), *inc = block(L), *orelse = block(L), *exit = block(L);
    branch_less(L, k, count, body, orelse);

    set_block(L, body);
    Val iv = {i, false};
    assign_to(L, target, iv);
    body_fn(L, ctx, exit, latch);
    jump(L, latch);

    set_block(L, latch);
    add_unchecked(L, k, k, const_int(L, 1)); /* k < count <= INT_MAX */
    branch_less(L, k, count, inc, orelse);

    set_block(L, inc);
    add_unchecked(L, i, i, step); /* the next value is inside the range */
    ir_jump(L->cur, body);

    set_block(L, orelse);
    lower_block(L, orelse_body);
    jump(L, exit);
    set_block(L, exit);
}

static void lower_for_list(Lower *L, Node *target, Val lv, LoopBodyFn body_fn, void *ctx, NodeList orelse_body) {
    IrTemp *list = take(L, lv); /* the loop keeps the list alive */
    IrTemp *held = temp(L, list->type);
    owning(L, held);
    emit(L, IR_MOVE, held, 1, &list);
    release_pending(L);
    IrTemp *i = temp(L, type_int(L->tt));
    IrTemp *zero = const_int(L, 0);
    emit(L, IR_MOVE, i, 1, &zero);
    IrBlock *head = block(L), *body = block(L), *latch = block(L), *orelse = block(L), *exit = block(L),
            *done = block(L);
    ir_jump(L->cur, head);
    set_block(L, head);
    IrTemp *len = call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, &held).t;
    branch_less(L, i, len, body, orelse);
    set_block(L, body);
    IrTemp *gargs[2] = {held, i};
    Val item = call_rt(L, list_fn(L, "get", held->type), type_resolve(held->type)->args[0], true, false, 2, gargs);
    assign_to(L, target, item);
    release_pending(L);
    body_fn(L, ctx, exit, latch);
    jump(L, latch);
    set_block(L, latch);
    add_unchecked(L, i, i, const_int(L, 1)); /* i < len <= UINT32_MAX */
    ir_jump(L->cur, head);
    set_block(L, orelse);
    lower_block(L, orelse_body);
    jump(L, exit);
    set_block(L, exit);
    emit(L, IR_DECREF, NULL, 1, &held);
    emit(L, IR_CLEAR, held, 0, NULL);
    jump(L, done);
    set_block(L, done);
}

static void lower_for_str(Lower *L, Node *target, Node *iter, LoopBodyFn body_fn, void *ctx, NodeList orelse_body) {
    Val s = lower_expr(L, iter);
    IrTemp *str = take(L, s); /* the loop keeps the string alive */
    IrTemp *held = temp(L, type_str(L->tt));
    owning(L, held);
    emit(L, IR_MOVE, held, 1, &str); /* str is a variable or a moved temporary: not cleared */
    release_pending(L);
    IrTemp *pos = temp(L, type_int(L->tt));
    IrTemp *zero = const_int(L, 0);
    emit(L, IR_MOVE, pos, 1, &zero);
    IrBlock *head = block(L), *body = block(L), *orelse = block(L), *exit = block(L), *done = block(L);
    ir_jump(L->cur, head);
    set_block(L, head);
    IrTemp *len = call_rt(L, "krt_str_byte_len", type_int(L->tt), false, false, 1, &held).t;
    branch_less(L, pos, len, body, orelse);
    set_block(L, body);
    IrTemp *chargs[2] = {held, pos};
    Val ch = call_rt(L, "krt_str_char_at_byte", type_str(L->tt), true, true, 2, chargs);
    IrTemp *next = call_rt(L, "krt_str_next_byte", type_int(L->tt), false, false, 2, chargs).t;
    emit(L, IR_MOVE, pos, 1, &next);
    assign_to(L, target, ch);
    release_pending(L);
    body_fn(L, ctx, exit, head);
    jump(L, head);
    set_block(L, orelse);
    lower_block(L, orelse_body);
    jump(L, exit);
    set_block(L, exit);
    emit(L, IR_DECREF, NULL, 1, &held);
    emit(L, IR_CLEAR, held, 0, NULL);
    jump(L, done);
    set_block(L, done);
}

/* Runs the bodies of the finally clauses from the innermost down to depth
 * `down_to` (leaving them by return, break or continue). */
/* `for target in iter` over a range, list, tuple or str: body_fn lowers
 * each iteration's work (break goes to brk, continue to cont); orelse runs
 * when the loop ends without break. */
void lower_for_each(Lower *L, Node *target, Node *iter, LoopBodyFn body_fn, void *ctx, NodeList orelse) {
    Type *it = type_resolve(ty_of(L, iter));
    if (it->kind == TY_RANGE) {
        lower_for_range(L, target, iter, body_fn, ctx, orelse);
    } else if (it->kind == TY_LIST) {
        lower_for_list(L, target, lower_expr(L, iter), body_fn, ctx, orelse);
    } else if (it->kind == TY_BYTES || it->kind == TY_BYTEARRAY) {
        IrTemp *b = lower_value(L, iter);
        Type *lt = type_list(L->tt, type_int(L->tt));
        lower_for_list(L, target,
                       call_rt(L, it->kind == TY_BYTES ? "krt_bytes_to_list" : "krt_bytearray_to_list", lt, true, true, 1, &b),
                       body_fn, ctx, orelse);
    } else if (it->kind == TY_DICT || it->kind == TY_SET || it->kind == TY_FROZENSET) {
        /* over a snapshot of the keys / members */
        IrTemp *d = lower_value(L, iter);
        Type *lt = type_list(L->tt, it->args[0]);
        lower_for_list(L, target, call_rt(L, it->kind == TY_DICT ? "krt_dict_keys" : "krt_set_to_list", lt, true, true, 1, &d),
                       body_fn, ctx, orelse);
    } else if (it->kind == TY_ITER) {
        lower_for_iter(L, target, iter, body_fn, ctx, orelse);
    } else if (it->kind == TY_CLASS) { /* __iter__ (lower_dunder.c) */
        lower_for_iter_value(L, target, instance_iter(L, lower_value(L, iter)), body_fn, ctx, orelse);
    } else if (it->kind == TY_TUPLE) {
        /* a tuple of one element type is iterated through a list of its items */
        IrTemp *t = lower_value(L, iter);
        Type *lt = type_list(L->tt, it->args[0]);
        IrTemp *cap = const_int(L, it->nargs);
        Val list = call_rt(L, list_fn(L, "new", lt), lt, true, true, 1, &cap);
        for (int i = 0; i < it->nargs; i++) {
            IrTemp *a[2] = {list.t, tuple_field(L, t, i)};
            call_rt_void(L, list_fn(L, "append", lt), true, 2, a);
        }
        lower_for_list(L, target, list, body_fn, ctx, orelse);
    } else {
        lower_for_str(L, target, iter, body_fn, ctx, orelse);
    }
}

/* The body of a for statement. */
void lower_for_stmt_body(Lower *L, void *ctx, IrBlock *brk, IrBlock *cont) {
    Node *n = ctx;
    lower_loop_body(L, n->u.For.body, brk, cont);
}

