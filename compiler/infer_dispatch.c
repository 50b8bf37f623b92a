/* infer_dispatch.c — subclass polymorphism, as inference sees it.
 *
 * A value typed as a class may hold an instance of any of its subclasses:
 * a Sub is accepted wherever a Base is wanted (variables, list elements,
 * parameters, fields, results), and lowering casts the pointer (a
 * subclass's struct begins with its base's fields, in the same order).
 *
 * Dispatch is virtual only where it has to be: a method call through a
 * Base-typed value records a Dispatch when some subclass overrides the
 * method.  Each override is specialised for a self of its own class, with
 * the base method's argument types, and must return what the base method
 * returns; lowering builds one small function per Dispatch that tests the
 * run-time class (deepest override first) and calls the right one.  Every
 * other call stays a direct C call.
 *
 * A call may be inferred before a subclass defined later in the module
 * exists, or before the fields its override reads have types, so every
 * such call site is kept and resolved once the module top levels have run
 * (dispatch_finish).
 */
#include "infer_internal.h"

/* A method call through an instance, to be checked again at the end. */
typedef struct VirtualSite {
    FuncSpec *spec; /* where the call is */
    Module *mod;
    Node *call;
    ClassData *cd;  /* the receiver's static class */
    FuncSpec *base; /* what it calls for that class */
} VirtualSite;

bool class_derives(const ClassData *sub, const ClassData *base) {
    for (; sub; sub = sub->base)
        if (sub == base) return true;
    return false;
}

/* A program class type (not Optional), or NULL. */
static ClassData *plain_class(Type *t) {
    t = type_resolve(t);
    return t->kind == TY_CLASS ? class_data_of(t) : NULL;
}

bool class_upcast_ok(Type *want, Type *got) {
    if (enum_widens_to(want, got)) return true; /* an IntEnum member is an int */
    if (namedtuple_accepts(want, got)) return true; /* (3, 4) where a Point is wanted */
    Type *w = type_resolve(want), *g = type_resolve(got);
    if (w->kind == TY_OPTIONAL) {
        w = type_resolve(w->args[0]);
        if (g->kind == TY_OPTIONAL) g = type_resolve(g->args[0]);
    }
    ClassData *wc = plain_class(w), *gc = plain_class(g);
    if (!wc || !gc || !class_derives(gc, wc)) return false;
    if (gc != wc)
        for (ClassData *k = wc; k; k = k->base) k->holds_subclasses = true;
    return true;
}

/* str() of a cd-typed value uses cd's __repr__ (it has no __str__): wrong
 * when the value may be a subclass instance with its own __str__.  Kept
 * (a VirtualSite without a method) and checked at the end. */
void dispatch_str_via_repr(Infer *in, Node *site, ClassData *cd) {
    VirtualSite *vs = arena_alloc(in->arena, sizeof *vs);
    memset(vs, 0, sizeof *vs);
    vs->spec = in->spec;
    vs->mod = in->mod;
    vs->call = site;
    vs->cd = cd;
    ptrvec_push(in->arena, &in->c->virtual_sites, vs);
}

static void check_str_via_repr(Infer *in, VirtualSite *vs) {
    ClassData *cd = vs->cd;
    if (!cd->holds_subclasses) return;
    for (int i = 0; i < in->c->classes.len; i++) {
        ClassData *sub = in->c->classes.items[i];
        if (sub != cd && class_derives(sub, cd) && class_method(sub, "__str__", NULL) &&
            !class_method(cd, "__str__", NULL)) {
            unsupported(in, vs->call, arena_printf(in->arena, "printing a %s, which may be a %s: that subclass defines "
                                                              "__str__ but %s does not (define __str__ in %s too)",
                                                   cd->info->name, sub->info->name, cd->info->name, cd->info->name));
            return;
        }
    }
}

Type *class_join(Infer *in, Type *a, Type *b) {
    if (enum_widens_to(a, b) && type_resolve(a)->kind == TY_INT) return type_int(in->tt); /* [Op.PUSH, 6] */
    if (enum_widens_to(b, a) && type_resolve(b)->kind == TY_INT) return type_int(in->tt);
    ClassData *ac = plain_class(a), *bc = plain_class(b);
    if (!ac || !bc) return NULL;
    for (ClassData *k = ac; k; k = k->base)
        if (class_derives(bc, k)) {
            for (ClassData *j = k; j && ac != bc; j = j->base) j->holds_subclasses = true;
            return type_class(in->tt, k->info);
        }
    return NULL;
}

