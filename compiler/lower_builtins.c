/* lower_builtins.c — calls of built-in functions and of the methods of
 * built-in types (str, list, dict, set, bytes) to IR: most map onto one
 * runtime function (krt_*); sorted/min/max with key=, enumerate, zip and
 * any/all build their loops here.
 */
#include "lower_internal.h"
#include "lifetime.h"

/* Is a value of static type t an instance of built-in class c?  1 yes, 0
 * no, -1 decided at run time (exceptions). */
int static_isinstance(Type *t, const Builtin *c) {
    t = type_resolve(t);
    Type *inner = t->kind == TY_OPTIONAL ? type_resolve(t->args[0]) : t; /* None is an instance of nothing */
    if (c->kind == BUILTIN_EXCEPTION) return inner->kind == TY_CLASS ? -1 : 0;
    switch (c->id) {
    case B_INT: return t->kind == TY_INT || t->kind == TY_BOOL; /* bool is a subclass of int */
    case B_FLOAT: return t->kind == TY_FLOAT;
    case B_STR: return t->kind == TY_STR;
    case B_BOOL: return t->kind == TY_BOOL;
    case B_LIST: return t->kind == TY_LIST;
    case B_RANGE: return t->kind == TY_RANGE;
    default: return 0;
    }
}

Val lower_isinstance(Lower *L, Node *call) {
    IrTemp *x = lower_value(L, call->u.Call.args.items[0]);
    Node *cls = call->u.Call.args.items[1];
    Node **names = cls->kind == NODE_Tuple ? (Node **)cls->u.Tuple.elts.items : &call->u.Call.args.items[1];
    int count = cls->kind == NODE_Tuple ? cls->u.Tuple.elts.len : 1;
    IrTemp *res = temp(L, type_bool(L->tt));
    emit(L, IR_MOVE, res, 1, (IrTemp *[]){const_bool(L, false)});
    IrBlock *done = block(L);
    for (int i = 0; i < count; i++) {
        bool user = check_exception_class(L->c, L->mod, names[i]) || check_exception_data(L->c, L->mod, names[i]);
        Symbol *cs = sema_symbol_of(L->mod, names[i]);
        while (cs && cs->kind == SYM_IMPORTED && cs->target) cs = cs->target;
        ClassData *plain = cs && cs->kind == SYM_CLASS && !user ? check_class_of_def(L->c, cs->decl) : NULL;
        const Builtin *c = user || plain ? NULL : cs->builtin;
        int known;
        if (plain) { /* x's static class derives from the class: yes; the class derives from it: ask */
            ClassData *st = class_data_of_type(x->type);
            known = st && class_derives(st, plain) ? 1 : st && class_derives(plain, st) ? -1 : 0;
            if (known == 1 && type_resolve(x->type)->kind == TY_OPTIONAL) known = -1; /* None is not */
        } else {
            Type *xt = type_resolve(x->type);
            if (xt->kind == TY_OPTIONAL) xt = type_resolve(xt->args[0]);
            known = user ? (xt->kind == TY_CLASS ? -1 : 0) : static_isinstance(x->type, c);
        }
        IrTemp *hit;
        if (known >= 0) {
            hit = const_bool(L, known == 1);
        } else {
            IrTemp *cargs[2] = {x, const_int(L, plain ? class_id(L, plain) : class_type_id(L, names[i]))};
            hit = call_rt(L, "krt_isinstance", type_bool(L->tt), false, false, 2, cargs).t;
        }
        emit(L, IR_MOVE, res, 1, &hit);
        IrBlock *next = block(L);
        ir_branch(L->cur, hit, done, next);
        set_block(L, next);
    }
    jump(L, done);
    set_block(L, done);
    Val v = {res, false};
    return v;
}

Node *keyword_node(Node *call, const char *name) {
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *kw = call->u.Call.keywords.items[k];
        if (kw->u.keyword.arg && !strcmp(kw->u.keyword.arg, name)) return kw->u.keyword.value;
    }
    return NULL;
}

/* The reverse= argument of a sort (false when absent). */
IrTemp *sort_reverse(Lower *L, Node *call) {
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *kw = call->u.Call.keywords.items[k];
        if (kw->u.keyword.arg && !strcmp(kw->u.keyword.arg, "reverse")) return truth(L, lower_value(L, kw->u.keyword.value));
    }
    return const_bool(L, false);
}

/* key(item) for a key= argument: an inlined lambda (its parameter is a
 * variable of this function), a program function, len or abs. */
IrTemp *key_value(Lower *L, Node *key, IrTemp *item) {
    if (key->kind == NODE_Lambda) {
        Node *a = key->u.Lambda.args;
        Node *param = a->u.arguments.args.len ? a->u.arguments.args.items[0] : a->u.arguments.posonlyargs.items[0];
        Scope *ls = sema_scope_of(L->mod, key);
        Symbol *p = ptrmap_get(&ls->by_name, sema_intern(L->c->prog, param->u.arg.arg));
        Val v = {item, false};
        write_var(L, p, v);
        return lower_value(L, key->u.Lambda.body);
    }
    FuncSpec *called = ptrmap_get(&L->spec->dunders, key);
    if (called && called->self_class) { /* an instance with __call__, called with each item */
        IrTemp *args[2] = {lower_value(L, key), item};
        return call_spec(L, called, 2, args);
    }
    FuncSpec *callee = key->kind == NODE_Attribute ? NULL : ptrmap_get(&L->spec->callees, key); /* (obj.m: a value) */
    if (callee) {
        DefSig sig;
        def_signature(L->arena, callee->def, &sig);
        IrTemp **args = arena_alloc(L->arena, (size_t)(sig.n + 1) * sizeof *args);
        args[0] = coerce(L, item, callee->param_types[0]);
        for (int i = 1; i < sig.n; i++) args[i] = coerce(L, lower_value(L, sig.defaults[i]), callee->param_types[i]);
        Type *ret = callee->ret;
        IrTemp *dst = temp(L, ret);
        IrInstr *in = emit(L, IR_CALL, dst, sig.n, args);
        in->callee = ptrmap_get(&L->funcs, callee);
        may_raise(L, in);
        if (is_ref(ret)) {
            ptrvec_push(L->arena, &L->pending, dst);
            owning(L, dst);
        }
        return dst;
    }
    IrTemp *kv = closure_key_value(L, key, item); /* str, str.lower, a function value */
    if (kv) return kv;
    Symbol *sym = sema_symbol_of(L->mod, key);
    Type *t = type_resolve(item->type);
    if (sym->builtin->id == B_ABS) {
        if (t->kind == TY_FLOAT) return call_rt(L, "fabs", t, false, false, 1, &item).t;
        return call_rt(L, "krt_int_abs_value", type_int(L->tt), true, false, 1, (IrTemp *[]){convert(L, item, type_int(L->tt))}).t;
    }
    switch (t->kind) { /* len */
    case TY_STR: return call_rt(L, "krt_str_len", type_int(L->tt), false, false, 1, &item).t;
    case TY_LIST: return call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, &item).t;
    case TY_DICT: return call_rt(L, "krt_dict_len", type_int(L->tt), false, false, 1, &item).t;
    default: return const_int(L, t->nargs);
    }
}

