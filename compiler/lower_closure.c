/* lower_closure.c — function values in the IR: closures, their
 * environments and cells, wrappers of plain functions, calls through a
 * value, map() and filter().
 *
 * A function value is one pointer to a KrtFn (include/krait/closure.h): an
 * object header and a code pointer.  Calling it is one indirect call that
 * passes the value itself first, so the code finds its environment there:
 *
 *  - a plain function used as a value gets a wrapper `<f>__value(self,
 *    a, b)` that calls f (filling the defaults callers do not pass), and one
 *    constant KrtFn in rodata naming the wrapper: no RAM, no count.
 *  - a closure with nothing to capture is a constant KrtFn too.
 *  - any other closure is a heap object made where its def or lambda runs:
 *    a synthesized class (`<f>__env`) whose first member after the header
 *    is the code pointer and whose fields are the captures, released by the
 *    class's drop function when the last value referring to it dies.  An
 *    environment is an ordinary object, so the memory analysis may place it
 *    on the stack when the value does not escape.
 *
 * A variable captured and rebound (nonlocal, or bound twice) lives in a
 * cell: a one-field object (`krt_cell_N`, one class per value type) that
 * the owning function creates on entry and every closure shares; reads and
 * writes go through its `value` field.  Other captures are copied into the
 * environment when the closure is made.
 */
#include "lower_internal.h"

static Type *value_type_of(Lower *L, FuncSpec *s) {
    return type_intern(L->tt, type_callable(L->tt, s->param_types, s->nvalue_params, type_resolve(s->ret)));
}

/* ---- environments and cells ---------------------------------------------------------- */

static Type *new_class(Lower *L, const char *c_name, int base_id, int nfields, const char **names, Type **types,
                       bool is_closure) {
    ClassInfo *ci = arena_alloc(L->arena, sizeof *ci);
    memset(ci, 0, sizeof *ci);
    ci->name = base_id == KRT_T_CELL ? "cell" : "function";
    ci->c_name = c_name;
    IrClass *ic = arena_alloc(L->arena, sizeof *ic);
    memset(ic, 0, sizeof *ic);
    ic->name = ci->name;
    ic->base_id = base_id;
    ic->cls = ci;
    ic->nfields = nfields;
    ic->field_names = names;
    ic->field_types = types;
    ic->is_closure = is_closure;
    ptrvec_push(L->arena, &L->closure_classes, ic);
    return type_class(L->tt, ci);
}

static int closure_class_id(Lower *L, Type *t) {
    for (int i = 0; i < L->closure_classes.len; i++)
        if (((IrClass *)L->closure_classes.items[i])->cls == type_resolve(t)->cls)
            return KRT_T__FIRST_USER + L->c->exc_classes.len + L->c->classes.len + i;
    return KRT_T_OBJECT;
}

static Type *cell_type(Lower *L, Type *t) {
    t = type_resolve(t);
    Type *ct = ptrmap_get(&L->closure_types, t);
    if (!ct) {
        const char **names = arena_alloc(L->arena, sizeof *names);
        Type **types = arena_alloc(L->arena, sizeof *types);
        names[0] = "value";
        types[0] = t;
        ct = new_class(L, arena_printf(L->arena, "krt_cell_%d", L->closure_classes.len), KRT_T_CELL, 1, names, types,
                       false);
        ptrmap_put(&L->closure_types, t, ct);
    }
    return ct;
}

static const char *capture_field(Lower *L, const Capture *c, int i) {
    return arena_printf(L->arena, "c%d_%s", i, c->sym->name);
}

/* What the environment of s holds for capture c. */
static Type *capture_type(Lower *L, FuncSpec *s, const Capture *c) {
    if (c->dflt) {
        for (int i = 0; i < s->nparams; i++)
            if (s->params[i] == c->sym) return s->param_types[i];
    }
    Type *t = check_symbol_type(L->c, s, c->sym);
    if (!t) t = type_none(L->tt);
    return c->cell ? cell_type(L, t) : t;
}

