/* infer_closure.c — functions as values: Callable types, lambdas, nested
 * functions and the variables they capture, decorators, calls through a
 * function value, map() and filter().
 *
 * A function value has a type Callable[[A, B], R] and one signature: the
 * parameters its callers pass.  What stands behind it is a specialisation:
 *
 *  - a function of the module used as a value (`handlers.append(log_it)`):
 *    the specialisation its parameter types select (annotations, else the
 *    Callable the value must be), marked as_value; lowering gives it a small
 *    wrapper taking the function value first, and a constant function object.
 *  - a nested def or a lambda: a closure specialisation (is_closure), made
 *    anew for each specialisation of the function it is nested in, whose
 *    `outer` is that specialisation.  It reads the variables of enclosing
 *    functions through its environment: `captures` lists them, each copied
 *    when the closure is made or, when something rebinds it (nonlocal, or a
 *    second binding), shared through a cell.  Parameters a caller does not
 *    pass (`lambda i=i: ...` stored as a Callable[[], int]) take defaults
 *    evaluated when the closure is made, kept in the environment too.
 *
 * Types flow into lambdas from where they go: `in->expect` carries the type
 * the expression must have (an annotated variable, a parameter declared
 * Callable, a list of callbacks, the Callable being called), and a lambda
 * takes its parameter types from it.  A lambda bound once to a name
 * (`square = lambda x: x * x`) is compiled like a def: called directly,
 * specialised by argument types.
 *
 * What it does not do: keyword arguments through a function value, *args,
 * generators as closures, nested functions without parameter annotations.
 */
#include "infer_internal.h"

/* ---- helpers ------------------------------------------------------------------------ */

Type *infer_expect(Infer *in, Node *n, Type *want) {
    Type *saved = in->expect;
    in->expect = want;
    Type *t = infer_expr(in, n);
    in->expect = saved;
    return t;
}

/* Callable[[A, B], R] (the subscript's arguments). */
Type *closure_annotation(Infer *in, NodeList args) {
    if (args.len != 2 || ((Node *)args.items[0])->kind != NODE_List)
        return unsupported(in, args.len ? args.items[0] : NULL, "Callable annotations other than Callable[[A, B], R]");
    NodeList ps = ((Node *)args.items[0])->u.List.elts;
    Type **params = arena_alloc(in->arena, (size_t)(ps.len + 1) * sizeof *params);
    for (int i = 0; i < ps.len; i++) params[i] = annotation_type(in, ps.items[i]);
    return type_callable(in->tt, params, ps.len, annotation_type(in, args.items[1]));
}

FuncSpec *check_owner_spec(FuncSpec *spec, const Symbol *sym) {
    for (FuncSpec *s = spec; s; s = s->outer)
        if (in_comprehension_of(sym->scope, s->scope)) return s;
    return spec;
}

bool check_is_cell(const Symbol *sym) {
    return sym->captured && !symbol_is_global(sym) && (sym->written_by_inner || sym->bindings > 1 || sym->bound_in_loop);
}

/* The def a lambda stands for: `def <lambda>(args): return body`, sharing
 * the lambda's scope, so every later stage treats both alike. */
Node *closure_def_of(Infer *in, Node *lambda) {
    Node *def = ptrmap_get(&in->c->lambda_defs, lambda);
    if (def) return def;
    def = ast_new(in->arena, NODE_FunctionDef, lambda->span);
    def->u.FunctionDef.name = "<lambda>";
    def->u.FunctionDef.args = lambda->u.Lambda.args;
    Node *ret = ast_new(in->arena, NODE_Return, lambda->u.Lambda.body->span);
    ret->u.Return.value = lambda->u.Lambda.body;
    def->u.FunctionDef.body = ast_list1(in->arena, ret);
    ptrmap_put(&in->c->lambda_defs, lambda, def);
    for (int m = 0; m < in->prog->modules.len; m++) {
        Module *mod = in->prog->modules.items[m];
        Scope *s = mod->is_builtin ? NULL : sema_scope_of(mod, lambda);
        if (s) ptrmap_put(&mod->scopes, def, s);
    }
    return def;
}

/* `name = lambda ...`, bound once, reading no variable of a function: the
 * lambda a call of name calls directly.  NULL otherwise. */
Node *closure_lambda_var(Infer *in, Symbol *sym) {
    return sym ? ptrmap_get(&in->c->lambda_vars, sym) : NULL;
}

/* Records `name = lambda ...` as such a binding; true when it is one (the
 * assignment then stores nothing). */