/* Sorts list l in place (stable; reverse keeps equal items in order); with
 * a key, the keys are computed first, once per item, as CPython does. */
void sort_list(Lower *L, IrTemp *l, IrTemp *reverse, Node *key) {
    if (!key) {
        IrTemp *args[2] = {l, reverse};
        ClassData *cd = class_data_of_type(type_resolve(l->type)->args[0]);
        const char *fn = cd && cd->sorted ? arena_printf(L->arena, "%s__sort", cd->info->c_name) : "krt_list_sort";
        call_rt(L, fn, type_bool(L->tt), true, false, 2, args); /* instances: by their class's order */
        return;
    }
    Type *lt = type_resolve(l->type);
    IrTemp *len = call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, &l).t;
    /* the key type: what key() gives for an item (infer.c recorded it on the lambda body / call) */
    Type *kt = key->kind == NODE_Lambda ? ty_of(L, key->u.Lambda.body) : closure_key_type(L, key);
    if (!kt) {
        FuncSpec *callee = ptrmap_get(&L->spec->callees, key);
        kt = callee ? callee->ret : type_int(L->tt);
        if (!callee && type_resolve(lt->args[0])->kind == TY_FLOAT) kt = type_float(L->tt); /* abs of floats */
    }
    Type *klt = type_list(L->tt, kt);
    Val keys = call_rt(L, list_fn(L, "new", klt), klt, true, true, 1, &len);
    int saved_floor = L->pending_floor;
    L->pending_floor = L->pending.len;
    CountedLoop lp = counted_loop_begin(L, const_int(L, 0), len);
    IrTemp *item = call_rt(L, list_fn(L, "get", lt), lt->args[0], true, false, 2, (IrTemp *[]){l, lp.i}).t;
    IrTemp *k = key_value(L, key, item);
    call_rt_void(L, list_fn(L, "append", klt), true, 2, (IrTemp *[]){keys.t, coerce(L, k, kt)});
    release_pending(L);
    counted_loop_end(L, &lp);
    L->pending_floor = saved_floor;
    call_rt(L, "krt_list_sort_by", type_bool(L->tt), true, false, 3, (IrTemp *[]){l, keys.t, reverse});
}

/* sorted(items): a new list (a copy when items is a list), sorted. */
Val lower_sorted(Lower *L, Node *call) {
    Type *lt = ty_of(L, call);
    IrTemp *items = lower_value(L, call->u.Call.args.items[0]);
    Val copy = as_list(L, items, type_resolve(lt)->args[0]);
    if (!copy.owned) {
        IrTemp *sargs[5] = {copy.t, const_int(L, 0), const_int(L, 0), const_int(L, 1), const_int(L, 0)};
        copy = call_rt(L, "krt_list_slice_v", lt, true, true, 5, sargs);
    }
    sort_list(L, copy.t, sort_reverse(L, call), keyword_node(call, "key"));
    return copy;
}

/* The length of the shortest of n lists (zip, map over several). */
IrTemp *shortest_length(Lower *L, IrTemp **lists, int n) {
    IrTemp *count = temp(L, type_int(L->tt));
    IrTemp *len0 = call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, &lists[0]).t;
    emit(L, IR_MOVE, count, 1, &len0);
    for (int i = 1; i < n; i++) {
        IrTemp *li = call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, &lists[i]).t;
        IrTemp *shorter = temp(L, type_bool(L->tt));
        emit(L, IR_COMPARE, shorter, 2, (IrTemp *[]){li, count})->imm.cmp = CMP_LT;
        IrBlock *take_it = block(L), *next = block(L);
        ir_branch(L->cur, shorter, take_it, next);
        set_block(L, take_it);
        emit(L, IR_MOVE, count, 1, &li);
        jump(L, next);
        set_block(L, next);
    }
    return count;
}


