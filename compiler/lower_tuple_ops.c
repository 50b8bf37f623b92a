/* lower_tuple_ops.c — tuple operations (infer_tuple_ops.c) as IR.
 *
 * A fixed-shape tuple is a C struct, so `t1 + t2`, `t * 3`, `tuple(t)` and
 * its repr build the result field by field from the operands' fields, and
 * `count`/`index` are a chain of comparisons: a handful of member copies
 * and no runtime call.  A tuple[T, ...] (`tuple(a_list)`) is a list
 * underneath: made by the list code, printed through the list's repr
 * (runtime/tuple_ops.c respells it), its IndexError and index() ValueError
 * checked first so the messages name a tuple.  str.partition() is here
 * too: it makes a 3-tuple of strs, one runtime call per part.
 */
#include "lower_internal.h"

/* tuple(x) of a sequence of run-time length: a new list, tagged tuple[T, ...]
 * (a tuple[T, ...] itself is immutable: it is its own tuple()). */
static Val seq_tuple_of(Lower *L, IrTemp *arg, Type *t) {
    Type *from = type_resolve(arg->type);
    Val v = {arg, false};
    if (type_is_seq_tuple(from)) return v;
    Type *lt = type_list(L->tt, type_resolve(t)->args[0]);
    Val items = as_list(L, arg, type_resolve(t)->args[0]);
    if (!items.owned) { /* a list: copied, as it may change later */
        IrTemp *sargs[5] = {items.t, const_int(L, 0), const_int(L, 0), const_int(L, 1), const_int(L, 0)};
        items = call_rt(L, "krt_list_slice_v", lt, true, true, 5, sargs);
    }
    IrTemp *moved = take(L, items);
    v.t = temp(L, t);
    v.owned = true;
    emit(L, IR_MOVE, v.t, 1, &moved);
    ptrvec_push(L->arena, &L->pending, v.t);
    owning(L, v.t);
    return v;
}

/* The repr of a tuple[T, ...]: its list's, spelled as a tuple. */
Val seq_tuple_repr(Lower *L, IrTemp *v) {
    Type *lt = type_list(L->tt, type_resolve(v->type)->args[0]);
    IrTemp *as_plain = temp(L, lt);
    emit(L, IR_MOVE, as_plain, 1, &v);
    Val r = call_rt(L, list_fn(L, "repr", lt), type_str(L->tt), true, true, 1, &as_plain);
    IrTemp *n = call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, &as_plain).t;
    IrTemp *a[2] = {take(L, r), n};
    return call_rt(L, "krt_tuple_repr_of_list", type_str(L->tt), true, true, 2, a);
}

/* tuple(), tuple(t) of a tuple (a copy of its fields, re-tagged), tuple(x)
 * of anything else iterable (tuple[T, ...]). */
Val lower_tuple_builtin(Lower *L, Node *call, IrTemp *arg) {
    Type *t = ty_of(L, call);
    Val v = {NULL, false};
    if (type_is_seq_tuple(t)) return seq_tuple_of(L, arg, t);
    if (!arg) {
        v.t = temp(L, t);
        emit(L, IR_TUPLE_MAKE, v.t, 0, NULL);
        return v;
    }
    IrTemp *same = coerce(L, arg, t);
    v.t = same;
    return v;
}

/* t1 + t2, t * n, n * t: the fields of the result, each a new reference. */
Val lower_tuple_binop(Lower *L, Node *n, Val a, Val b) {
    Type *rt = ty_of(L, n);
    int total = type_resolve(rt)->nargs;
    IrTemp **f = arena_alloc(L->arena, (size_t)(total + 1) * sizeof *f);
    if (n->u.BinOp.op == BINOP_Add) {
        int na = type_resolve(a.t->type)->nargs;
        for (int i = 0; i < total; i++) {
            Val field = {i < na ? tuple_field(L, a.t, i) : tuple_field(L, b.t, i - na), false};
            f[i] = take(L, field);
        }
    } else {
        IrTemp *t = type_resolve(a.t->type)->kind == TY_TUPLE ? a.t : b.t;
        int nf = type_resolve(t->type)->nargs;
        for (int i = 0; i < total; i++) {
            Val field = {tuple_field(L, t, i % nf), false};
            f[i] = take(L, field);
        }
    }
    return tuple_make(L, rt, total, f);
}