static Type *env_type(Lower *L, FuncSpec *s) {
    Type *t = ptrmap_get(&L->closure_types, s);
    if (t) return t;
    int n = s->captures.len;
    const char **names = arena_alloc(L->arena, (size_t)(n + 1) * sizeof *names);
    Type **types = arena_alloc(L->arena, (size_t)(n + 1) * sizeof *types);
    for (int i = 0; i < n; i++) {
        names[i] = capture_field(L, s->captures.items[i], i);
        types[i] = capture_type(L, s, s->captures.items[i]);
    }
    t = new_class(L, arena_printf(L->arena, "%s__env", s->c_name), KRT_T_FUNCTION, n, names, types, true);
    ptrmap_put(&L->closure_types, s, t);
    return t;
}

static int capture_index(FuncSpec *s, const Symbol *sym, bool dflt) {
    for (int i = 0; i < s->captures.len; i++) {
        Capture *c = s->captures.items[i];
        if (c->sym == sym && (c->dflt != NULL) == dflt) return i;
    }
    return -1;
}

/* ---- function entry --------------------------------------------------------------------- */

/* Before the parameters: a closure takes its function value first.
 * Returns how many of spec's parameters the C function takes. */
int closure_params(Lower *L, FuncSpec *spec) {
    L->env = NULL;
    ptrmap_init(&L->cells, L->arena);
    if (!spec->is_closure) return spec->nparams;
    IrTemp *self = ir_param_new(L->fn, L->ir, value_type_of(L, spec), "self_fn");
    if (spec->captures.len) L->env = convert(L, self, env_type(L, spec));
    return spec->nvalue_params;
}

/* After the parameters: the ones callers do not pass (from the
 * environment), and a cell for each variable closures share. */
void closure_prologue(Lower *L, FuncSpec *spec) {
    if (spec->is_closure) {
        for (int i = spec->nvalue_params; i < spec->nparams; i++) {
            int k = capture_index(spec, spec->params[i], true);
            if (k < 0 || !L->env) continue;
            IrTemp *v = field_get(L, L->env, capture_field(L, spec->captures.items[k], k), spec->param_types[i]);
            Val b = {v, false};
            write_var(L, spec->params[i], b);
        }
    }
    if (spec->def->kind == NODE_Module) return;
    for (int i = 0; i < spec->scope->symbols.len; i++) {
        Symbol *sym = spec->scope->symbols.items[i];
        if (!check_is_cell(sym)) continue;
        Type *t = check_symbol_type(L->c, spec, sym);
        if (!t) continue;
        Type *ct = cell_type(L, t);
        IrTemp *cell = ir_temp_new(L->fn, L->ir, ct, sym->name);
        owning(L, cell);
        IrInstr *in = emit(L, IR_NEW, cell, 0, NULL);
        in->imm.i = closure_class_id(L, ct);
        in->flags |= IR_OWNED;
        alloc_site(L, in);
        in->site->text = arena_printf(L->arena, "cell of '%s'", sym->name);
        in->site->span = spec->def->span; /* made on entry */
        may_raise(L, in);
        IrTemp *param = ptrmap_get(&L->locals, sym);
        ptrmap_put(&L->cells, sym, cell);
        if (param) {
            Val b = {param, false};
            field_set(L, cell, "value", t, take(L, b));
        }
    }
}

/* ---- variables ------------------------------------------------------------------------ */

/* The cell holding sym here (its own, or one the environment shares), or NULL. */
static IrTemp *cell_of(Lower *L, Symbol *sym) {
    if (check_owner_spec(L->spec, sym) == L->spec) return ptrmap_get(&L->cells, sym);
    int k = capture_index(L->spec, sym, false);
    if (k < 0 || !L->env) return NULL;
    Capture *c = L->spec->captures.items[k];
    if (!c->cell) return NULL;
    return field_get(L, L->env, capture_field(L, c, k), capture_type(L, L->spec, c));
}