/* enumerate / zip / reversed: the list of what they yield. */
Val lower_iter_builtin(Lower *L, Node *call, const Builtin *b) {
    Type *lt = ty_of(L, call), *et = type_resolve(lt)->args[0];
    NodeList args = call->u.Call.args;
    IrTemp *lists[8];
    int n = args.len;
    if (n > 8) n = 8;
    IrTemp *start = NULL;
    for (int i = 0; i < args.len && i < 8; i++) {
        IrTemp *v = lower_value(L, args.items[i]);
        if (b->id == B_ENUMERATE && i == 1) {
            start = convert(L, v, type_int(L->tt));
            n = 1;
            continue;
        }
        lists[i] = as_list(L, v, elem_of(L, v->type)).t;
    }
    IrTemp *strict = NULL;
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *kw = call->u.Call.keywords.items[k];
        if (!strcmp(kw->u.keyword.arg, "strict")) strict = lower_value(L, kw->u.keyword.value);
        else start = convert(L, lower_value(L, kw->u.keyword.value), type_int(L->tt));
    }
    if (n == 0) return call_rt(L, list_fn(L, "new", lt), lt, true, true, 1, (IrTemp *[]){const_int(L, 0)}); /* zip() */
    if (strict && n > 1) { /* zip(..., strict=True): ValueError unless the lengths agree */
        Type *ilt = type_list(L->tt, type_int(L->tt));
        IrTemp *lens = call_rt(L, "krt_list_new_int", ilt, true, true, 1, (IrTemp *[]){const_int(L, n)}).t;
        for (int i = 0; i < n; i++) {
            IrTemp *li = call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, &lists[i]).t;
            call_rt_void(L, "krt_list_append_int", true, 2, (IrTemp *[]){lens, li});
        }
        call_rt(L, "krt_zip_strict_check", type_bool(L->tt), true, false, 2, (IrTemp *[]){lens, strict});
    }
    if (b->id == B_REVERSED) {
        IrTemp *sargs[5] = {lists[0], const_int(L, 0), const_int(L, 0), const_int(L, -1), const_int(L, 4)};
        return call_rt(L, "krt_list_slice_v", lt, true, true, 5, sargs);
    }
    /* the shortest length, then one tuple per index */
    IrTemp *count = shortest_length(L, lists, n);
    Val out = call_rt(L, list_fn(L, "new", lt), lt, true, true, 1, &count);
    CountedLoop lp = counted_loop_begin(L, const_int(L, 0), count);
    IrTemp *i = lp.i;
    IrTemp *fields[9];
    int nf = 0;
    if (b->id == B_ENUMERATE) {
        IrTemp *k = temp(L, type_int(L->tt));
        if (start) {
            IrInstr *add = emit(L, IR_BINOP, k, 2, (IrTemp *[]){i, start});
            add->imm.binop = BIN_ADD;
            may_raise(L, add);
        } else {
            emit(L, IR_MOVE, k, 1, &i);
        }
        fields[nf++] = k;
    }
    for (int l = 0; l < n; l++) {
        IrTemp *gargs[2] = {lists[l], i};
        fields[nf++] = call_rt(L, list_fn(L, "get", lists[l]->type), type_resolve(lists[l]->type)->args[0], true, false,
                               2, gargs).t;
    }
    IrTemp *tup = temp(L, et);
    emit(L, IR_TUPLE_MAKE, tup, nf, fields);
    call_rt_void(L, list_fn(L, "append", lt), true, 2, (IrTemp *[]){out.t, tup});
    counted_loop_end(L, &lp);
    return out;
}

/* min()/max() with key= or default=: a loop keeping the best item and its key. */
Val lower_min_max_keyed(Lower *L, Node *call, bool is_max) {
    Type *rtype = ty_of(L, call);
    NodeList args = call->u.Call.args;
    Node *key = keyword_node(call, "key"), *dflt = keyword_node(call, "default");
    IrTemp *items;
    if (args.len == 1) {
        items = as_list(L, lower_value(L, args.items[0]), rtype).t;
    } else {
        Type *lt = type_list(L->tt, rtype);
        items = call_rt(L, list_fn(L, "new", lt), lt, true, true, 1, (IrTemp *[]){const_int(L, args.len)}).t;
        for (int i = 0; i < args.len; i++)
            call_rt_void(L, list_fn(L, "append", lt), true, 2, (IrTemp *[]){items, coerce(L, lower_value(L, args.items[i]), rtype)});
    }
    Type *lt = type_resolve(items->type);
    IrTemp *len = call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, &items).t;
    IrTemp *best = temp(L, rtype);
    IrTemp *empty = temp(L, type_bool(L->tt));
    emit(L, IR_COMPARE, empty, 2, (IrTemp *[]){len, const_int(L, 0)})->imm.cmp = CMP_EQ;
    IrBlock *none = block(L), *some = block(L), *done = block(L);
    ir_branch(L->cur, empty, none, some);
    set_block(L, none);
    if (dflt) {
        IrTemp *d = coerce(L, lower_value(L, dflt), rtype);
        emit(L, IR_MOVE, best, 1, &d);
        jump(L, done);
    } else {
        IrTemp *eargs[2] = {const_int(L, KRT_T_VALUE_ERROR),
                            const_cstr(L, is_max ? "max() arg is an empty sequence" : "min() arg is an empty sequence")};
        call_rt_void(L, "krt_raise_new", true, 2, eargs);
        jump_to_handler(L);
    }
    set_block(L, some);
    IrTemp *first = call_rt(L, list_fn(L, "get", lt), rtype, true, false, 2, (IrTemp *[]){items, const_int(L, 0)}).t;
    emit(L, IR_MOVE, best, 1, &first);
    int saved_floor = L->pending_floor;
    L->pending_floor = L->pending.len;
    IrTemp *kbest = NULL;
    if (key) {
        IrTemp *k0 = key_value(L, key, first);
        kbest = temp(L, k0->type);
        /* a key holding references is kept alive past its statement */
        IrTemp *kept = is_ref(k0->type) ? take(L, (Val){k0, false}) : k0;
        emit(L, IR_MOVE, kbest, 1, &kept);
        if (is_ref(k0->type)) owning(L, kbest);
    }
    release_pending(L);
    CountedLoop lp = counted_loop_begin(L, const_int(L, 1), len);
    IrBlock *better = block(L), *next = block(L);
    IrTemp *item = call_rt(L, list_fn(L, "get", lt), rtype, true, false, 2, (IrTemp *[]){items, lp.i}).t;
    IrTemp *k = key ? key_value(L, key, item) : item;
    IrTemp *wins = compare_one(L, is_max ? CMPOP_Gt : CMPOP_Lt, k, key ? kbest : best);
    ir_branch(L->cur, wins, better, next);
    set_block(L, better);
    emit(L, IR_MOVE, best, 1, &item);
    if (key) {
        if (is_ref(k->type)) {
            emit(L, IR_DECREF, NULL, 1, &kbest);
            emit(L, IR_INCREF, NULL, 1, &k);
        }
        emit(L, IR_MOVE, kbest, 1, &k);
    }
    jump(L, next);
    set_block(L, next);
    release_pending(L);
    counted_loop_end(L, &lp);
    if (kbest && is_ref(kbest->type)) {
        emit(L, IR_DECREF, NULL, 1, &kbest);
        emit(L, IR_CLEAR, kbest, 0, NULL);
    }
    L->pending_floor = saved_floor;
    jump(L, done);
    set_block(L, done);
    Val v = {best, false}; /* borrowed from items (kept until the statement ends) */
    return v;
}