/* t.count(x): the number of equal fields; t.index(x): the first equal
 * field's position, else ValueError. */
Val lower_tuple_method(Lower *L, Node *call, IrTemp *t, const char *name) {
    IrTemp *x = lower_value(L, call->u.Call.args.items[0]);
    int n = type_resolve(t->type)->nargs;
    Val v = {temp(L, type_int(L->tt)), false};
    if (!strcmp(name, "count")) {
        IrTemp *zero = const_int(L, 0);
        emit(L, IR_MOVE, v.t, 1, &zero);
        for (int i = 0; i < n; i++) {
            IrTemp *eq = compare_one(L, CMPOP_Eq, x, tuple_field(L, t, i));
            IrBlock *yes = block(L), *next = block(L);
            ir_branch(L->cur, eq, yes, next);
            set_block(L, yes);
            add_unchecked(L, v.t, v.t, const_int(L, 1)); /* at most the number of fields */
            jump(L, next);
            set_block(L, next);
        }
        return v;
    }
    IrBlock *done = block(L);
    for (int i = 0; i < n; i++) {
        IrTemp *eq = compare_one(L, CMPOP_Eq, x, tuple_field(L, t, i));
        IrBlock *yes = block(L), *next = block(L);
        ir_branch(L->cur, eq, yes, next);
        set_block(L, yes);
        IrTemp *at = const_int(L, i);
        emit(L, IR_MOVE, v.t, 1, &at);
        jump(L, done);
        set_block(L, next);
    }
    IrTemp *eargs[2] = {const_int(L, KRT_T_VALUE_ERROR), const_cstr(L, "tuple.index(x): x not in tuple")};
    call_rt_void(L, "krt_raise_new", true, 2, eargs);
    jump_to_handler(L);
    set_block(L, done);
    return v;
}

/* s.partition(sep) / s.rpartition(sep): the three parts, one runtime call each. */
Val lower_str_partition(Lower *L, Node *call, IrTemp *s, const char *name) {
    IrTemp *sep = lower_value(L, call->u.Call.args.items[0]);
    IrTemp *right = const_bool(L, name[0] == 'r');
    Type *t = ty_of(L, call);
    IrTemp *parts[3];
    for (int i = 0; i < 3; i++) {
        IrTemp *a[4] = {s, sep, right, const_int(L, i)};
        Val part = call_rt(L, "krt_str_partition_part", type_str(L->tt), true, true, 4, a);
        parts[i] = take(L, part);
    }
    return tuple_make(L, t, 3, parts);
}

/* repr(t) of a fixed-shape tuple: "(" + ", ".join(repr(f) ...) + ("," for
 * one item) + ")"; a named tuple's "P(x=" ... ")". */
Val tuple_repr(Lower *L, IrTemp *v) {
    Type *t = type_resolve(v->type);
    const char **names = t->cls ? t->cls->fields : NULL;
    Val acc = {const_cstr(L, !names ? "(" : t->nargs ? arena_printf(L->arena, "%s(%s=", t->cls->name, names[0])
                                                     : arena_printf(L->arena, "%s()", t->cls->name)), false};
    for (int i = 0; i < t->nargs; i++) {
        Val piece = to_str(L, tuple_field(L, v, i), true);
        IrTemp *args[2] = {acc.t, piece.t};
        acc = call_rt(L, "krt_str_concat", type_str(L->tt), true, true, 2, args);
        const char *sep = i + 1 < t->nargs ? (names ? arena_printf(L->arena, ", %s=", names[i + 1]) : ", ")
                        : t->nargs == 1 && !names ? ",)" : ")";
        IrTemp *args2[2] = {acc.t, const_cstr(L, sep)};
        acc = call_rt(L, "krt_str_concat", type_str(L->tt), true, true, 2, args2);
    }
    if (t->nargs == 0 && !names) acc.t = const_cstr(L, "()");
    return acc;
}