bool closure_assign(Infer *in, Node *assign) {
    if (assign->u.Assign.targets.len != 1) return false;
    Node *target = assign->u.Assign.targets.items[0], *value = assign->u.Assign.value;
    if (target->kind != NODE_Name || value->kind != NODE_Lambda) return false;
    Symbol *sym = sema_symbol_of(in->mod, target);
    Scope *ls = sema_scope_of(in->mod, value);
    if (!sym || sym->kind != SYM_VAR || sym->bindings != 1 || sym->captured || !ls || ls->has_free) return false;
    if (!symbol_is_global(sym)) return false;
    Node *a = value->u.Lambda.args;
    if (a->u.arguments.vararg || a->u.arguments.kwarg) return false;
    for (int i = 0; i < a->u.arguments.defaults.len; i++)
        if (!default_is_constant(a->u.arguments.defaults.items[i])) return false;
    for (int i = 0; i < a->u.arguments.kw_defaults.len; i++)
        if (a->u.arguments.kw_defaults.items[i] && !default_is_constant(a->u.arguments.kw_defaults.items[i])) return false;
    ptrmap_put(&in->c->lambda_vars, sym, value);
    closure_def_of(in, value);
    return true;
}

static Type *want_callable(Type *want) {
    Type *w = want ? type_resolve(want) : NULL;
    if (w && w->kind == TY_OPTIONAL) w = type_resolve(w->args[0]);
    return w && w->kind == TY_CALLABLE ? w : NULL;
}

static bool def_is_decorated(Node *def) {
    return def->kind == NODE_FunctionDef && def->u.FunctionDef.decorator_list.len > 0;
}

/* ---- captures ---------------------------------------------------------------------- */

typedef struct CaptureScan {
    Infer *in;
    Scope *scope;   /* the closure's */
    FuncSpec *spec; /* the closure specialisation */
} CaptureScan;

static bool scope_encloses(const Scope *outer, const Scope *inner) {
    for (const Scope *s = inner->parent; s; s = s->parent)
        if (s == outer) return true;
    return false;
}

static void scan_captures(Node *n, void *ctx) {
    CaptureScan *cs = ctx;
    if (n->kind == NODE_Name) {
        Symbol *sym = sema_symbol_of(cs->in->mod, n);
        if (sym && sym->scope && (sym->kind == SYM_VAR || sym->kind == SYM_PARAM || sym->kind == SYM_FUNC) &&
            !symbol_is_global(sym) && scope_encloses(sym->scope, cs->scope)) {
            for (int i = 0; i < cs->spec->captures.len; i++)
                if (((Capture *)cs->spec->captures.items[i])->sym == sym) return;
            Capture *c = arena_alloc(cs->in->arena, sizeof *c);
            memset(c, 0, sizeof *c);
            c->sym = sym;
            c->cell = check_is_cell(sym);
            ptrvec_push(cs->in->arena, &cs->spec->captures, c);
        }
    }
    ast_visit_children(n, scan_captures, ctx);
}

/* ---- closure specialisations ------------------------------------------------------------ */

/* A new closure specialisation of def (a nested def or a lambda's def) in
 * the current one; params[i] typed ptypes[i]; callers pass the first nvalue. */
static FuncSpec *closure_spec(Infer *in, Node *def, Scope *scope, Type **ptypes, int n, int nvalue, Type *ret,
                              Node *site) {
    FuncSpec *s = spec_new(in, def, scope, in->mod);
    s->nparams = n;
    s->params = arena_alloc(in->arena, (size_t)(n + 1) * sizeof *s->params);
    s->param_types = ptypes;
    s->first_call = site;
    s->outer = in->spec;
    s->is_closure = true;
    s->nvalue_params = nvalue;
    FuncSpec *first = ptrmap_get(&in->c->specs_of_def, def);
    int count = 0;
    FuncSpec *last = NULL;
    for (FuncSpec *k = first; k; k = k->next_same_def, count++) last = k;
    if (last) last->next_same_def = s;
    else ptrmap_put(&in->c->specs_of_def, def, s);
    const char *qual = def->u.FunctionDef.name[0] == '<'
                           ? arena_printf(in->arena, "%s_%u_%u", scope->name, (unsigned)def->span.begin.line,
                                          (unsigned)def->span.begin.col)
                           : scope->name;
    s->c_name = spec_c_name(in, in->mod, qual, count);
    DefSig sig;
    def_signature(in->arena, def, &sig);
    for (int i = 0; i < n; i++) {
        Node *p = sig.params[i];
        s->params[i] = ptrmap_get(&scope->by_name, sema_intern(in->prog, p->u.arg.arg));
        ptrmap_put(&s->locals, s->params[i], ptypes[i]);
    }
    s->ret = ret ? ret : type_var(in->tt);
    CaptureScan cs = {in, scope, s};
    NodeList body = def->u.FunctionDef.body;
    for (int i = 0; i < body.len; i++) scan_captures(body.items[i], &cs);
    for (int i = nvalue; i < n; i++) { /* defaults a caller does not pass: kept in the environment */
        Capture *c = arena_alloc(in->arena, sizeof *c);
        memset(c, 0, sizeof *c);
        c->sym = s->params[i];
        c->dflt = sig.defaults[i];
        ptrvec_push(in->arena, &s->captures, c);
    }
    return s;
}

static void closure_infer_body(Infer *in, FuncSpec *s) {
    int saved = in->nnarrowed;
    in->nnarrowed = 0; /* the closure may run when the enclosing tests no longer hold */
    infer_spec_body(in, s);
    in->nnarrowed = saved;
}

