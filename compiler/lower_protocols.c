/* lower_protocols.c — protocols over instances of the program's classes
 * that the runtime's containers cannot do alone, built as IR loops:
 *
 *  - repr() of a list or dict of instances: "[" + ", ".join(repr(x) for x
 *    in l) + "]" (and "{k!r}: {v!r}" for a dict's items), each repr() the
 *    class's __repr__ (or the @dataclass one).
 */
#include "lower_internal.h"

/* acc = acc + piece (piece owned and pending, or borrowed). */
static void str_append(Lower *L, IrTemp *acc, IrTemp *piece) {
    IrTemp *args[2] = {acc, piece};
    Val joined = call_rt(L, "krt_str_concat", type_str(L->tt), true, true, 2, args);
    IrTemp *moved = take(L, joined);
    emit(L, IR_DECREF, NULL, 1, &acc);
    emit(L, IR_MOVE, acc, 1, &moved);
}

bool is_instance_list(Type *t) {
    t = type_resolve(t);
    return t->kind == TY_LIST && type_resolve(t->args[0])->kind == TY_CLASS && class_data_of_type(t->args[0]);
}

/* Appends the text of one element of a joined repr to acc. */
typedef void (*ElemText)(Lower *L, IrTemp *acc, IrTemp *elem);

/* open + ", ".join(text(x) for x in list) + close, as an IR loop; what
 * each iteration makes is released in it.  An owned, pending str. */
static Val joined_repr(Lower *L, IrTemp *list, const char *open, const char *close, ElemText text) {
    Type *lt = type_resolve(list->type), *et = lt->args[0];
    IrTemp *acc = temp(L, type_str(L->tt));
    owning(L, acc);
    Val first = {const_cstr(L, open), false};
    IrTemp *o = take(L, first);
    emit(L, IR_MOVE, acc, 1, &o);
    IrTemp *n = call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, &list).t;
    int floor = L->pending_floor;
    L->pending_floor = L->pending.len; /* what the loop makes is released in the loop */
    CountedLoop lp = counted_loop_begin(L, const_int(L, 0), n);
    IrTemp *later = temp(L, type_bool(L->tt));
    emit(L, IR_COMPARE, later, 2, (IrTemp *[]){lp.i, const_int(L, 0)})->imm.cmp = CMP_GT;
    IrBlock *sep = block(L), *item = block(L);
    ir_branch(L->cur, later, sep, item);
    set_block(L, sep);
    str_append(L, acc, const_cstr(L, ", "));
    jump(L, item);
    set_block(L, item);
    IrTemp *gargs[2] = {list, lp.i};
    IrTemp *x = call_rt(L, list_fn(L, "get", lt), et, true, false, 2, gargs).t;
    text(L, acc, x);
    release_pending(L);
    counted_loop_end(L, &lp);
    L->pending_floor = floor;
    str_append(L, acc, const_cstr(L, close));
    Val r = {acc, true};
    ptrvec_push(L->arena, &L->pending, acc);
    return r;
}

static void elem_repr_text(Lower *L, IrTemp *acc, IrTemp *x) {
    str_append(L, acc, to_str(L, x, true).t);
}

Val instance_list_repr(Lower *L, IrTemp *list) {
    return joined_repr(L, list, "[", "]", elem_repr_text);
}

bool instance_dict_type(Type *t) {
    t = type_resolve(t);
    if (t->kind != TY_DICT) return false;
    return class_data_of_type(t->args[0]) || class_data_of_type(t->args[1]);
}

static void item_repr_text(Lower *L, IrTemp *acc, IrTemp *kv) {
    str_append(L, acc, to_str(L, tuple_field(L, kv, 0), true).t);
    str_append(L, acc, const_cstr(L, ": "));
    str_append(L, acc, to_str(L, tuple_field(L, kv, 1), true).t);
}

/* repr() of a dict holding instances: "{" + ", ".join(f"{k!r}: {v!r}") + "}",
 * over a snapshot of its items. */
Val instance_dict_repr(Lower *L, IrTemp *d) {
    Type *dt = type_resolve(d->type);
    Type *pair[2] = {dt->args[0], dt->args[1]};
    Type *lt = type_list(L->tt, type_tuple(L->tt, pair, 2));
    IrTemp *items = call_rt(L, "krt_dict_$_items", lt, true, true, 1, &d).t;
    return joined_repr(L, items, "{", "}", item_repr_text);
}