Dispatch *check_dispatch_of(const Checked *c, const FuncSpec *spec, const Node *call) {
    if (!c->dispatches.cap || call->kind != NODE_Call || call->u.Call.func->kind != NODE_Attribute) return NULL;
    Node *recv = call->u.Call.func->u.Attribute.value;
    if (recv->kind == NODE_Call && recv->u.Call.func->kind == NODE_Name && !strcmp(recv->u.Call.func->u.Name.id, "super"))
        return NULL; /* super().m(): the base's method, directly */
    FuncSpec *callee = ptrmap_get(&spec->callees, call);
    return callee ? ptrmap_get(&c->dispatches, callee) : NULL;
}

/* Adds to base's Dispatch the overrides of the subclasses of cd known now. */
static void dispatch_resolve(Infer *in, Node *call, ClassData *cd, FuncSpec *base, bool only_constructed) {
    Node *bdef = base->def;
    const char *name = bdef->u.FunctionDef.name;
    MethodKind kind = method_kind(bdef);
    if (kind != METHOD_PLAIN) return;
    for (int i = 0; i < in->c->classes.len; i++) {
        ClassData *sub = in->c->classes.items[i], *owner = NULL;
        if (sub == cd || !class_derives(sub, cd) || (only_constructed && !sub->constructed)) continue;
        Node *def = class_method(sub, name, &owner);
        if (!def || def == bdef || owner != sub) continue;
        Dispatch *d = ptrmap_get(&in->c->dispatches, base);
        bool known = false;
        for (int k = 0; d && k < d->owners.len; k++) known = known || d->owners.items[k] == sub;
        if (known) continue;
        if (!d) {
            if (!in->c->dispatches.arena) ptrmap_init(&in->c->dispatches, in->arena);
            d = arena_alloc(in->arena, sizeof *d);
            memset(d, 0, sizeof *d);
            d->base = base;
            ptrmap_put(&in->c->dispatches, base, d);
        }
        FuncSpec *spec = NULL;
        if (method_kind(def) != kind) {
            unsupported(in, def, arena_printf(in->arena, "overriding method '%s' by a %s", name,
                                              method_kind(def) == METHOD_GETTER ? "property" : "method of another kind"));
        } else {
            DefSig bsig, sig;
            def_signature(in->arena, bdef, &bsig);
            def_signature(in->arena, def, &sig);
            if (sig.n != bsig.n || def->u.FunctionDef.args->u.arguments.vararg) {
                diag_error(in->diag, &sub->module->src, def->span,
                           "%s.%s() takes %d parameters but the %s.%s() it overrides takes %d (krait calls either one "
                           "through a %s)", sub->info->name, name, sig.n, cd->info->name, name, bsig.n, cd->info->name);
            } else {
                Type **args = arena_alloc(in->arena, (size_t)(base->nparams + 1) * sizeof *args);
                for (int k = 0; k < base->nparams; k++) args[k] = base->param_types[k];
                args[0] = type_class(in->tt, sub->info);
                spec = spec_for_call(in, def, sub->module, args, call);
            }
        }
        if (spec) {
            spec->self_class = sub;
            Type *want = type_resolve(base->ret), *got = type_resolve(spec->ret);
            if (want->kind == TY_NEVER && got->kind != TY_NEVER) want = base->ret = got;
            if (got->kind != TY_NEVER && !type_accepts(in, want, got) && !class_upcast_ok(want, got))
                diag_error(in->diag, &sub->module->src, def->span,
                           "%s.%s() returns %s, but the %s.%s() it overrides returns %s", sub->info->name, name,
                           tname(in, got), cd->info->name, name, tname(in, want));
        }
        /* (a failed override is kept too, so it is reported once; nothing is lowered after an error) */
        /* deepest first: a class comes before every class it derives from */
        int at = d->owners.len;
        for (int k = 0; k < d->owners.len; k++)
            if (class_derives(sub, d->owners.items[k])) {
                at = k;
                break;
            }
        ptrvec_push(in->arena, &d->owners, NULL);
        ptrvec_push(in->arena, &d->specs, NULL);
        for (int k = d->owners.len - 1; k > at; k--) {
            d->owners.items[k] = d->owners.items[k - 1];
            d->specs.items[k] = d->specs.items[k - 1];
        }
        d->owners.items[at] = sub;
        d->specs.items[at] = spec;
    }
}

void dispatch_spec(Infer *in, Node *site, ClassData *cd, FuncSpec *base) {
    if (!base || !cd || base->def->kind != NODE_FunctionDef || method_kind(base->def) != METHOD_PLAIN) return;
    VirtualSite *vs = arena_alloc(in->arena, sizeof *vs);
    vs->spec = in->spec;
    vs->mod = in->mod;
    vs->call = site;
    vs->cd = cd;
    vs->base = base;
    ptrvec_push(in->arena, &in->c->virtual_sites, vs);
    /* the overrides of classes already constructed are specialised now
     * (what they compute may type what follows); the others once every
     * class and field is known (dispatch_finish), unless the call's type
     * needs them now: a base method that only raises */
    dispatch_resolve(in, site, cd, base, type_resolve(base->ret)->kind != TY_NEVER);
}