static Type *value_type(Infer *in, FuncSpec *s) {
    return type_callable(in->tt, s->param_types, s->nvalue_params, s->ret);
}

/* The types of def's parameters as a value of type w (NULL: unknown):
 * annotations first, then w's parameters, then the defaults' types. */
static Type **value_param_types(Infer *in, Node *def, const DefSig *sig, Type *w, int nvalue, Node *site,
                                bool outer_defaults) {
    Type **ptypes = arena_alloc(in->arena, (size_t)(sig->n + 1) * sizeof *ptypes);
    for (int i = 0; i < sig->n; i++) {
        Node *p = sig->params[i];
        Node *d = sig->defaults[i];
        Type *t = NULL;
        if (p->u.arg.annotation) t = annotation_type(in, p->u.arg.annotation);
        else if (w && i < nvalue) t = w->args[i];
        if (d && (i >= nvalue || !t)) {
            Type *dt = outer_defaults || default_is_constant(d) ? infer_expr(in, d)
                                                                 : ptrmap_get(&in->c->default_types, d);
            if (dt && poisoned(in, dt)) return NULL;
            if (!t) t = dt;
            else if (dt && !type_accepts(in, t, dt)) {
                diag_error(in->diag, &in->mod->src, d->span, "default value of parameter '%s' is %s, but it is declared %s",
                           p->u.arg.arg, tname(in, dt), tname(in, t));
                return NULL;
            }
        }
        if (!t || !type_is_ground(t)) {
            const char *name = def->u.FunctionDef.name;
            if (name[0] == '<')
                diag_error(in->diag, &in->mod->src, site->span,
                           "cannot infer the type of this lambda's parameter '%s'; assign the lambda to a variable "
                           "annotated Callable[[...], ...] or pass it where a Callable is declared", p->u.arg.arg);
            else
                diag_error(in->diag, &in->mod->src, site->span,
                           "cannot infer the type of parameter '%s' of %s() used as a value; annotate it",
                           p->u.arg.arg, name);
            return NULL;
        }
        ptypes[i] = type_intern(in->tt, t);
    }
    return ptypes;
}

/* How many parameters callers of def's value pass: w's count when w is
 * given (the rest must have defaults), else every one. */
static int value_param_count(Infer *in, Node *def, const DefSig *sig, Type *w, Node *site) {
    if (def->u.FunctionDef.args->u.arguments.vararg || def->u.FunctionDef.args->u.arguments.kwarg) {
        unsupported(in, site, "*args or **kwargs in a function used as a value");
        return -1;
    }
    if (!w) return sig->n;
    if (w->nargs <= sig->n && (w->nargs == sig->n || sig->defaults[w->nargs])) return w->nargs;
    const char *name = def->u.FunctionDef.name;
    diag_error(in->diag, &in->mod->src, site->span, "%s takes %d argument%s, but a %s is expected here",
               name[0] == '<' ? "this lambda" : arena_printf(in->arena, "%s()", name), sig->n, sig->n == 1 ? "" : "s",
               tname(in, w));
    return -1;
}

/* A lambda as a value: a closure specialisation typed from want. */
static Type *lambda_value(Infer *in, Node *lam, Type *want) {
    FuncSpec *done = ptrmap_get(&in->spec->callees, lam);
    if (done) return value_type(in, done);
    Node *def = closure_def_of(in, lam);
    Scope *scope = sema_scope_of(in->mod, lam);
    Type *w = want_callable(want);
    DefSig sig;
    def_signature(in->arena, def, &sig);
    if (sig.n > sig.npositional) return unsupported(in, lam, "keyword-only parameters in a lambda used as a value");
    int nvalue = value_param_count(in, def, &sig, w, lam);
    if (nvalue < 0) return type_never(in->tt);
    Type **ptypes = value_param_types(in, def, &sig, w, nvalue, lam, true);
    if (!ptypes) return type_never(in->tt);
    FuncSpec *s = closure_spec(in, def, scope, ptypes, sig.n, nvalue, w ? w->ret : NULL, lam);
    ptrmap_put(&in->spec->callees, lam, s);
    closure_infer_body(in, s);
    return value_type(in, s);
}

/* A function of the module (or a lambda bound to a name) as a value. */
static Type *function_value(Infer *in, Node *name, Node *def, Module *def_mod, Type *want) {
    FuncSpec *done = ptrmap_get(&in->spec->callees, name);
    if (done) return value_type(in, done);
    Scope *ds = sema_scope_of(def_mod, def);
    if (ds && ds->is_generator) return unsupported(in, name, "generators as values");
    Type *w = want_callable(want);
    DefSig sig;
    def_signature(in->arena, def, &sig);
    int nvalue = value_param_count(in, def, &sig, w, name);
    if (nvalue < 0) return type_never(in->tt);
    Type **ptypes = value_param_types(in, def, &sig, w, nvalue, name, false);
    if (!ptypes) return type_never(in->tt);
    FuncSpec *s = spec_for_call(in, def, def_mod, ptypes, name);
    if (!s) return type_never(in->tt);
    if (s->as_value && s->nvalue_params != nvalue)
        return unsupported(in, name, arena_printf(in->arena, "using %s() as values taking different numbers of arguments",
                                                  def->u.FunctionDef.name));
    s->as_value = true;
    s->nvalue_params = nvalue;
    ptrmap_put(&in->spec->callees, name, s);
    return value_type(in, s);
}