Val lower_builtin_call(Lower *L, Node *call, const Builtin *b) {
    if (b->id == B_ISINSTANCE) return lower_isinstance(L, call);
    if (ptrmap_get(&L->spec->dunders, call)) { /* len(obj) / abs(obj): __len__ / __abs__ */
        IrTemp *obj = lower_value(L, call->u.Call.args.items[0]);
        IrTemp *r = call_spec(L, ptrmap_get(&L->spec->dunders, call), 1, &obj);
        Val rv = {r, r && is_ref(r->type)};
        return rv;
    }
    if ((b->id == B_MIN || b->id == B_MAX) && call->u.Call.keywords.len) return lower_min_max_keyed(L, call, b->id == B_MAX);
    if (b->id == B_ENUMERATE || b->id == B_ZIP || b->id == B_REVERSED) return lower_iter_builtin(L, call, b);
    if (b->id == B_MAP || b->id == B_FILTER) return closure_lower_map_filter(L, call, b->id == B_MAP);
    if (b->id == B_ANY || b->id == B_ALL) return lower_any_all(L, call, b->id == B_ANY);
    if (b->id == B_SORTED) return lower_sorted(L, call);
    if (b->id == B_HASH) return lower_hash_call(L, call);
    if (b->id == B_ITER || b->id == B_NEXT) return lower_iter_next(L, call, b);
    NodeList args = call->u.Call.args;
    Type *rtype = ty_of(L, call);
    Val none = {NULL, false};
    if (b->id == B_PRINT) return lower_print(L, call);
    IrTemp *a[3] = {NULL, NULL, NULL};
    if (b->id != B_MIN && b->id != B_MAX)
        for (int i = 0; i < args.len && i < 3; i++) a[i] = lower_value(L, args.items[i]);
    Type *t0 = a[0] ? type_resolve(a[0]->type) : NULL;
    Val v = none;
    switch (b->id) {
    case B_LEN:
        if (lower_exc_len(L, a[0], &v)) return v; /* len(e.args) */
        if (t0->kind == TY_TUPLE) {
            v.t = const_int(L, t0->nargs);
            return v;
        }
        if (t0->kind == TY_LIST) return call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, a);
        if (t0->kind == TY_RANGE) return call_rt(L, "krt_range_length", type_int(L->tt), true, false, 1, a);
        if (t0->kind == TY_DICT) return call_rt(L, "krt_dict_len", type_int(L->tt), false, false, 1, a);
        if (t0->kind == TY_SET || t0->kind == TY_FROZENSET)
            return call_rt(L, "krt_set_len", type_int(L->tt), false, false, 1, a);
        if (t0->kind == TY_BYTES) return call_rt(L, "krt_bytes_len", type_int(L->tt), false, false, 1, a);
        if (t0->kind == TY_BYTEARRAY) return call_rt(L, "krt_bytearray_len", type_int(L->tt), false, false, 1, a);
        return call_rt(L, "krt_str_len", type_int(L->tt), false, false, 1, a);
    case B_RANGE: {
        IrTemp *r[3];
        if (args.len == 1) {
            r[0] = const_int(L, 0);
            r[1] = convert(L, a[0], type_int(L->tt));
            r[2] = const_int(L, 1);
        } else {
            r[0] = convert(L, a[0], type_int(L->tt));
            r[1] = convert(L, a[1], type_int(L->tt));
            r[2] = a[2] ? convert(L, a[2], type_int(L->tt)) : const_int(L, 1);
        }
        return call_rt(L, "krt_range_new", type_range(L->tt), true, false, 3, r);
    }
    case B_BYTES:
    case B_BYTEARRAY: {
        bool to_bytes = b->id == B_BYTES;
        if (!a[0]) {
            IrTemp *zero = const_int(L, 0);
            return call_rt(L, to_bytes ? "krt_bytes_zeros" : "krt_bytearray_zeros", rtype, true, true, 1, &zero);
        }
        switch (t0->kind) {
        case TY_INT:
        case TY_BOOL:
            a[0] = convert(L, a[0], type_int(L->tt));
            return call_rt(L, to_bytes ? "krt_bytes_zeros" : "krt_bytearray_zeros", rtype, true, true, 1, a);
        case TY_LIST:
            return call_rt(L, to_bytes ? "krt_bytes_from_list" : "krt_bytearray_from_list", rtype, true, true, 1, a);
        case TY_RANGE:
        case TY_TUPLE: {
            IrTemp *items = as_list(L, a[0], type_int(L->tt)).t;
            return call_rt(L, to_bytes ? "krt_bytes_from_list" : "krt_bytearray_from_list", rtype, true, true, 1, &items);
        }
        case TY_BYTES:
            if (to_bytes) {
                Val same = {a[0], false};
                return same;
            }
            return call_rt(L, "krt_bytearray_from_bytes", rtype, true, true, 1, a);
        default: /* a bytearray */
            if (to_bytes) return call_rt(L, "krt_bytearray_to_bytes", rtype, true, true, 1, a);
            return call_rt(L, "krt_bytearray_slice_v", rtype, true, true, 5,
                           (IrTemp *[]){a[0], const_int(L, 0), const_int(L, 0), const_int(L, 1), const_int(L, 0)});
        }
    }
    case B_SET:
    case B_FROZENSET: {
        if (!a[0]) return call_rt(L, "krt_set_$_new", rtype, true, true, 0, NULL);
        IrTemp *items = as_list(L, a[0], type_resolve(rtype)->args[0]).t;
        return call_rt(L, "krt_set_$_from_list", rtype, true, true, 1, &items);
    }
    case B_DICT:
        if (!a[0]) {
            IrTemp *cap = const_int(L, 0);
            return call_rt(L, "krt_dict_$_new", rtype, true, true, 1, &cap);
        }
        if (t0->kind == TY_DICT) return call_rt(L, "krt_dict_copy", rtype, true, true, 1, a);
        {
            /* dict(pairs): each (key, value) in order, later keys winning */
            IrTemp *pairs = as_list(L, a[0], elem_of(L, t0)).t;
            IrTemp *cap = call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, &pairs).t;
            Val d = call_rt(L, "krt_dict_$_new", rtype, true, true, 1, &cap);
            CountedLoop lp = counted_loop_begin(L, const_int(L, 0), cap);
            Type *pt = type_resolve(pairs->type)->args[0];
            IrTemp *p = call_rt(L, list_fn(L, "get", pairs->type), pt, true, false, 2, (IrTemp *[]){pairs, lp.i}).t;
            Type *dt = type_resolve(rtype);
            IrTemp *sargs[3] = {d.t, coerce(L, tuple_field(L, p, 0), dt->args[0]), coerce(L, tuple_field(L, p, 1), dt->args[1])};
            call_rt_void(L, "krt_dict_$_set", true, 3, sargs);
            counted_loop_end(L, &lp);
            return d;
        }
    case B_TUPLE:
        return lower_tuple_builtin(L, call, a[0]);
    case B_LIST: {
        Type *elem = type_resolve(rtype)->args[0];
        if (!a[0]) {
            IrTemp *cap = const_int(L, 0);
            return call_rt(L, list_fn(L, "new", rtype), rtype, true, true, 1, &cap);
        }
        Val items = as_list(L, a[0], elem);
        if (items.owned) return items;
        /* list(a_list) is a shallow copy */
        IrTemp *sargs[5] = {items.t, const_int(L, 0), const_int(L, 0), const_int(L, 1), const_int(L, 0)};
        return call_rt(L, "krt_list_slice_v", rtype, true, true, 5, sargs);
    }
    case B_SUM: {
        Type *e = type_resolve(rtype);
        if (e->kind == TY_LIST) { /* sum(lists, start): start + l0 + l1 + ... */
            IrTemp *largs[2] = {as_list(L, a[0], e).t, a[1]};
            return call_rt(L, "krt_list_sum_lists", rtype, true, true, 2, largs);
        }
        IrTemp *start = a[1] ? convert(L, a[1], e) : e->kind == TY_FLOAT ? const_float(L, 0.0) : const_int(L, 0);
        if (t0->kind == TY_RANGE && e->kind == TY_INT && !a[1])
            return call_rt(L, "krt_range_sum", e, true, false, 1, a);
        Type *elem = elem_of(L, t0);
        if (type_resolve(elem)->kind == TY_BOOL) {
            /* True counts 1 */
            Type *lt = type_list(L->tt, elem);
            IrTemp *items = as_list(L, a[0], elem).t;
            IrTemp *cargs[2] = {items, const_bool(L, true)};
            Val count = call_rt(L, list_fn(L, "count", lt), type_int(L->tt), false, false, 2, cargs);
            Val st = {start, false};
            return lower_arith(L, BINOP_Add, st, count, e);
        }
        if (e->kind == TY_FLOAT && type_resolve(elem)->kind == TY_INT) elem = e; /* sum(ints, 0.5) */
        IrTemp *sargs[2] = {as_list(L, a[0], elem).t, start};
        if (e->kind == TY_FLOAT && type_resolve(type_resolve(sargs[0]->type)->args[0])->kind == TY_INT) {
            Val isum = call_rt(L, "krt_list_sum_int", type_int(L->tt), true, false, 2,
                               (IrTemp *[]){sargs[0], const_int(L, 0)});
            Val st = {start, false};
            return lower_arith(L, BINOP_Add, st, isum, e);
        }
        return call_rt(L, e->kind == TY_FLOAT ? "krt_list_sum_float" : "krt_list_sum_int", e, true, false, 2, sargs);
    }
    case B_ABS: {
        if (t0->kind == TY_FLOAT) return call_rt(L, "fabs", type_float(L->tt), false, false, 1, a);
        a[0] = convert(L, a[0], type_int(L->tt));
        IrTemp *zero = const_int(L, 0);
        IrTemp *neg = temp(L, type_bool(L->tt));
        IrTemp *cargs[2] = {a[0], zero};
        IrInstr *c = emit(L, IR_COMPARE, neg, 2, cargs);
        c->imm.cmp = CMP_LT;
        IrTemp *res = temp(L, type_int(L->tt));
        emit(L, IR_MOVE, res, 1, &a[0]);
        IrBlock *flip = block(L), *done = block(L);
        ir_branch(L->cur, neg, flip, done);
        set_block(L, flip);
        IrInstr *ng = emit(L, IR_UNOP, res, 1, &a[0]);
        ng->imm.unop = UN_NEG;
        may_raise(L, ng);
        jump(L, done);
        set_block(L, done);
        v.t = res;
        return v;
    }
    case B_MIN:
    case B_MAX:
        if (args.len == 1) {
            IrTemp *l = as_list(L, lower_value(L, args.items[0]), rtype).t;
            ClassData *cd = class_data_of_type(rtype);
            if (cd && cd->sorted) /* instances: by their class's order */
                return call_rt(L, arena_printf(L->arena, "%s__%s", cd->info->c_name, b->id == B_MAX ? "max" : "min"),
                               rtype, true, false, 1, &l);
            return call_rt(L, list_fn(L, b->id == B_MAX ? "max" : "min", l->type), rtype, true, false, 1, &l);
        }
        v.t = min_max(L, call, b->id == B_MAX);
        return v;
    case B_INT:
        if (!a[0]) {
            v.t = const_int(L, 0);
            return v;
        }
        if (t0->kind == TY_STR) {
            IrTemp *sargs[2] = {a[0], a[1] ? convert(L, a[1], type_int(L->tt)) : const_int(L, 10)};
            return call_rt(L, "krt_str_parse_int", type_int(L->tt), true, false, 2, sargs);
        }
        if (t0->kind == TY_FLOAT) return call_rt(L, "krt_float_to_int_value", type_int(L->tt), true, false, 1, a);
        v.t = convert(L, a[0], type_int(L->tt));
        return v;
    case B_FLOAT:
        if (!a[0]) {
            v.t = const_float(L, 0.0);
            return v;
        }
        if (t0->kind == TY_STR) return call_rt(L, "krt_str_parse_float", type_float(L->tt), true, false, 1, a);
        v.t = convert(L, a[0], type_float(L->tt));
        return v;
    case B_BOOL:
        v.t = a[0] ? truth(L, a[0]) : const_bool(L, false); /* __bool__/__len__ through truth() */
        return v;
    case B_STR:
        if (!a[0]) {
            v.t = const_cstr(L, "");
            return v;
        }
        return to_str(L, a[0], false);
    case B_REPR:
        return to_str(L, a[0], true);
    case B_ORD:
        return call_rt(L, "krt_str_ord_value", type_int(L->tt), true, false, 1, a);
    case B_CHR:
        return call_rt(L, "krt_str_chr", type_str(L->tt), true, true, 1, a);
    case B_HEX:
    case B_BIN:
    case B_OCT: {
        IrTemp *bargs[2] = {a[0], const_int(L, b->id == B_HEX ? 16 : b->id == B_BIN ? 2 : 8)};
        return call_rt(L, "krt_int_to_base_str", type_str(L->tt), true, true, 2, bargs);
    }
    case B_DIVMOD: {
        Type *e = type_resolve(rtype)->args[0];
        if (type_resolve(e)->kind == TY_FLOAT) {
            IrTemp *d = convert(L, a[1], e);
            call_rt_void(L, "krt_check_divmod_float", true, 1, &d); /* "float divmod()" */
        }
        Val x = {convert(L, a[0], e), false}, y = {convert(L, a[1], e), false};
        IrTemp *f[2] = {lower_arith(L, BINOP_FloorDiv, x, y, e).t, lower_arith(L, BINOP_Mod, x, y, e).t};
        v.t = temp(L, rtype);
        emit(L, IR_TUPLE_MAKE, v.t, 2, f);
        return v;
    }
    case B_ROUND:
        if (!a[1]) {
            if (t0->kind == TY_FLOAT) return call_rt(L, "krt_round_float_int", type_int(L->tt), true, false, 1, a);
            v.t = convert(L, a[0], type_int(L->tt));
            return v;
        }
        if (t0->kind == TY_FLOAT) return call_rt(L, "krt_round_float_n", type_float(L->tt), true, false, 2, a);
        a[0] = convert(L, a[0], type_int(L->tt));
        return call_rt(L, "krt_round_int_n", type_int(L->tt), true, false, 2, a);
    default:
        break;
    }
    return none;
}