bool closure_read_var(Lower *L, Symbol *sym, Val *out) {
    if (sym_is_global(sym)) return false;
    Type *t = check_symbol_type(L->c, L->spec, sym);
    IrTemp *cell = cell_of(L, sym);
    if (cell) {
        out->t = field_get(L, cell, "value", t);
        out->owned = false;
        return true;
    }
    if (check_owner_spec(L->spec, sym) == L->spec) return false;
    int k = capture_index(L->spec, sym, false);
    if (k < 0 || !L->env) return false;
    out->t = field_get(L, L->env, capture_field(L, L->spec->captures.items[k], k), t);
    out->owned = false;
    return true;
}

bool closure_write_var(Lower *L, Symbol *sym, Val v) {
    if (sym_is_global(sym)) return false;
    IrTemp *cell = cell_of(L, sym);
    if (!cell) return false;
    Type *t = check_symbol_type(L->c, L->spec, sym);
    IrTemp *value = coerce(L, v.t, t);
    Val stored = {value, v.owned && value == v.t};
    field_set(L, cell, "value", t, take(L, stored));
    return true;
}

/* ---- making function values -------------------------------------------------------------- */

/* The wrapper through which a plain function is called as a value. */
static IrFunc *wrapper_of(Lower *L, FuncSpec *s) {
    IrFunc *w = ptrmap_get(&L->wrappers, s);
    if (!w) {
        IrFunc *target = ptrmap_get(&L->funcs, s);
        w = ir_func_new(L->ir, ptrmap_get(&L->irmods, s->module), target->name,
                        arena_printf(L->arena, "%s__value", s->c_name), s->ret);
        w->value_object = true;
        ptrmap_put(&L->wrappers, s, w);
        ptrvec_push(L->arena, &L->wrapped, s);
    }
    return w;
}

static Val fn_const(Lower *L, IrFunc *code, Type *t) {
    code->value_object = true;
    Val v = {temp(L, t), false}; /* immortal: nothing to count */
    emit(L, IR_FN_CONST, v.t, 0, NULL)->callee = code;
    return v;
}

/* A closure value for s, made now: its environment filled in. */
static Val make_closure(Lower *L, FuncSpec *s) {
    IrFunc *code = ptrmap_get(&L->funcs, s);
    Type *ft = value_type_of(L, s);
    if (s->captures.len == 0) return fn_const(L, code, ft);
    Type *et = env_type(L, s);
    IrTemp *env = temp(L, et);
    IrInstr *in = emit(L, IR_NEW, env, 0, NULL);
    in->imm.i = closure_class_id(L, et);
    in->callee = code;
    in->flags |= IR_OWNED;
    alloc_site(L, in);
    if (!L->expr || L->expr->kind != NODE_Lambda) in->site->text = arena_printf(L->arena, "def %s", code->name);
    may_raise(L, in);
    ptrvec_push(L->arena, &L->pending, env);
    owning(L, env);
    for (int i = 0; i < s->captures.len; i++) {
        Capture *c = s->captures.items[i];
        Type *t = capture_type(L, s, c);
        IrTemp *v;
        if (c->dflt) {
            Val d = lower_expr(L, c->dflt);
            IrTemp *cv = coerce(L, d.t, t);
            Val dv = {cv, d.owned && cv == d.t};
            v = take(L, dv);
        } else if (c->cell) {
            Val b = {cell_of(L, c->sym), false};
            if (!b.t) continue;
            v = take(L, b);
        } else {
            v = take(L, read_var(L, c->sym));
        }
        field_set(L, env, capture_field(L, c, i), t, v);
    }
    Val ev = {env, true};
    IrTemp *moved = take(L, ev);
    IrTemp *d = temp(L, ft);
    emit(L, IR_CONVERT, d, 1, &moved);
    ptrvec_push(L->arena, &L->pending, d);
    owning(L, d);
    Val out = {d, true};
    return out;
}