/* Is want a list of Optional instances (a table of slots)? */
static bool optional_list_wanted(Type *want) {
    Type *w = want ? type_resolve(want) : NULL;
    if (!w || w->kind != TY_LIST) return false;
    Type *e = type_resolve(w->args[0]);
    return e->kind == TY_OPTIONAL && list_elem_ok(e);
}

/* Is n a display of None only (`[None]`, `[None, None]`) where a list of
 * Optional instances is wanted? */
static bool none_list_wanted(Node *n, Type *want) {
    if (n->kind != NODE_List || !n->u.List.elts.len || !optional_list_wanted(want)) return false;
    for (int i = 0; i < n->u.List.elts.len; i++) {
        Node *x = n->u.List.elts.items[i];
        if (x->kind != NODE_Constant || x->u.Constant.kind != CONST_NONE) return false;
    }
    return true;
}

/* obj.method as a value (a bound method: `bus.subscribe(log.on_value)`):
 * the method's specialisation for obj's class and the parameter types its
 * annotations (or the Callable wanted) give; the value takes the other
 * parameters.  NULL when n is not a method of an instance held in a
 * variable (the caller infers it as an attribute). */
static Type *bound_method_value(Infer *in, Node *n, Type *want) {
    FuncSpec *done = ptrmap_get(&in->spec->callees, n);
    if (done) return type_callable(in->tt, done->param_types + 1, done->nparams - 1, done->ret);
    Node *base = n->u.Attribute.value;
    if (base->kind != NODE_Name) return NULL;
    Symbol *bs = follow_import(sema_symbol_of(in->mod, base));
    if (!bs || (bs->kind != SYM_VAR && bs->kind != SYM_PARAM)) return NULL;
    Type *vt = type_resolve(var_type(in, bs)); /* an instance already, before inferring the read */
    if (vt->kind != TY_CLASS || !class_data_of(vt)) return NULL;
    Type *bt = type_resolve(infer_expr(in, base));
    ClassData *cd = bt->kind == TY_CLASS ? class_data_of(bt) : NULL;
    if (!cd || check_field(cd, sema_intern(in->prog, n->u.Attribute.attr))) return NULL;
    ClassData *owner = NULL;
    Node *def = class_method(cd, n->u.Attribute.attr, &owner);
    if (!def || def->kind != NODE_FunctionDef || method_kind(def) != METHOD_PLAIN) return NULL;
    for (int i = 0; i < in->c->classes.len; i++) { /* an override would need the run-time class */
        ClassData *sub = in->c->classes.items[i];
        ClassData *sowner = NULL;
        if (sub != cd && class_derives(sub, cd) && class_method(sub, n->u.Attribute.attr, &sowner) && sowner != owner)
            return unsupported(in, n, "a bound method that subclasses override");
    }
    Type *w = want_callable(want);
    DefSig sig;
    def_signature(in->arena, def, &sig);
    if (sig.n < 1) return NULL;
    if (def->u.FunctionDef.args->u.arguments.vararg || def->u.FunctionDef.args->u.arguments.kwarg || sig.n > sig.npositional)
        return unsupported(in, n, "a bound method with *args, **kwargs or keyword-only parameters");
    int nvalue = sig.n - 1;
    if (w && w->nargs != nvalue) {
        diag_error(in->diag, &in->mod->src, n->span, "%s() takes %d argument%s, but a %s is expected here",
                   n->u.Attribute.attr, nvalue, nvalue == 1 ? "" : "s", tname(in, w));
        return type_never(in->tt);
    }
    Type **args = arena_alloc(in->arena, (size_t)(sig.n + 1) * sizeof *args);
    args[0] = bt;
    for (int i = 1; i < sig.n; i++) {
        Node *p = sig.params[i];
        Type *t = p->u.arg.annotation ? annotation_type(in, p->u.arg.annotation) : w ? w->args[i - 1] : NULL;
        if (!t || !type_is_ground(t)) {
            diag_error(in->diag, &in->mod->src, n->span,
                       "cannot infer the type of parameter '%s' of %s() used as a value; annotate it", p->u.arg.arg,
                       n->u.Attribute.attr);
            return type_never(in->tt);
        }
        args[i] = type_intern(in->tt, t);
    }
    FuncSpec *spec = spec_for_call(in, def, owner->module, args, n);
    if (!spec) return type_never(in->tt);
    spec->self_class = cd;
    ptrmap_put(&in->spec->callees, n, spec);
    return type_callable(in->tt, spec->param_types + 1, spec->nparams - 1, spec->ret);
}

/* Does a call of sym go through a function value (a variable, a nested
 * or decorated def) rather than straight to a def? */
