/* lower_dispatch.c — subclass polymorphism in the IR.
 *
 * A subclass's struct starts with its base's header and fields in the same
 * order, so a Sub pointer is a Base pointer after a cast (IR_CONVERT): that
 * is all an upcast costs.  A method overridden in subclasses (a Dispatch,
 * see infer_dispatch.c) gets one small function, `<base method>__virtual`,
 * with the base method's parameters: it compares the exact run-time class
 * of self with each class whose instances run an override (the program's
 * classes are all known) and calls that override (self cast down), else
 * the base method.  Calls through a
 * Base-typed value call that function; every other call stays direct.
 *
 * Class attributes that subclasses redefine are read the same way: the
 * run-time class decides which class's variable is read.
 */
#include "lower_internal.h"

IrTemp *class_upcast(Lower *L, IrTemp *v, Type *to) {
    Type *t = type_resolve(to), *vt = type_resolve(v->type);
    if (t == vt) return v;
    Type *inner = t->kind == TY_OPTIONAL ? type_resolve(t->args[0]) : t;
    Type *vinner = vt->kind == TY_OPTIONAL ? type_resolve(vt->args[0]) : vt;
    if (inner->kind != TY_CLASS || vinner->kind != TY_CLASS || inner == vinner || !class_data_of_type(inner) ||
        !class_data_of_type(vinner))
        return NULL;
    IrTemp *d = temp(L, vt->kind == TY_OPTIONAL ? t : inner);
    emit(L, IR_CONVERT, d, 1, &v);
    if (t->kind == TY_OPTIONAL && vt->kind != TY_OPTIONAL) { /* a Sub where Optional[Base] is wanted */
        IrTemp *o = temp(L, t);
        emit(L, IR_OPT_WRAP, o, 1, &d);
        return o;
    }
    return d;
}

/* One call in a dispatcher: spec on the parameters (self cast to its
 * class), its result returned as the base method's type. */
static void dispatch_call(Lower *L, FuncSpec *spec, PtrVec *params, Type *ret, IrBlock *unwind) {
    IrTemp **args = arena_alloc(L->arena, (size_t)(params->len + 1) * sizeof *args);
    for (int i = 0; i < params->len; i++) {
        IrTemp *p = params->items[i];
        if (i == 0 && type_resolve(p->type) != type_resolve(spec->param_types[0])) {
            IrTemp *down = temp(L, spec->param_types[0]);
            emit(L, IR_CONVERT, down, 1, &p);
            p = down;
        }
        args[i] = coerce(L, p, spec->param_types[i]);
    }
    IrTemp *dst = type_resolve(spec->ret)->kind != TY_NONE ? temp(L, spec->ret) : NULL;
    IrInstr *in = emit(L, IR_CALL, dst, params->len, args);
    in->callee = ptrmap_get(&L->funcs, spec);
    in->flags |= IR_MAY_RAISE;
    L->fn->may_raise = true;
    L->cur->handler = unwind;
    IrTemp *result = NULL;
    if (type_resolve(ret)->kind != TY_NONE && dst) result = coerce(L, dst, ret);
    ir_return(L->cur, result);
}

/* Which of d's overrides instances of cls run: the index of the deepest
 * owner cls derives from (owners are deepest first), or -1 for the base. */
static int override_of(const Dispatch *d, const ClassData *cls) {
    for (int k = 0; k < d->owners.len; k++)
        if (class_derives(cls, d->owners.items[k])) return k;
    return -1;
}