/* s.method(...) and l.method(...): runtime calls (infer.c's METHOD_LIST). */
Val lower_dict_method(Lower *L, Node *n, IrTemp *d, const char *m) {
    Type *dt = type_resolve(d->type), *res = ty_of(L, n);
    NodeList args = n->u.Call.args;
    IrTemp *a[3] = {d, NULL, NULL};
    if (args.len > 0) a[1] = coerce(L, lower_value(L, args.items[0]), !strcmp(m, "update") ? dt : dt->args[0]);
    if (args.len > 1) a[2] = coerce(L, lower_value(L, args.items[1]), dt->args[1]);
    Val none = {NULL, false};
    if (!strcmp(m, "get")) {
        /* d.get(k[, default]): the value, borrowed, or the default / None */
        IrTemp *r = temp(L, res);
        IrTemp *has = call_rt(L, "krt_dict_$_contains", type_bool(L->tt), false, false, 2, a).t;
        IrBlock *yes = block(L), *no = block(L), *done = block(L);
        ir_branch(L->cur, has, yes, no);
        set_block(L, yes);
        IrTemp *v = call_rt(L, "krt_dict_$_get", dt->args[1], true, false, 2, a).t;
        v = take(L, (Val){coerce(L, v, res), false});
        emit(L, IR_MOVE, r, 1, &v);
        jump(L, done);
        set_block(L, no);
        IrTemp *dflt = a[2] ? take(L, (Val){a[2], false}) : coerce(L, temp(L, type_none(L->tt)), res);
        emit(L, IR_MOVE, r, 1, &dflt);
        jump(L, done);
        set_block(L, done);
        Val v2 = {r, is_ref(res)};
        if (v2.owned) {
            ptrvec_push(L->arena, &L->pending, r);
            owning(L, r);
        }
        return v2;
    }
    if (!strcmp(m, "setdefault")) return call_rt(L, "krt_dict_$_setdefault", res, true, false, 3, a);
    if (!strcmp(m, "pop"))
        return a[2] ? call_rt(L, "krt_dict_$_pop_default", res, false, true, 3, a)
                    : call_rt(L, "krt_dict_$_pop", res, true, true, 2, a);
    if (!strcmp(m, "popitem")) return call_rt(L, "krt_dict_$_popitem", res, true, true, 1, a);
    if (!strcmp(m, "keys")) return call_rt(L, "krt_dict_keys", res, true, true, 1, a);
    if (!strcmp(m, "values")) return call_rt(L, "krt_dict_values", res, true, true, 1, a);
    if (!strcmp(m, "items")) return call_rt(L, "krt_dict_$_items", res, true, true, 1, a);
    if (!strcmp(m, "update")) {
        call_rt(L, "krt_dict_update", type_bool(L->tt), true, false, 2, a);
        return none;
    }
    if (!strcmp(m, "clear")) {
        call_rt_void(L, "krt_dict_clear", false, 1, a);
        return none;
    }
    return call_rt(L, "krt_dict_copy", res, true, true, 1, a); /* copy */
}