bool closure_calls_value(Infer *in, Symbol *sym) {
    if (closure_lambda_var(in, sym)) return false;
    if (sym->kind == SYM_VAR || sym->kind == SYM_PARAM) return true;
    if (sym->kind != SYM_FUNC || !sym->decl || sym->decl->kind != NODE_FunctionDef) return false;
    return def_is_decorated(sym->decl) || (sym->scope && sym->scope->kind == SCOPE_FUNCTION);
}

/* Expressions whose type depends on the type wanted of them: lambdas,
 * functions named as values, and displays holding them.  NULL: an
 * expression infer_expr_kind handles alone. */
Type *closure_infer_expected(Infer *in, Node *n, Type *want) {
    switch (n->kind) {
    case NODE_Lambda:
        return lambda_value(in, n, want);
    case NODE_Name: {
        Symbol *sym = follow_import(sema_symbol_of(in->mod, n));
        if (!sym) return NULL;
        Node *lam = closure_lambda_var(in, sym);
        if (lam) return function_value(in, n, closure_def_of(in, lam), sym->scope->module, want);
        if (sym->kind != SYM_FUNC || !sym->decl || sym->decl->kind != NODE_FunctionDef) return NULL;
        if (closure_calls_value(in, sym)) {
            FuncSpec *owner = check_owner_spec(in->spec, sym);
            if (!symbol_is_global(sym) && owner == in->spec && sym->scope != in->spec->scope &&
                !in_comprehension_of(sym->scope, in->spec->scope))
                return unsupported(in, n, "this nested function here");
            return var_type(in, sym);
        }
        if (sym->bindings > 1)
            return unsupported(in, n, arena_printf(in->arena, "using '%s', which is bound more than once, as a value", sym->name));
        return function_value(in, n, sym->decl, sym->scope ? sym->scope->module : in->mod, want);
    }
    case NODE_Attribute:
        return bound_method_value(in, n, want);
    case NODE_BinOp: /* [None] * n where a list[Optional[C]] is wanted */
        if (n->u.BinOp.op != BINOP_Mult || !none_list_wanted(n->u.BinOp.left, want)) return NULL;
        {
            Type *k = infer_expr(in, n->u.BinOp.right);
            if (type_resolve(k)->kind != TY_INT && !poisoned(in, k)) return NULL;
            record(in, n->u.BinOp.left, want);
            return want;
        }
    case NODE_List: {
        if (none_list_wanted(n, want)) {
            for (int i = 0; i < n->u.List.elts.len; i++) infer_expr(in, n->u.List.elts.items[i]);
            return want;
        }
        if (optional_list_wanted(want) && n->u.List.elts.len) { /* [None, a, b] as a list[Optional[C]] */
            Type *e = type_resolve(want)->args[0];
            for (int i = 0; i < n->u.List.elts.len; i++) {
                Node *x = n->u.List.elts.items[i];
                Type *t = infer_expr(in, x);
                if (poisoned(in, t)) return type_never(in->tt);
                if (!container_accepts(in, e, t)) {
                    diag_error(in->diag, &in->mod->src, x->span, "this list holds %s, not %s", tname(in, e), tname(in, t));
                    return type_never(in->tt);
                }
            }
            return want;
        }
        Type *w = want ? type_resolve(want) : NULL;
        if (!w || w->kind != TY_LIST || !want_callable(w->args[0])) return NULL;
        for (int i = 0; i < n->u.List.elts.len; i++) infer_expect(in, n->u.List.elts.items[i], w->args[0]);
        return NULL;
    }
    case NODE_Dict: {
        Type *w = want ? type_resolve(want) : NULL;
        if (!w || w->kind != TY_DICT || !want_callable(w->args[1])) return NULL;
        for (int i = 0; i < n->u.Dict.values.len; i++) infer_expect(in, n->u.Dict.values.items[i], w->args[1]);
        return NULL;
    }
    default:
        return NULL;
    }
}

/* Arguments passed to parameters declared Callable get that type to aim at. */
void closure_expect_args(Infer *in, Node *call, const DefSig *sig, Node **arg_nodes) {
    (void)call;
    for (int i = 0; i < sig->n; i++) {
        Node *a = arg_nodes[i], *p = sig->params[i];
        if (!a || !p->u.arg.annotation || (a->kind != NODE_Lambda && a->kind != NODE_Name)) continue;
        Type *t = annotation_type(in, p->u.arg.annotation);
        if (want_callable(t)) infer_expect(in, a, t);
    }
}

/* ---- nested defs and decorators --------------------------------------------------------- */