static void lower_dispatcher(Lower *L, Dispatch *d) {
    FuncSpec *base = d->base;
    IrFunc *bfn = ptrmap_get(&L->funcs, base);
    IrFunc *fn = ir_func_new(L->ir, bfn->module, bfn->name, arena_printf(L->arena, "%s__virtual", base->c_name),
                             base->ret);
    fn->file = base->module->path;
    fn->span = base->def->span;
    d->lowered = fn;
    L->fn = fn;
    L->spec = base;
    L->mod = base->module;
    L->line = base->def->span.begin.line;
    L->pending.len = 0;
    IrBlock *entry = block(L);
    IrBlock *unwind = block(L);
    unwind->term.kind = TERM_UNWIND;
    set_block(L, entry);
    for (int i = 0; i < base->nparams; i++) ir_param_new(fn, L->ir, base->param_types[i], base->params[i]->name);
    /* every class of the program is known: test the exact run-time class
     * against each class that resolves to an override (a compare each) */
    for (int k = 0; k < d->owners.len; k++) {
        for (int i = 0; i < L->c->classes.len; i++) {
            ClassData *cls = L->c->classes.items[i];
            if (override_of(d, cls) != k) continue;
            IrTemp *cargs[2] = {fn->params.items[0], const_int(L, class_id(L, cls))};
            IrTemp *hit = call_rt(L, "krt_is_type", type_bool(L->tt), false, false, 2, cargs).t;
            IrBlock *yes = block(L), *no = block(L);
            ir_branch(L->cur, hit, yes, no);
            set_block(L, yes);
            dispatch_call(L, d->specs.items[k], &fn->params, base->ret, unwind);
            set_block(L, no);
        }
    }
    dispatch_call(L, base, &fn->params, base->ret, unwind);
}

void lower_dispatchers(Lower *L) {
    for (int i = 0; i < L->c->specs.len; i++) { /* in specialisation order: the output is deterministic */
        Dispatch *d = L->c->dispatches.cap ? ptrmap_get(&L->c->dispatches, L->c->specs.items[i]) : NULL;
        if (d) lower_dispatcher(L, d);
    }
}

IrFunc *dispatch_callee(Lower *L, Node *call, FuncSpec *callee) {
    Dispatch *d = check_dispatch_of(L->c, L->spec, call);
    return d ? d->lowered : ptrmap_get(&L->funcs, callee);
}

/* How many classes cd derives from (its depth in the hierarchy). */
static int class_depth(ClassData *cd) {
    int n = 0;
    for (; cd; cd = cd->base) n++;
    return n;
}

Val class_attr_read(Lower *L, IrTemp *obj, ClassData *cd, Symbol *attr) {
    Val v = read_var(L, attr);
    if (!obj) return v;
    /* the subclasses that redefine it, deepest first */
    PtrVec subs = {0};
    for (int i = 0; i < L->c->classes.len; i++) {
        ClassData *sub = L->c->classes.items[i];
        if (sub == cd || !class_derives(sub, cd)) continue;
        Symbol *s = ptrmap_get(&sub->scope->by_name, attr->name);
        if (!s || s->kind != SYM_VAR || type_resolve(check_symbol_type(L->c, L->spec, s)) != type_resolve(v.t->type))
            continue;
        int at = subs.len;
        for (int k = 0; k < subs.len; k++)
            if (class_depth(sub) > class_depth(subs.items[k])) {
                at = k;
                break;
            }
        ptrvec_push(L->arena, &subs, NULL);
        for (int k = subs.len - 1; k > at; k--) subs.items[k] = subs.items[k - 1];
        subs.items[at] = sub;
    }
    if (!subs.len) return v;
    IrTemp *res = temp(L, v.t->type);
    IrBlock *done = block(L);
    for (int k = 0; k < subs.len; k++) {
        ClassData *sub = subs.items[k];
        IrTemp *cargs[2] = {obj, const_int(L, class_id(L, sub))};
        IrTemp *hit = call_rt(L, "krt_isinstance", type_bool(L->tt), false, false, 2, cargs).t;
        IrBlock *yes = block(L), *no = block(L);
        ir_branch(L->cur, hit, yes, no);
        set_block(L, yes);
        Val sv = read_var(L, ptrmap_get(&sub->scope->by_name, attr->name));
        emit(L, IR_MOVE, res, 1, &sv.t);
        jump(L, done);
        set_block(L, no);
    }
    emit(L, IR_MOVE, res, 1, &v.t);
    jump(L, done);
    set_block(L, done);
    Val r = {res, false};
    return r;
}