Val lower_bytes_method(Lower *L, Node *n, IrTemp *b, const char *m) {
    bool ba = type_resolve(b->type)->kind == TY_BYTEARRAY;
    Type *res = ty_of(L, n);
    NodeList args = n->u.Call.args;
    IrTemp *a[4] = {b, NULL, NULL, NULL};
    for (int i = 0; i < args.len && i < 3; i++) a[i + 1] = lower_value(L, args.items[i]);
    Val none = {NULL, false};
    if (!ba && bytes_text_method(m)) return lower_bytes_text(L, m, a, res); /* split, join, strip, lower, ... */
    if (!strcmp(m, "hex") && a[1]) { /* hex(sep, bytes_per_sep): the separator as bytes */
        IrTemp *h[4] = {b, a[1], a[2] ? convert(L, a[2], type_int(L->tt)) : const_int(L, 1), const_bool(L, ba)};
        const char *fn = type_resolve(a[1]->type)->kind == TY_STR ? "krt_bytes_hex_sep_str" : "krt_bytes_hex_sep";
        return call_rt(L, fn, res, true, true, 4, h);
    }
    if (!strcmp(m, "hex")) return call_rt(L, ba ? "krt_bytearray_hex" : "krt_bytes_hex", res, true, true, 1, a);
    if (!strcmp(m, "decode")) {
        if (!a[1]) a[1] = const_cstr(L, "utf-8");
        return call_rt(L, ba ? "krt_bytearray_decode" : "krt_bytes_decode", res, true, true, 2, a);
    }
    bool searching = !strcmp(m, "find") || !strcmp(m, "count") || !strcmp(m, "index") || !strcmp(m, "startswith") ||
                     !strcmp(m, "endswith");
    if (searching && ba) a[0] = call_rt(L, "krt_bytearray_to_bytes", type_bytes(L->tt), true, true, 1, a).t;
    if (searching && type_resolve(a[1]->type)->kind != TY_BYTES)
        a[1] = call_rt(L, "krt_bytes_of_int", type_bytes(L->tt), true, true, 1, (IrTemp *[]){convert(L, a[1], type_int(L->tt))}).t;
    if (!strcmp(m, "find") || !strcmp(m, "count") || !strcmp(m, "index")) {
        if (!a[2]) a[2] = const_int(L, 0);
        if (!a[3]) a[3] = const_int(L, INT64_MAX);
        if (!strcmp(m, "index")) return call_rt(L, "krt_bytes_index_v", res, true, false, 4, a);
        return call_rt(L, arena_printf(L->arena, "krt_bytes_%s", m), res, false, false, 4, a);
    }
    if (!strcmp(m, "startswith") || !strcmp(m, "endswith"))
        return call_rt(L, arena_printf(L->arena, "krt_bytes_%s", m), res, false, false, 2, a);
    if (!strcmp(m, "append")) {
        a[1] = convert(L, a[1], type_int(L->tt));
        call_rt(L, "krt_bytearray_append", type_bool(L->tt), true, false, 2, a);
        return none;
    }
    if (!strcmp(m, "extend")) {
        Type *t = type_resolve(a[1]->type);
        const char *fn = t->kind == TY_BYTES ? "krt_bytearray_extend_bytes"
                       : t->kind == TY_BYTEARRAY ? "krt_bytearray_extend_bytearray" : "krt_bytearray_extend_list";
        call_rt_void(L, fn, true, 2, a);
        return none;
    }
    if (!a[1]) a[1] = const_int(L, -1); /* pop */
    return call_rt(L, "krt_bytearray_pop", res, true, false, 2, a);
}