/* The value of `@deco` applied to a function value of type ft. */
static Type *apply_decorator(Infer *in, Node *deco, Type *ft) {
    Symbol *sym = deco->kind == NODE_Name ? follow_import(sema_symbol_of(in->mod, deco)) : NULL;
    if (!sym || sym->kind != SYM_FUNC || !sym->decl || sym->decl->kind != NODE_FunctionDef ||
        def_is_decorated(sym->decl) || (sym->scope && sym->scope->kind != SCOPE_MODULE))
        return unsupported(in, deco, "this decorator (krait applies functions of the module taking the function)");
    DefSig sig;
    def_signature(in->arena, sym->decl, &sig);
    if (sig.n < 1) {
        diag_error(in->diag, &in->mod->src, deco->span, "%s() takes no arguments, so it cannot decorate", sym->name);
        return type_never(in->tt);
    }
    Type **args = arena_alloc(in->arena, (size_t)(sig.n + 1) * sizeof *args);
    args[0] = ft;
    for (int i = 1; i < sig.n; i++) {
        if (!sig.defaults[i] || !default_is_constant(sig.defaults[i]))
            return unsupported(in, deco, "a decorator with more than one parameter to fill");
        args[i] = infer_expr(in, sig.defaults[i]);
    }
    FuncSpec *s = spec_for_call(in, sym->decl, sym->scope->module, args, deco);
    if (!s) return type_never(in->tt);
    ptrmap_put(&in->spec->callees, deco, s);
    return s->ret;
}

/* A def statement that makes a function value: a nested def (a closure)
 * or a decorated def of the module (the decorators' result). */
void closure_def_stmt(Infer *in, Node *def) {
    Scope *scope = sema_scope_of(in->mod, def);
    Symbol *sym = ptrmap_get(&in->spec->scope->by_name, sema_intern(in->prog, def->u.FunctionDef.name));
    if (!scope || !sym) return;
    if (scope->is_generator) {
        unsupported(in, def, "nested generators");
        return;
    }
    DefSig sig;
    def_signature(in->arena, def, &sig);
    Type *ft;
    if (in->spec->def->kind == NODE_Module) {
        /* a decorated function of the module: its own specialisation, as a value */
        for (int i = 0; i < sig.n; i++)
            if (!((Node *)sig.params[i])->u.arg.annotation) {
                diag_error(in->diag, &in->mod->src, def->span, "annotate parameter '%s' of decorated function %s()",
                           ((Node *)sig.params[i])->u.arg.arg, def->u.FunctionDef.name);
                return;
            }
        int nvalue = value_param_count(in, def, &sig, NULL, def);
        Type **ptypes = nvalue < 0 ? NULL : value_param_types(in, def, &sig, NULL, nvalue, def, false);
        if (!ptypes) return;
        FuncSpec *s = spec_for_call(in, def, in->mod, ptypes, def);
        if (!s) return;
        if (!s->as_value) /* the decorated name is a variable: the function itself gets another C name */
            s->c_name = arena_printf(in->arena, "%s__undecorated", s->c_name);
        s->as_value = true;
        s->nvalue_params = nvalue;
        ptrmap_put(&in->spec->callees, def, s);
        ft = value_type(in, s);
    } else {
        if (sig.n > sig.npositional) {
            unsupported(in, def, "keyword-only parameters in a nested function");
            return;
        }
        for (int i = 0; i < sig.n; i++)
            if (!((Node *)sig.params[i])->u.arg.annotation) {
                diag_error(in->diag, &in->mod->src, ((Node *)sig.params[i])->span,
                           "annotate parameter '%s' of nested function %s() (a function value has one signature)",
                           ((Node *)sig.params[i])->u.arg.arg, def->u.FunctionDef.name);
                return;
            }
        int nvalue = 0;
        while (nvalue < sig.n && !sig.defaults[nvalue]) nvalue++;
        if (def->u.FunctionDef.args->u.arguments.vararg || def->u.FunctionDef.args->u.arguments.kwarg) {
            unsupported(in, def, "*args or **kwargs in a nested function");
            return;
        }
        Type **ptypes = value_param_types(in, def, &sig, NULL, nvalue, def, true);
        if (!ptypes) return;
        Type *ret = def->u.FunctionDef.returns ? annotation_type(in, def->u.FunctionDef.returns) : NULL;
        FuncSpec *s = closure_spec(in, def, scope, ptypes, sig.n, nvalue, ret, def);
        ptrmap_put(&in->spec->callees, def, s);
        ft = value_type(in, s);
        if (!def_is_decorated(def)) assign_var(in, sym, ft, def); /* before the body: it may call itself */
        closure_infer_body(in, s);
        ft = value_type(in, s);
    }
    NodeList decos = def->u.FunctionDef.decorator_list;
    for (int i = decos.len - 1; i >= 0; i--) {
        ft = apply_decorator(in, decos.items[i], ft);
        if (poisoned(in, ft)) return;
    }
    assign_var(in, sym, ft, def);
}

/* ---- calls through values ------------------------------------------------------------------ */

/* A module variable called before the statement that binds it has run
 * through inference (`ways_m = memoize(ways)` below a function that calls
 * ways_m): when its one binding is `NAME = f(...)` and f declares that it
 * returns a Callable, the variable has that type. */
