/* lower_enum.c — enum members in the IR (see infer_enum.c).
 *
 * A member is its value, so almost everything is int code already.  What
 * needs the names is done with a chain of comparisons over the members
 * (enums are small): `.name`, str() of an Enum member ("Mode.OFF"), repr()
 * of any member ("<Mode.OFF: 0>"), Mode(value) (ValueError when no member
 * has it) and Mode["NAME"] (KeyError).  The class used as a value is a new
 * list of its members.
 */
#include "lower_internal.h"

/* The string picked[i] for the member whose value v holds (the one after
 * the last member otherwise: NULL raises ValueError "v is not a valid E"). */
static Val pick_by_value(Lower *L, EnumData *ed, IrTemp *v, const char **picked) {
    IrTemp *res = temp(L, type_str(L->tt));
    IrBlock *done = block(L);
    for (int i = 0; i < ed->n; i++) {
        IrTemp *hit = temp(L, type_bool(L->tt));
        IrTemp *args[2] = {v, const_int(L, ed->values[i])};
        emit(L, IR_COMPARE, hit, 2, args)->imm.cmp = CMP_EQ;
        IrBlock *yes = block(L), *no = block(L);
        ir_branch(L->cur, hit, yes, no);
        set_block(L, yes);
        IrTemp *s = const_cstr(L, picked[i]);
        emit(L, IR_MOVE, res, 1, &s);
        jump(L, done);
        set_block(L, no);
    }
    if (picked[ed->n]) {
        IrTemp *s = const_cstr(L, picked[ed->n]);
        emit(L, IR_MOVE, res, 1, &s);
        jump(L, done);
    } else {
        IrTemp *iv = temp(L, type_int(L->tt));
        emit(L, IR_MOVE, iv, 1, &v);
        Val text = to_str(L, iv, false);
        IrTemp *cargs[2] = {text.t, const_cstr(L, arena_printf(L->arena, " is not a valid %s", ed->info->name))};
        Val msg = call_rt(L, "krt_str_concat", type_str(L->tt), true, true, 2, cargs);
        IrTemp *eargs[2] = {const_int(L, KRT_T_VALUE_ERROR), msg.t};
        call_rt_void(L, "krt_raise_new", true, 2, eargs);
        jump_to_handler(L);
    }
    set_block(L, done);
    Val r = {res, false}; /* constants: nothing to release */
    return r;
}

Val enum_to_str(Lower *L, EnumData *ed, IrTemp *v, bool repr) {
    const char **texts = arena_alloc(L->arena, (size_t)(ed->n + 1) * sizeof *texts);
    for (int i = 0; i < ed->n; i++)
        texts[i] = repr ? arena_printf(L->arena, "<%s.%s: %lld>", ed->info->name, ed->names[i], ed->values[i])
                        : arena_printf(L->arena, "%s.%s", ed->info->name, ed->names[i]);
    texts[ed->n] = "?"; /* never: a member always holds one of the values */
    return pick_by_value(L, ed, v, texts);
}

/* A constant member, typed as its enum. */
static IrTemp *member(Lower *L, EnumData *ed, int i) {
    IrTemp *m = temp(L, ed->type);
    IrTemp *c = const_int(L, ed->values[i]);
    emit(L, IR_MOVE, m, 1, &c);
    return m;
}

int enum_member_index(const EnumData *ed, const char *name);

Val lower_enum_attribute(Lower *L, Node *n, bool *done) {
    Val v = {NULL, false};
    *done = false;
    EnumData *ed = check_enum_named(L->c, L->mod, n->u.Attribute.value);
    if (ed) {
        *done = true;
        v.t = member(L, ed, enum_member_index(ed, n->u.Attribute.attr));
        return v;
    }
    ed = check_enum_of_type(ty_of(L, n->u.Attribute.value));
    if (!ed) return v;
    *done = true;
    IrTemp *m = lower_value(L, n->u.Attribute.value);
    if (!strcmp(n->u.Attribute.attr, "value")) {
        v.t = temp(L, type_int(L->tt));
        emit(L, IR_MOVE, v.t, 1, &m);
        return v;
    }
    const char **names = arena_alloc(L->arena, (size_t)(ed->n + 1) * sizeof *names);
    for (int i = 0; i < ed->n; i++) names[i] = ed->names[i];
    names[ed->n] = "?";
    return pick_by_value(L, ed, m, names);
}

Val lower_enum_lookup(Lower *L, Node *n, bool *done) {
    Val v = {NULL, false};
    Node *cls = n->kind == NODE_Call ? n->u.Call.func : n->u.Subscript.value;
    EnumData *ed = check_enum_named(L->c, L->mod, cls);
    *done = ed != NULL;
    if (!ed) return v;
    IrTemp *res = temp(L, ed->type);
    IrBlock *found = block(L);
    if (n->kind == NODE_Call) { /* Mode(value): the member with that value */
        IrTemp *x = lower_value(L, n->u.Call.args.items[0]);
        const char **none = arena_alloc(L->arena, (size_t)(ed->n + 1) * sizeof *none);
        for (int i = 0; i < ed->n; i++) none[i] = "";
        none[ed->n] = NULL;
        pick_by_value(L, ed, x, none); /* raises ValueError when no member has it */
        emit(L, IR_MOVE, res, 1, &x);
        jump(L, found);
    } else { /* Mode["NAME"] */
        IrTemp *s = lower_value(L, n->u.Subscript.slice);
        for (int i = 0; i < ed->n; i++) {
            IrTemp *args[2] = {s, const_cstr(L, ed->names[i])};
            IrTemp *hit = call_rt(L, "krt_str_eq", type_bool(L->tt), false, false, 2, args).t;
            IrBlock *yes = block(L), *no = block(L);
            ir_branch(L->cur, hit, yes, no);
            set_block(L, yes);
            IrTemp *m = member(L, ed, i);
            emit(L, IR_MOVE, res, 1, &m);
            jump(L, found);
            set_block(L, no);
        }
        Val key = call_rt(L, "krt_str_repr", type_str(L->tt), true, true, 1, &s);
        IrTemp *eargs[2] = {const_int(L, KRT_T_KEY_ERROR), key.t};
        call_rt_void(L, "krt_raise_new", true, 2, eargs);
        jump_to_handler(L);
    }
    set_block(L, found);
    v.t = res;
    return v;
}

Val lower_enum_as_value(Lower *L, Node *n) {
    Type *t = ty_of(L, n);
    EnumData *ed = check_enum_of_type(type_resolve(t)->args[0]);
    IrTemp *cap = const_int(L, ed->n);
    Val list = call_rt(L, list_fn(L, "new", t), t, true, true, 1, &cap);
    for (int i = 0; i < ed->n; i++) {
        IrTemp *a[2] = {list.t, member(L, ed, i)};
        call_rt_void(L, list_fn(L, "append", t), true, 2, a);
    }
    return list;
}