static Val function_value(Lower *L, FuncSpec *s) {
    return s->is_closure ? make_closure(L, s) : fn_const(L, wrapper_of(L, s), value_type_of(L, s));
}

/* ---- functions that forward to another (wrappers, bound methods) ------------------------- */

/* Starts w, a function that will call s's function: lowering's state set
 * to build w's entry block. */
static void forward_begin(Lower *L, IrFunc *w, FuncSpec *s) {
    L->fn = w;
    L->spec = s;
    L->mod = s->module;
    L->pending.len = 0;
    L->owning.len = 0;
    w->file = s->module->path;
    w->span = s->def->span;
    L->cur = ir_block_new(w, L->ir);
}

/* Ends w: s's function called with args (its result owned and returned),
 * an exception leaving w as it came. */
static void forward_call(Lower *L, IrFunc *w, FuncSpec *s, IrTemp **args) {
    IrBlock *unwind = ir_block_new(w, L->ir);
    unwind->term.kind = TERM_UNWIND;
    Type *ret = s->ret;
    IrTemp *dst = type_resolve(ret)->kind != TY_NONE ? ir_temp_new(w, L->ir, ret, NULL) : NULL;
    IrInstr *in = ir_emit(L->ir, L->cur, IR_CALL, dst, s->nparams, args);
    in->callee = ptrmap_get(&L->funcs, s);
    in->flags |= IR_MAY_RAISE;
    if (dst && is_ref(ret)) in->flags |= IR_OWNED;
    L->cur->handler = unwind;
    w->may_raise = true;
    ir_return(L->cur, dst);
}

/* ---- bound methods ------------------------------------------------------------------------ */

/* obj.method as a value: an environment holding obj, whose code (the
 * bound wrapper, built in closure_finish) calls the method on it. */
typedef struct Bound {
    FuncSpec *spec;  /* the method */
    IrFunc *code;    /* <method>__bound(fn, args...) */
    Type *env;       /* struct { KrtFn; self } */
} Bound;

static Type *bound_value_type(Lower *L, FuncSpec *s) {
    return type_intern(L->tt, type_callable(L->tt, s->param_types + 1, s->nparams - 1, type_resolve(s->ret)));
}

static Bound *bound_of(Lower *L, FuncSpec *s) {
    Bound *b = ptrmap_get(&L->bound, s);
    if (b) return b;
    b = arena_alloc(L->arena, sizeof *b);
    b->spec = s;
    IrFunc *target = ptrmap_get(&L->funcs, s);
    b->code = ir_func_new(L->ir, ptrmap_get(&L->irmods, s->module), target->name,
                          arena_printf(L->arena, "%s__bound", s->c_name), s->ret);
    b->code->value_object = true;
    const char **names = arena_alloc(L->arena, sizeof *names);
    Type **types = arena_alloc(L->arena, sizeof *types);
    names[0] = "self";
    types[0] = s->param_types[0];
    b->env = new_class(L, arena_printf(L->arena, "%s__bound_env", s->c_name), KRT_T_FUNCTION, 1, names, types, true);
    ptrmap_put(&L->bound, s, b);
    ptrvec_push(L->arena, &L->bound_list, b);
    return b;
}

static Val make_bound(Lower *L, Node *n, FuncSpec *s) {
    Bound *b = bound_of(L, s);
    Val obj = lower_expr(L, n->u.Attribute.value);
    IrTemp *self = coerce(L, obj.t, s->param_types[0]);
    Val sv = {self, obj.owned && self == obj.t};
    IrTemp *env = temp(L, b->env);
    IrInstr *in = emit(L, IR_NEW, env, 0, NULL);
    in->imm.i = closure_class_id(L, b->env);
    in->callee = b->code;
    in->flags |= IR_OWNED;
    alloc_site(L, in);
    in->site->text = arena_printf(L->arena, "bound method %s", n->u.Attribute.attr);
    may_raise(L, in);
    ptrvec_push(L->arena, &L->pending, env);
    owning(L, env);
    field_set(L, env, "self", s->param_types[0], take(L, sv));
    Val ev = {env, true};
    IrTemp *moved = take(L, ev);
    IrTemp *d = temp(L, bound_value_type(L, s));
    emit(L, IR_CONVERT, d, 1, &moved);
    ptrvec_push(L->arena, &L->pending, d);
    owning(L, d);
    Val out = {d, true};
    return out;
}