static Type *callable_of_later_binding(Infer *in, Node *callee) {
    if (callee->kind != NODE_Name) return NULL;
    Symbol *sym = follow_import(sema_symbol_of(in->mod, callee));
    if (!sym || sym->kind != SYM_VAR || !symbol_is_global(sym) || sym->bindings != 1 || !sym->scope) return NULL;
    Module *mod = sym->scope->module;
    if (!mod || !mod->ast) return NULL;
    NodeList body = mod->ast->u.Module.body;
    for (int i = 0; i < body.len; i++) {
        Node *st = body.items[i];
        if (st->kind != NODE_Assign || st->u.Assign.targets.len != 1) continue;
        Node *t = st->u.Assign.targets.items[0], *v = st->u.Assign.value;
        if (t->kind != NODE_Name || strcmp(t->u.Name.id, sym->name) != 0 || v->kind != NODE_Call ||
            v->u.Call.func->kind != NODE_Name)
            continue;
        Symbol *f = follow_import(sema_symbol_of(mod, v->u.Call.func));
        if (!f || f->kind != SYM_FUNC || !f->decl || f->decl->kind != NODE_FunctionDef || !f->decl->u.FunctionDef.returns)
            return NULL;
        Module *saved = in->mod;
        in->mod = f->scope && f->scope->module ? f->scope->module : mod;
        Type *r = annotation_type(in, f->decl->u.FunctionDef.returns);
        in->mod = saved;
        return type_resolve(r)->kind == TY_CALLABLE ? r : NULL;
    }
    return NULL;
}

Type *closure_value_call(Infer *in, Node *call, Type *ft) {
    Type *t = type_resolve(ft);
    if (poisoned(in, t)) return type_never(in->tt);
    if (t->kind == TY_VAR) { /* bound later in the module: the declared return type of what binds it */
        Type *hint = callable_of_later_binding(in, call->u.Call.func);
        if (hint && type_unify(in->tt, t, hint)) t = type_resolve(t);
    }
    if (t->kind == TY_CLASS && class_data_of(t)) return infer_call_dunder(in, call, t); /* infer_dunder.c */
    if (t->kind == TY_WEAKREF) return infer_weakref_call(in, call, t);
    if (t->kind == TY_VAR) /* a variable whose value is assigned later in the program */
        return unsupported(in, call, "calling a function value whose type is only known later (annotate the variable)");
    if (t->kind != TY_CALLABLE) {
        diag_error(in->diag, &in->mod->src, call->u.Call.func->span, "%s is not callable", tname(in, t));
        return type_never(in->tt);
    }
    if (call->u.Call.keywords.len) return unsupported(in, call, "keyword arguments in a call through a function value");
    NodeList args = call->u.Call.args;
    if (args.len != t->nargs) {
        diag_error(in->diag, &in->mod->src, call->span, "this %s takes %d argument%s but %d %s given", tname(in, t),
                   t->nargs, t->nargs == 1 ? "" : "s", args.len, args.len == 1 ? "was" : "were");
        return type_never(in->tt);
    }
    for (int i = 0; i < args.len; i++) {
        Node *a = args.items[i];
        if (a->kind == NODE_Starred) return unsupported(in, a, "*args in a call");
        Type *at = infer_expect(in, a, t->args[i]);
        if (poisoned(in, at)) return type_never(in->tt);
        if (!type_accepts(in, t->args[i], at)) {
            diag_error(in->diag, &in->mod->src, a->span, "argument %d is %s, but this %s takes %s", i + 1,
                       tname(in, at), tname(in, t), tname(in, t->args[i]));
            return type_never(in->tt);
        }
    }
    return t->ret;
}

/* The type of a called expression; a lambda called where it is written
 * takes its parameter types from the arguments. */
Type *closure_callee_type(Infer *in, Node *call) {
    Node *f = call->u.Call.func;
    if (f->kind != NODE_Lambda) return infer_expr(in, f);
    NodeList args = call->u.Call.args;
    Type **at = arena_alloc(in->arena, (size_t)(args.len + 1) * sizeof *at);
    for (int i = 0; i < args.len; i++) {
        at[i] = infer_expr(in, args.items[i]);
        if (poisoned(in, at[i])) return type_never(in->tt);
    }
    return infer_expect(in, f, type_callable(in->tt, at, args.len, type_var(in->tt)));
}

/* ---- map() and filter() ----------------------------------------------------------------- */

/* map(f, a, b, ...) and filter(f, a): krait builds the list of what they
 * yield, as it does for zip().  f is a lambda (expanded in place), a
 * function of the program, len/abs/str, or any function value. */