Val lower_set_method(Lower *L, Node *n, IrTemp *st, const char *m) {
    Type *t = type_resolve(st->type), *res = ty_of(L, n);
    IrTemp *a[2] = {st, NULL};
    Val none = {NULL, false};
    if (n->u.Call.args.len) a[1] = lower_value(L, n->u.Call.args.items[0]);
    if (!strcmp(m, "add") || !strcmp(m, "discard") || !strcmp(m, "remove")) {
        a[1] = coerce(L, a[1], t->args[0]);
        call_rt_void(L, arena_printf(L->arena, "krt_set_$_%s", m), strcmp(m, "discard") != 0, 2, a);
        return none;
    }
    if (!strcmp(m, "pop")) return call_rt(L, "krt_set_$_pop", res, true, true, 1, a);
    if (!strcmp(m, "clear")) {
        call_rt_void(L, "krt_set_clear", false, 1, a);
        return none;
    }
    if (!strcmp(m, "copy")) return call_rt(L, "krt_set_copy", res, true, true, 1, a);
    const char *fn = arena_printf(L->arena, "krt_set_%s", m);
    if (!strncmp(m, "is", 2)) return call_rt(L, fn, res, false, false, 2, a);
    if (strstr(m, "update")) {
        call_rt(L, fn, type_bool(L->tt), true, false, 2, a);
        return none;
    }
    return call_rt(L, fn, res, true, true, 2, a);
}