/* The bound wrapper's body: the method called on the environment's self. */
static void build_bound(Lower *L, Bound *b) {
    FuncSpec *s = b->spec;
    IrFunc *w = b->code;
    forward_begin(L, w, s);
    IrTemp *fnv = ir_param_new(w, L->ir, bound_value_type(L, s), "self_fn");
    IrTemp **args = arena_alloc(L->arena, (size_t)(s->nparams + 1) * sizeof *args);
    for (int i = 1; i < s->nparams; i++) args[i] = ir_param_new(w, L->ir, s->param_types[i], s->params[i]->name);
    IrTemp *env = ir_temp_new(w, L->ir, b->env, NULL);
    ir_emit(L->ir, L->cur, IR_CONVERT, env, 1, &fnv);
    args[0] = ir_temp_new(w, L->ir, s->param_types[0], NULL);
    IrInstr *get = ir_emit(L->ir, L->cur, IR_FIELD_GET, args[0], 1, &env);
    get->field = "self";
    forward_call(L, w, s, args);
}

bool closure_lower_expr(Lower *L, Node *n, Val *out) {
    if (n->kind == NODE_Attribute) { /* obj.method as a value */
        FuncSpec *s = ptrmap_get(&L->spec->callees, n);
        if (!s) return false;
        *out = make_bound(L, n, s);
        return true;
    }
    if (n->kind != NODE_Lambda && n->kind != NODE_Name) return false;
    FuncSpec *s = ptrmap_get(&L->spec->callees, n);
    if (!s || (n->kind == NODE_Name && !s->as_value)) return false;
    *out = function_value(L, s);
    return true;
}

/* A def statement making a function value (nested, or decorated). */
bool closure_lower_def(Lower *L, Node *def) {
    FuncSpec *s = ptrmap_get(&L->spec->callees, def);
    if (!s) return false;
    Val v = function_value(L, s);
    NodeList decos = def->u.FunctionDef.decorator_list;
    for (int i = decos.len - 1; i >= 0; i--) {
        FuncSpec *ds = ptrmap_get(&L->spec->callees, decos.items[i]);
        if (!ds) return true;
        IrTemp *arg = v.t;
        IrTemp *r = call_spec(L, ds, 1, &arg);
        v.t = r;
        v.owned = r && is_ref(r->type);
    }
    Symbol *sym = ptrmap_get(&L->spec->scope->by_name, sema_intern(L->c->prog, def->u.FunctionDef.name));
    if (sym && v.t) write_var(L, sym, v);
    return true;
}

bool closure_skip_assign(Lower *L, Node *assign) {
    if (assign->u.Assign.targets.len != 1) return false;
    Node *t = assign->u.Assign.targets.items[0];
    if (t->kind != NODE_Name) return false;
    Symbol *sym = sema_symbol_of(L->mod, t);
    return sym && ptrmap_get(&L->c->lambda_defs, assign->u.Assign.value) && ptrmap_get(&L->c->lambda_vars, sym);
}

/* ---- calls through values -------------------------------------------------------------- */

static IrTemp *call_value(Lower *L, IrTemp *fv, int nargs, IrTemp **args) {
    Type *ft = type_resolve(fv->type);
    IrTemp **all = arena_alloc(L->arena, (size_t)(nargs + 2) * sizeof *all);
    all[0] = fv;
    for (int i = 0; i < nargs; i++) all[i + 1] = coerce(L, args[i], ft->args[i]);
    Type *ret = ft->ret;
    IrTemp *dst = type_resolve(ret)->kind != TY_NONE ? temp(L, ret) : NULL;
    IrInstr *in = emit(L, IR_CALL_VALUE, dst, nargs + 1, all);
    may_raise(L, in);
    if (dst && is_ref(ret)) {
        in->flags |= IR_OWNED;
        ptrvec_push(L->arena, &L->pending, dst);
        owning(L, dst);
    }
    return dst;
}

