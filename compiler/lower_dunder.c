/* lower_dunder.c — what the runtime's containers call back into for
 * instances used as dict keys and set members, and the hash() builtin.
 *
 * A keyed class (infer_dunder.c) gets, on its IrClass, the functions its
 * element descriptor calls (emit_dunder.c): hash_func (its __hash__, or a
 * frozen @dataclass's hash of the tuple of its fields; NULL: identity) and
 * eq_func (its __eq__, or a @dataclass's field-by-field equality; NULL:
 * identity).  The generated ones are built here as IR functions, and so is
 * the order a sorted @dataclass(order=True) gets (lower_order_func).
 *
 * hash(x) calls "krt_hash_value_%", which the emitter spells for x's type
 * (krt_hash_value_int, the tuple's or the class's generated function).
 */
#include "lower_internal.h"

/* A new function of the program taking two (or one) instances of cd and
 * returning ret; L is left building its entry block. */
static IrFunc *class_func_begin(Lower *L, ClassData *cd, const char *name, Type *ret, int nparams, IrTemp **params) {
    Type *ct = type_class(L->tt, cd->info);
    IrModule *im = ptrmap_get(&L->irmods, cd->module);
    IrFunc *fn = ir_func_new(L->ir, im, name, arena_printf(L->arena, "%s__%s", cd->info->c_name, name), ret);
    fn->file = cd->module->path;
    fn->span = cd->def->span;
    L->fn = fn;
    L->mod = cd->module;
    L->pending.len = 0;
    L->pending_floor = 0;
    IrBlock *entry = block(L);
    L->cleanup = block(L); /* a call that raises leaves with its exception */
    L->cleanup->term.kind = TERM_UNWIND;
    L->raw_handler = NULL;
    L->nfins = 0;
    ptrmap_init(&L->unwind_by_line, L->arena);
    set_block(L, entry);
    for (int i = 0; i < nparams; i++) params[i] = ir_param_new(fn, L->ir, ct, i ? "other" : "self");
    return fn;
}

static void class_func_end(Lower *L, IrFunc *fn, IrTemp *result) {
    ir_return(L->cur, result);
    for (int i = 0; i < fn->blocks.len; i++) {
        IrBlock *blk = fn->blocks.items[i];
        if (blk->term.kind == TERM_NONE) blk->term.kind = TERM_UNREACHABLE;
    }
}

/* a < b over a @dataclass(order=True)'s fields, for sorting lists of it. */
IrFunc *lower_order_func(Lower *L, ClassData *cd) {
    IrTemp *p[2];
    IrFunc *fn = class_func_begin(L, cd, "__lt__", type_bool(L->tt), 2, p);
    class_func_end(L, fn, compare_tuples(L, CMPOP_Lt, dataclass_fields_tuple(L, cd, p[0]), dataclass_fields_tuple(L, cd, p[1])));
    return fn;
}

/* hash(v) for a value of a hashable type (an int). */
static IrTemp *hash_value(Lower *L, IrTemp *v) {
    return call_rt(L, "krt_hash_value_%", type_int(L->tt), true, false, 1, &v).t;
}

static IrFunc *spec_func(Lower *L, FuncSpec *spec) {
    Dispatch *d = L->c->dispatches.cap ? ptrmap_get(&L->c->dispatches, spec) : NULL;
    return d && d->lowered ? d->lowered : ptrmap_get(&L->funcs, spec); /* the override of the run-time class */
}

void lower_key_funcs(Lower *L, ClassData *cd, IrClass *ic) {
    if (cd->next_spec) ic->next_func = spec_func(L, cd->next_spec);
    if (!cd->keyed) return;
    ic->keyed = true;
    ClassData *frozen = NULL;
    for (ClassData *k = cd; k && !cd->hash_spec && !frozen; k = k->base)
        if (k->dataclass && k->frozen) frozen = k;
    if (cd->hash_spec) {
        ic->hash_func = spec_func(L, cd->hash_spec);
    } else if (frozen) {
        IrTemp *self;
        IrFunc *fn = class_func_begin(L, cd, "__hash__", type_int(L->tt), 1, &self);
        class_func_end(L, fn, hash_value(L, dataclass_fields_tuple(L, cd, self)));
        ic->hash_func = fn;
    }
    if (cd->eq_spec) {
        ic->eq_func = spec_func(L, cd->eq_spec);
    } else if (cd->dataclass) {
        IrTemp *p[2];
        IrFunc *fn = class_func_begin(L, cd, "__eq__", type_bool(L->tt), 2, p);
        IrTemp *a = dataclass_fields_tuple(L, cd, p[0]), *b = dataclass_fields_tuple(L, cd, p[1]);
        class_func_end(L, fn, compare_tuples(L, CMPOP_Eq, a, b));
        ic->eq_func = fn;
    }
}

Val lower_hash_call(Lower *L, Node *call) {
    IrTemp *v = lower_value(L, call->u.Call.args.items[0]);
    Val r = {hash_value(L, v), false};
    return r;
}

Val instance_iter(Lower *L, IrTemp *obj) {
    ClassData *cd = class_data_of_type(obj->type);
    IrTemp *r = call_spec(L, cd->iter_spec, 1, &obj);
    Type *rt = type_resolve(cd->iter_spec->ret);
    if (rt->kind == TY_ITER) { /* a generator method: its iterator */
        Val v = {r, true};
        return v;
    }
    ClassData *rc = class_data_of_type(rt);
    return call_rt(L, arena_printf(L->arena, "%s__iter_new", rc->info->c_name), type_iter(L->tt, cd->iter_elem), true,
                   true, 1, &r);
}

void lower_aug_item_dunder(Lower *L, Node *n) {
    Node *t = n->u.AugAssign.target;
    FuncSpec *get = ptrmap_get(&L->spec->dunders, (char *)t + 2), *set = ptrmap_get(&L->spec->dunders, (char *)t + 3);
    IrTemp *obj = lower_value(L, t->u.Subscript.value);
    IrTemp *k = lower_value(L, t->u.Subscript.slice);
    IrTemp *cur = call_spec(L, get, 2, (IrTemp *[]){obj, k});
    Val curv = {cur, cur && is_ref(cur->type)};
    Val rhs = lower_expr(L, n->u.AugAssign.value);
    Val res = lower_arith(L, n->u.AugAssign.op, curv, rhs, ty_of(L, n));
    call_spec(L, set, 3, (IrTemp *[]){obj, k, res.t});
}