void dispatch_method_call(Infer *in, Node *call, ClassData *cd) {
    dispatch_spec(in, call, cd, ptrmap_get(&in->spec->callees, call));
}

void dispatch_finish(Infer *in) {
    FuncSpec *spec = in->spec;
    Module *mod = in->mod;
    for (int i = 0; i < in->c->virtual_sites.len; i++) { /* the list grows as new specialisations are inferred */
        VirtualSite *vs = in->c->virtual_sites.items[i];
        in->spec = vs->spec;
        in->mod = vs->mod;
        if (vs->base) dispatch_resolve(in, vs->call, vs->cd, vs->base, false);
    }
    for (int i = 0; i < in->c->virtual_sites.len; i++) { /* every upcast is known now */
        VirtualSite *vs = in->c->virtual_sites.items[i];
        in->mod = vs->mod;
        if (!vs->base) check_str_via_repr(in, vs);
    }
    in->spec = spec;
    in->mod = mod;
}

/* obj.attr of a class attribute that subclasses redefine: every one must
 * have the type the static class's has (lowering reads the run-time
 * class's). */
void dispatch_class_attr(Infer *in, Node *site, ClassData *cd, const char *name, Type *t) {
    const char *iname = sema_intern(in->prog, name);
    for (int i = 0; i < in->c->classes.len; i++) {
        ClassData *sub = in->c->classes.items[i];
        if (sub == cd || !class_derives(sub, cd)) continue;
        Symbol *sym = ptrmap_get(&sub->scope->by_name, iname);
        if (!sym || sym->kind != SYM_VAR) continue;
        Type *st = var_type(in, sym);
        if (!type_unify(in->tt, t, st)) {
            diag_error(in->diag, &in->mod->src, site->span, "class attribute '%s' is %s in %s but %s in %s", name,
                       tname(in, t), cd->info->name, tname(in, st), sub->info->name);
            return;
        }
    }
}

/* ---- narrowing by isinstance ----------------------------------------------------------- */

/* The facts `isinstance(name, C)` proves when test is `when`: name holds a
 * C, where name's static class is a base of C.  Pushed like `is not None`
 * facts, with the class; returns how many. */
static int isinstance_facts(Infer *in, Node *test, bool when, Node **region, int region_len) {
    if (test->kind == NODE_BoolOp && test->u.BoolOp.op == BOOLOP_And && when) {
        int pushed = 0;
        for (int i = 0; i < test->u.BoolOp.values.len; i++)
            pushed += isinstance_facts(in, test->u.BoolOp.values.items[i], when, region, region_len);
        return pushed;
    }
    if (test->kind == NODE_UnaryOp && test->u.UnaryOp.op == UNARYOP_Not)
        return isinstance_facts(in, test->u.UnaryOp.operand, !when, region, region_len);
    if (!when || test->kind != NODE_Call || test->u.Call.func->kind != NODE_Name ||
        strcmp(test->u.Call.func->u.Name.id, "isinstance") || test->u.Call.args.len != 2 || test->u.Call.keywords.len)
        return 0;
    Node *name = test->u.Call.args.items[0];
    ClassData *cls = class_named(in, test->u.Call.args.items[1]);
    if (name->kind != NODE_Name || !cls || in->nnarrowed >= INFER_MAX_NARROW) return 0;
    Symbol *facts[1];
    int count = 0;
    add_fact(in, name, facts, &count);
    if (!count || region_assigns(in, region, region_len, facts[0])) return 0;
    ClassData *st = class_data_of(var_type(in, facts[0]));
    if (!st || st == cls || !class_derives(cls, st)) return 0;
    in->narrowed_to[in->nnarrowed] = type_class(in->tt, cls->info);
    in->narrowed_attr[in->nnarrowed] = NULL;
    in->narrowed[in->nnarrowed++] = facts[0];
    return 1;
}

int narrow_isinstance_push(Infer *in, Node *test, bool when, Node **region, int region_len) {
    return isinstance_facts(in, test, when, region, region_len);
}

/* The subclass an enclosing isinstance test proved sym holds, or NULL. */
Type *narrowed_class(Infer *in, Symbol *sym) {
    for (int i = in->nnarrowed - 1; i >= 0; i--)
        if (in->narrowed[i] == sym && in->narrowed_to[i] && !in->narrowed_attr[i]) return in->narrowed_to[i];
    return NULL;
}