Val closure_lower_value_call(Lower *L, Node *n) {
    IrTemp *fv = lower_value(L, n->u.Call.func);
    Type *ft = type_resolve(fv->type);
    NodeList args = n->u.Call.args;
    IrTemp **a = arena_alloc(L->arena, (size_t)(args.len + 1) * sizeof *a);
    for (int i = 0; i < args.len; i++) a[i] = lower_value(L, args.items[i]);
    IrTemp *dst = call_value(L, fv, args.len, a);
    Val v = {dst, dst && is_ref(ft->ret)};
    return v;
}

/* ---- key functions, map() and filter() ----------------------------------------------- */

static bool is_str_method(Lower *L, Node *key) {
    if (key->kind != NODE_Attribute || key->u.Attribute.value->kind != NODE_Name) return false;
    Symbol *b = sema_symbol_of(L->mod, key->u.Attribute.value);
    return b && b->kind == SYM_BUILTIN && b->builtin->id == B_STR;
}

Type *closure_key_type(Lower *L, Node *key) {
    Type *ft = ty_of(L, key);
    if (ft && ft->kind == TY_CALLABLE) return ft->ret;
    Symbol *sym = key->kind == NODE_Name ? sema_symbol_of(L->mod, key) : NULL;
    if ((sym && sym->kind == SYM_BUILTIN && sym->builtin->id == B_STR) || is_str_method(L, key)) return type_str(L->tt);
    return NULL;
}

IrTemp *closure_key_value(Lower *L, Node *key, IrTemp *item) {
    Symbol *sym = key->kind == NODE_Name ? sema_symbol_of(L->mod, key) : NULL;
    if (sym && sym->kind == SYM_BUILTIN && sym->builtin->id == B_STR) return to_str(L, item, false).t;
    if (is_str_method(L, key)) {
        const char *m = key->u.Attribute.attr;
        IrTemp *a[2] = {item, NULL};
        if (!strcmp(m, "strip")) {
            a[1] = null_ref(L, type_str(L->tt));
            return call_rt(L, "krt_str_strip", type_str(L->tt), true, true, 2, a).t;
        }
        return call_rt(L, arena_printf(L->arena, "krt_str_%s", m), type_str(L->tt), true, true, 1, a).t;
    }
    Type *ft = ty_of(L, key);
    if (!ft || ft->kind != TY_CALLABLE) return NULL;
    IrTemp *fv = lower_value(L, key);
    return call_value(L, fv, 1, &item);
}