Type *closure_map_filter(Infer *in, Node *call, bool is_map) {
    NodeList args = call->u.Call.args;
    const char *name = is_map ? "map" : "filter";
    if (call->u.Call.keywords.len) return unsupported(in, call, arena_printf(in->arena, "keyword arguments of %s()", name));
    if (args.len < 2 || (!is_map && args.len != 2)) {
        diag_error(in->diag, &in->mod->src, call->span, "%s() takes %s", name,
                   is_map ? "a function and at least one iterable" : "a function and one iterable");
        return type_never(in->tt);
    }
    int k = args.len - 1;
    Type **elems = arena_alloc(in->arena, (size_t)(k + 1) * sizeof *elems);
    for (int i = 0; i < k; i++) {
        Node *a = args.items[i + 1];
        if (a->kind == NODE_Starred) return unsupported(in, a, "*args in a call");
        Type *t = infer_expr(in, a);
        if (poisoned(in, t)) return type_never(in->tt);
        elems[i] = iter_elem(in, t);
        if (!elems[i]) return unsupported(in, a, arena_printf(in->arena, "%s() of %s", name, tname(in, t)));
    }
    Node *f = args.items[0];
    Type *r = NULL;
    if (f->kind == NODE_Lambda) {
        Node *a = f->u.Lambda.args;
        if (a->u.arguments.args.len != k || a->u.arguments.posonlyargs.len || a->u.arguments.vararg ||
            a->u.arguments.kwarg || a->u.arguments.kwonlyargs.len || a->u.arguments.defaults.len) {
            diag_error(in->diag, &in->mod->src, f->span, "this lambda must take %d plain parameter%s here", k,
                       k == 1 ? "" : "s");
            return type_never(in->tt);
        }
        Scope *ls = sema_scope_of(in->mod, f);
        ls->inlined = true;
        for (int i = 0; i < k; i++) {
            Node *param = a->u.arguments.args.items[i];
            Symbol *p = ptrmap_get(&ls->by_name, sema_intern(in->prog, param->u.arg.arg));
            assign_var(in, p, elems[i], f);
        }
        r = infer_expr(in, f->u.Lambda.body);
        if (poisoned(in, r)) return type_never(in->tt);
    } else {
        Symbol *sym = f->kind == NODE_Name ? follow_import(sema_symbol_of(in->mod, f)) : NULL;
        if (k == 1 && sym && (sym->kind == SYM_BUILTIN || (sym->kind == SYM_FUNC && !closure_calls_value(in, sym))))
            r = infer_key_function(in, f, elems[0]);
        if (!r && !(sym && sym->kind == SYM_BUILTIN)) {
            Type *want = type_callable(in->tt, elems, k, type_var(in->tt));
            Type *ft = type_resolve(infer_expect(in, f, want));
            if (poisoned(in, ft)) return type_never(in->tt);
            if (ft->kind == TY_CLASS && class_data_of(ft)) { /* an instance with __call__ (infer_dunder.c) */
                r = infer_call_dunder_value(in, f, ft, elems, k);
                if (!r) return type_never(in->tt);
            } else if (ft->kind != TY_CALLABLE || ft->nargs != k) {
                diag_error(in->diag, &in->mod->src, f->span, "%s() needs a function of %d argument%s here, not %s", name,
                           k, k == 1 ? "" : "s", tname(in, ft));
                return type_never(in->tt);
            }
            for (int i = 0; ft->kind == TY_CALLABLE && i < k; i++)
                if (!type_accepts(in, ft->args[i], elems[i])) {
                    diag_error(in->diag, &in->mod->src, args.items[i + 1]->span, "%s() passes %s to a function taking %s",
                               name, tname(in, elems[i]), tname(in, ft->args[i]));
                    return type_never(in->tt);
                }
            if (!r) r = ft->ret;
        }
        if (!r) return unsupported(in, f, arena_printf(in->arena, "this function in %s()", name));
    }
    if (!is_map) {
        infer_truth_of(in, r, f);
        return list_of(in, call, elems[0]);
    }
    return list_of(in, call, r);
}

/* A key= (or map() / filter()) function that is not a lambda, a plain
 * function of the program, len or abs: str, str.lower and its kin, or any
 * function value taking one item.  NULL after a diagnostic. */
Type *closure_key_function(Infer *in, Node *key, Type *elem) {
    Symbol *sym = key->kind == NODE_Name ? follow_import(sema_symbol_of(in->mod, key)) : NULL;
    if (sym && sym->kind == SYM_BUILTIN && sym->builtin->id == B_STR)
        return printable_elem(in, elem) ? type_str(in->tt) : NULL;
    if (key->kind == NODE_Attribute && key->u.Attribute.value->kind == NODE_Name) {
        Symbol *b = follow_import(sema_symbol_of(in->mod, key->u.Attribute.value));
        if (b && b->kind == SYM_BUILTIN && b->builtin->id == B_STR) {
            const char *m = key->u.Attribute.attr;
            if (type_resolve(elem)->kind != TY_STR ||
                (strcmp(m, "lower") && strcmp(m, "upper") && strcmp(m, "strip") && strcmp(m, "casefold"))) {
                unsupported(in, key, arena_printf(in->arena, "str.%s as a function here", m));
                return NULL;
            }
            return type_str(in->tt);
        }
    }
    if (sym && sym->kind == SYM_BUILTIN) {
        unsupported(in, key, arena_printf(in->arena, "builtin '%s' as a function here", sym->name));
        return NULL;
    }
    Type *want = type_callable(in->tt, &elem, 1, type_var(in->tt));
    Type *ft = type_resolve(infer_expect(in, key, want));
    if (poisoned(in, ft)) return NULL;
    if (ft->kind != TY_CALLABLE || ft->nargs != 1 || !type_accepts(in, ft->args[0], elem)) {
        diag_error(in->diag, &in->mod->src, key->span, "a function taking one %s is needed here, not %s",
                   tname(in, elem), tname(in, ft));
        return NULL;
    }
    return ft->ret;
}