Val lower_method_call(Lower *L, Node *n) {
    Node *f = n->u.Call.func;
    const char *m = f->u.Attribute.attr;
    IrTemp *recv = lower_value(L, f->u.Attribute.value);
    Type *rt_ = type_resolve(recv->type);
    Type *res = ty_of(L, n);
    if (rt_->kind == TY_DICT) return lower_dict_method(L, n, recv, m);
    if (rt_->kind == TY_SET || rt_->kind == TY_FROZENSET) return lower_set_method(L, n, recv, m);
    if (rt_->kind == TY_BYTES || rt_->kind == TY_BYTEARRAY) return lower_bytes_method(L, n, recv, m);
    if (rt_->kind == TY_TUPLE) return lower_tuple_method(L, n, recv, m); /* t.count(x), t.index(x) */
    if ((rt_->kind == TY_INT || rt_->kind == TY_BOOL) && (!strcmp(m, "to_bytes") || !strcmp(m, "bit_length")))
        return lower_int_method(L, n, recv, m);
    if (rt_->kind == TY_STR && strstr(m, "partition")) return lower_str_partition(L, n, recv, m);
    if (rt_->kind == TY_STR && !strcmp(m, "encode")) {
        IrTemp *ea[2] = {recv, n->u.Call.args.len ? lower_value(L, n->u.Call.args.items[0]) : const_cstr(L, "utf-8")};
        return call_rt(L, "krt_str_encode", ty_of(L, n), true, true, 2, ea);
    }
    if (rt_->kind == TY_LIST && !strcmp(m, "sort")) {
        sort_list(L, recv, sort_reverse(L, n), keyword_node(n, "key"));
        Val nothing = {NULL, false};
        return nothing;
    }
    Node **slots = ptrmap_get(&L->spec->method_args, n);
    IrTemp *a[4] = {recv, NULL, NULL, NULL};
    Type *str = type_str(L->tt), *i64 = type_int(L->tt), *b = type_bool(L->tt);
    for (int i = 0; i < 3 && slots; i++) {
        if (!slots[i]) continue;
        if (i == 0 && !strcmp(m, "join")) {
            a[1] = as_list(L, lower_value(L, slots[0]), str).t;
            continue;
        }
        a[i + 1] = lower_value(L, slots[i]);
        if (type_resolve(a[i + 1]->type)->kind == TY_NONE) a[i + 1] = null_ref(L, str); /* sep=None */
    }
    Val none = {NULL, false};
    if (rt_->kind == TY_STR) {
        if (!strcmp(m, "upper") || !strcmp(m, "lower"))
            return call_rt(L, arena_printf(L->arena, "krt_str_%s", m), str, true, true, 1, a);
        if (!strcmp(m, "strip") || !strcmp(m, "lstrip") || !strcmp(m, "rstrip")) {
            if (!a[1]) a[1] = null_ref(L, str);
            return call_rt(L, arena_printf(L->arena, "krt_str_%s", m), str, true, true, 2, a);
        }
        if (!strcmp(m, "split") || !strcmp(m, "rsplit")) {
            if (!a[1]) a[1] = null_ref(L, str);
            if (!a[2]) a[2] = const_int(L, -1);
            return call_rt(L, arena_printf(L->arena, "krt_str_%s", m), res, true, true, 3, a);
        }
        if (!strcmp(m, "join")) return call_rt(L, "krt_str_join", str, true, true, 2, a);
        if (!strcmp(m, "startswith") || !strcmp(m, "endswith")) {
            if (!a[2]) a[2] = const_int(L, 0);
            if (!a[3]) a[3] = const_int(L, INT64_MAX);
            const char *fn = arena_printf(L->arena, "krt_str_%s_in", m);
            if (type_resolve(a[1]->type)->kind != TY_TUPLE) return call_rt(L, fn, b, false, false, 4, a);
            /* a tuple of candidates: true at the first that matches */
            IrTemp *choices = a[1];
            IrTemp *res = temp(L, b);
            emit(L, IR_MOVE, res, 1, (IrTemp *[]){const_bool(L, false)});
            IrBlock *done = block(L);
            for (int i = 0; i < type_resolve(choices->type)->nargs; i++) {
                a[1] = tuple_field(L, choices, i);
                IrTemp *hit = call_rt(L, fn, b, false, false, 4, a).t;
                emit(L, IR_MOVE, res, 1, &hit);
                IrBlock *next = block(L);
                ir_branch(L->cur, hit, done, next);
                set_block(L, next);
            }
            jump(L, done);
            set_block(L, done);
            Val r = {res, false};
            return r;
        }
        if (!strcmp(m, "find") || !strcmp(m, "rfind") || !strcmp(m, "index") || !strcmp(m, "rindex") ||
            !strcmp(m, "count")) {
            if (!a[2]) a[2] = const_int(L, 0);
            if (!a[3]) a[3] = const_int(L, INT64_MAX);
            bool raises = m[0] == 'i' || m[1] == 'i';
            return call_rt(L, arena_printf(L->arena, "krt_str_%s", m), i64, raises, false, 4, a);
        }
        if (!strcmp(m, "replace")) {
            if (!a[3]) a[3] = const_int(L, -1);
            return call_rt(L, "krt_str_replace", str, true, true, 4, a);
        }
        return call_rt(L, arena_printf(L->arena, "krt_str_%s", m), b, false, false, 1, a); /* predicates */
    }
    /* lists */
    if (!strcmp(m, "append")) {
        a[1] = as_elem(L, a[1], rt_);
        const char *kind = list_kind(rt_);
        if (!lifetime_naive() && is_pending(L, a[1]) && kind[0] != '@' && strcmp(kind, "int") && strcmp(kind, "float") &&
            strcmp(kind, "bool")) {
            /* a fresh value (l.append(f"...")): the list takes its reference, no count */
            a[1] = take(L, (Val){a[1], true});
            call_rt_void(L, arena_printf(L->arena, "krt_list_append_take_%s", kind), true, 2, a);
            return none;
        }
        call_rt_void(L, list_fn(L, "append", rt_), true, 2, a);
        return none;
    }
    if (!strcmp(m, "pop")) {
        if (!a[1]) a[1] = const_int(L, -1);
        return call_rt(L, list_fn(L, "pop", rt_), res, true, true, 2, a);
    }
    if (!strcmp(m, "insert")) {
        a[2] = as_elem(L, a[2], rt_);
        call_rt_void(L, list_fn(L, "insert", rt_), true, 3, a);
        return none;
    }
    if (!strcmp(m, "copy")) {
        IrTemp *sargs[5] = {recv, const_int(L, 0), const_int(L, 0), const_int(L, 1), const_int(L, 0)};
        return call_rt(L, "krt_list_slice_v", res, true, true, 5, sargs);
    }
    if (!strcmp(m, "index") && a[2] && strcmp(list_kind(rt_), "@") != 0) {
        a[1] = as_elem(L, a[1], rt_);
        if (!a[3]) a[3] = const_int(L, INT64_MAX);
        return call_rt(L, list_fn(L, "index_in", rt_), i64, true, false, 4, a);
    }
    if (!strcmp(m, "index") || !strcmp(m, "count")) {
        a[1] = as_elem(L, a[1], rt_);
        if (m[0] == 'i' && type_is_seq_tuple(rt_)) { /* ValueError "tuple.index(x): x not in tuple" */
            IrTemp *present = call_rt(L, list_fn(L, "contains", rt_), b, false, false, 2, a).t;
            call_rt(L, "krt_tuple_check_member", b, true, false, 1, &present);
        }
        return call_rt(L, list_fn(L, m, rt_), i64, m[0] == 'i', false, 2, a);
    }
    if (!strcmp(m, "remove")) {
        a[1] = as_elem(L, a[1], rt_);
        call_rt_void(L, list_fn(L, "remove", rt_), true, 2, a);
        return none;
    }
    if (!strcmp(m, "extend")) {
        call_rt_void(L, "krt_list_extend_v", true, 2, a);
        return none;
    }
    call_rt_void(L, arena_printf(L->arena, "krt_list_%s_v", m), false, 1, a); /* clear, reverse */
    return none;
}