/* map(f, a, ...) / filter(f, a): the list of what they yield. */
Val closure_lower_map_filter(Lower *L, Node *call, bool is_map) {
    Type *lt = ty_of(L, call);
    Type *et = type_resolve(lt)->args[0];
    NodeList args = call->u.Call.args;
    int k = args.len - 1;
    Node *f = args.items[0];
    bool inline_lambda = f->kind == NODE_Lambda && !ptrmap_get(&L->spec->callees, f);
    IrTemp *fv = NULL;
    if (!inline_lambda && k > 1) fv = lower_value(L, f);
    IrTemp **lists = arena_alloc(L->arena, (size_t)(k + 1) * sizeof *lists);
    for (int i = 0; i < k; i++) {
        IrTemp *v = lower_value(L, args.items[i + 1]);
        lists[i] = as_list(L, v, elem_of(L, v->type)).t;
    }
    IrTemp *count = shortest_length(L, lists, k);
    Val out = call_rt(L, list_fn(L, "new", lt), lt, true, true, 1, &count);
    int saved_floor = L->pending_floor;
    L->pending_floor = L->pending.len;
    CountedLoop lp = counted_loop_begin(L, const_int(L, 0), count);
    IrTemp **items = arena_alloc(L->arena, (size_t)(k + 1) * sizeof *items);
    for (int i = 0; i < k; i++) {
        Type *lti = type_resolve(lists[i]->type);
        items[i] = call_rt(L, list_fn(L, "get", lti), lti->args[0], true, false, 2, (IrTemp *[]){lists[i], lp.i}).t;
    }
    IrTemp *r;
    if (inline_lambda) {
        Scope *ls = sema_scope_of(L->mod, f);
        Node *a = f->u.Lambda.args;
        for (int i = 0; i < k; i++) {
            Node *param = a->u.arguments.args.items[i];
            Symbol *p = ptrmap_get(&ls->by_name, sema_intern(L->c->prog, param->u.arg.arg));
            Val v = {items[i], false};
            write_var(L, p, v);
        }
        r = lower_value(L, f->u.Lambda.body);
    } else if (k == 1) {
        r = key_value(L, f, items[0]);
    } else {
        r = call_value(L, fv, k, items);
    }
    if (is_map) {
        call_rt_void(L, list_fn(L, "append", lt), true, 2, (IrTemp *[]){out.t, coerce(L, r, et)});
    } else {
        IrBlock *keep = block(L), *next = block(L);
        ir_branch(L->cur, truth(L, r), keep, next);
        set_block(L, keep);
        call_rt_void(L, list_fn(L, "append", lt), true, 2, (IrTemp *[]){out.t, items[0]});
        jump(L, next);
        set_block(L, next);
    }
    release_pending(L);
    counted_loop_end(L, &lp);
    L->pending_floor = saved_floor;
    return out;
}

/* ---- after every function ------------------------------------------------------------ */

static IrTemp *const_default(Lower *L, Node *d) {
    if (d->kind == NODE_UnaryOp) {
        ConstValue c = d->u.UnaryOp.operand->u.Constant.value;
        bool neg = d->u.UnaryOp.op == UNARYOP_USub;
        if (c.kind == CONST_FLOAT) return const_float(L, neg ? -c.f : c.f);
        if (d->u.UnaryOp.op == UNARYOP_Invert) return const_int(L, ~c.i);
        if (d->u.UnaryOp.op == UNARYOP_Not) return const_bool(L, !(c.kind == CONST_TRUE || (c.kind == CONST_INT && c.i)));
        return const_int(L, neg ? -c.i : c.i);
    }
    return lower_expr(L, d).t;
}

/* The wrappers' bodies: call the function, defaults filled in. */
static void build_wrapper(Lower *L, FuncSpec *s) {
    IrFunc *w = ptrmap_get(&L->wrappers, s);
    forward_begin(L, w, s);
    ir_param_new(w, L->ir, value_type_of(L, s), "self_fn");
    DefSig sig;
    def_signature(L->arena, s->def, &sig);
    IrTemp **args = arena_alloc(L->arena, (size_t)(s->nparams + 1) * sizeof *args);
    for (int i = 0; i < s->nparams; i++) {
        if (i < s->nvalue_params) {
            args[i] = ir_param_new(w, L->ir, s->param_types[i], s->params[i]->name);
            continue;
        }
        Node *d = sig.defaults[i];
        IrTemp *v = default_is_constant(d) ? const_default(L, d) : read_default(L, s->module, d);
        args[i] = coerce(L, v, s->param_types[i]);
    }
    forward_call(L, w, s, args);
}

void closure_finish(Lower *L) {
    for (int i = 0; i < L->wrapped.len; i++) build_wrapper(L, L->wrapped.items[i]);
    for (int i = 0; i < L->bound_list.len; i++) build_bound(L, L->bound_list.items[i]);
    for (int i = 0; i < L->closure_classes.len; i++) ptrvec_push(L->arena, &L->ir->classes, L->closure_classes.items[i]);
}
