/* resolve.c — scopes and name binding (see sema.h for the rules).
 *
 * Two walks per module.  The first (collect) creates a Scope for every def,
 * lambda, class and comprehension and records in each scope the names it
 * binds (assignment targets, parameters, def/class names, imports, except
 * names, for/with targets, walrus targets) and declares (global, nonlocal).
 * The second (bind) maps every Name node to its Symbol: by then each
 * function's set of locals is complete, so `x` read before `x = ...` in the
 * same function correctly means the local.
 *
 * Errors reported here are CPython's compile-time symbol-table errors and
 * the constructs krait refuses on sight (eval, async, star imports, ...),
 * each naming the construct and saying what to do instead.  Type-dependent
 * refusals belong to the type checker.
 */
#include <string.h>

#include "diag.h"
#include "sema.h"

/* Suggestions farther than this many edits are noise. */
#define RESOLVE_MAX_SUGGEST_DISTANCE 2

typedef struct Resolver {
    Program *prog;
    Module *mod;
    Diag *diag;
    /* collect: loops enclosing the current statement within the current function */
    int loop_depth;
    bool binding_repeats;  /* binding a for loop's target: once per iteration */
    /* names declared global / nonlocal: Scope* -> PtrMap* (interned name -> Node*) */
    PtrMap globals_of;
    PtrMap nonlocals_of;
    /* names seen (bound or read) so far in each scope, for "used prior to global" */
    PtrMap seen_of;
} Resolver;

static void resolve_error(Resolver *r, const Node *n, const char *fmt, const char *arg) {
    diag_error(r->diag, &r->mod->src, n->span, fmt, arg);
}

/* ---- scopes and symbols ------------------------------------------------------- */

static Scope *scope_new(Resolver *r, ScopeKind kind, Scope *parent, Node *node, const char *name) {
    Scope *s = arena_alloc(r->prog->arena, sizeof *s);
    s->kind = kind;
    s->parent = parent;
    s->node = node;
    s->module = r->mod;
    ptrmap_init(&s->by_name, r->prog->arena);
    if (!parent)
        s->name = r->mod->name;
    else if (parent->kind == SCOPE_MODULE)
        s->name = name;
    else if (parent->kind == SCOPE_CLASS)
        s->name = arena_printf(r->prog->arena, "%s.%s", parent->name, name);
    else
        s->name = arena_printf(r->prog->arena, "%s.<locals>.%s", parent->name, name);
    if (parent) ptrvec_push(r->prog->arena, &parent->children, s);
    if (node) ptrmap_put(&r->mod->scopes, node, s);
    return s;
}

static Symbol *scope_lookup_local(Scope *s, const char *iname) {
    return ptrmap_get(&s->by_name, iname);
}

static Symbol *scope_add(Resolver *r, Scope *s, const char *iname, SymbolKind kind, Node *decl) {
    Symbol *sym = scope_lookup_local(s, iname);
    bool repeats = r->loop_depth > 0 || r->binding_repeats;
    if (sym) {
        sym->bound_in_loop |= repeats;
        sym->bindings++;
        /* a def or class rebinding a plain variable keeps the variable kind */
        return sym;
    }
    sym = arena_alloc(r->prog->arena, sizeof *sym);
    sym->name = iname;
    sym->kind = kind;
    sym->scope = s;
    sym->decl = decl;
    sym->bindings = 1;
    sym->bound_in_loop = repeats;
    sym->index = s->symbols.len;
    ptrvec_push(r->prog->arena, &s->symbols, sym);
    ptrmap_put(&s->by_name, iname, sym);
    return sym;
}

static PtrMap *scope_table(Resolver *r, PtrMap *tables, Scope *s, bool create) {
    PtrMap *t = ptrmap_get(tables, s);
    if (!t && create) {
        t = arena_alloc(r->prog->arena, sizeof *t);
        ptrmap_init(t, r->prog->arena);
        ptrmap_put(tables, s, t);
    }
    return t;
}

static bool declared_in(Resolver *r, PtrMap *tables, Scope *s, const char *iname) {
    PtrMap *t = scope_table(r, tables, s, false);
    return t && ptrmap_get(t, iname);
}

static Scope *module_scope(Scope *s) {
    while (s->parent) s = s->parent;
    return s;
}

/* The scope a walrus target binds in: the nearest enclosing non-comprehension. */
static Scope *walrus_scope(Scope *s) {
    while (s->kind == SCOPE_COMPREHENSION && s->parent) s = s->parent;
    return s;
}

static void note_seen(Resolver *r, Scope *s, const char *iname, Node *n) {
    PtrMap *t = scope_table(r, &r->seen_of, s, true);
    if (!ptrmap_get(t, iname)) ptrmap_put(t, iname, n);
}

/* Records that s binds iname at n. */
static void bind_name(Resolver *r, Scope *s, const char *name, SymbolKind kind, Node *n) {
    const char *iname = sema_intern(r->prog, name);
    note_seen(r, s, iname, n);
    if (declared_in(r, &r->globals_of, s, iname)) {
        Symbol *g = scope_add(r, module_scope(s), iname, SYM_VAR, n);
        if (s->kind != SCOPE_MODULE) g->written_by_inner = true;
        return;
    }
    if (declared_in(r, &r->nonlocals_of, s, iname)) return; /* bound in an enclosing function */
    scope_add(r, s, iname, kind, n);
}

/* ---- collect -------------------------------------------------------------------- */

static void collect(Resolver *r, Scope *s, Node *n);

typedef struct CollectCtx {
    Resolver *r;
    Scope *s;
} CollectCtx;

static void collect_child(Node *child, void *ctx) {
    CollectCtx *c = ctx;
    collect(c->r, c->s, child);
}

static void collect_list(Resolver *r, Scope *s, NodeList list) {
    for (int i = 0; i < list.len && !diag_should_stop(r->diag); i++)
        if (list.items[i]) collect(r, s, list.items[i]);
}

static void collect_opt(Resolver *r, Scope *s, Node *n) {
    if (n) collect(r, s, n);
}

/* Binding targets: Name, Tuple/List of targets, Starred, Attribute, Subscript. */
static void collect_target(Resolver *r, Scope *s, Node *t) {
    switch (t->kind) {
    case NODE_Name:
        bind_name(r, s, t->u.Name.id, SYM_VAR, t);
        break;
    case NODE_Tuple:
    case NODE_List: {
        NodeList elts = t->kind == NODE_Tuple ? t->u.Tuple.elts : t->u.List.elts;
        for (int i = 0; i < elts.len; i++) collect_target(r, s, elts.items[i]);
        break;
    }
    case NODE_Starred:
        collect_target(r, s, t->u.Starred.value);
        break;
    default:
        collect(r, s, t); /* a.b = ..., a[i] = ...: the parts are reads */
        break;
    }
}

static void collect_params(Resolver *r, Scope *outer, Scope *inner, Node *args) {
    /* defaults and annotations are evaluated in the enclosing scope */
    collect_list(r, outer, args->u.arguments.defaults);
    collect_list(r, outer, args->u.arguments.kw_defaults);
    NodeList groups[3] = {args->u.arguments.posonlyargs, args->u.arguments.args, args->u.arguments.kwonlyargs};
    for (int g = 0; g < 3; g++) {
        for (int i = 0; i < groups[g].len; i++) {
            Node *a = groups[g].items[i];
            collect_opt(r, outer, a->u.arg.annotation);
            bind_name(r, inner, a->u.arg.arg, SYM_PARAM, a);
        }
    }
    Node *extra[2] = {args->u.arguments.vararg, args->u.arguments.kwarg};
    for (int i = 0; i < 2; i++) {
        if (!extra[i]) continue;
        collect_opt(r, outer, extra[i]->u.arg.annotation);
        bind_name(r, inner, extra[i]->u.arg.arg, SYM_PARAM, extra[i]);
    }
}

static void collect_function(Resolver *r, Scope *s, Node *n) {
    if (n->kind == NODE_AsyncFunctionDef) {
        resolve_error(r, n, "async functions are not supported by krait (%s): firmware event loops are written "
                            "with plain functions called from the main loop", n->u.FunctionDef.name);
        return;
    }
    collect_list(r, s, n->u.FunctionDef.decorator_list);
    collect_opt(r, s, n->u.FunctionDef.returns);
    bind_name(r, s, n->u.FunctionDef.name, SYM_FUNC, n);
    Scope *f = scope_new(r, SCOPE_FUNCTION, s, n, n->u.FunctionDef.name);
    collect_params(r, s, f, n->u.FunctionDef.args);
    int saved_loops = r->loop_depth;
    r->loop_depth = 0;
    collect_list(r, f, n->u.FunctionDef.body);
    r->loop_depth = saved_loops;
}

static void collect_class(Resolver *r, Scope *s, Node *n) {
    collect_list(r, s, n->u.ClassDef.decorator_list);
    collect_list(r, s, n->u.ClassDef.bases);
    for (int i = 0; i < n->u.ClassDef.keywords.len; i++) {
        Node *kw = n->u.ClassDef.keywords.items[i];
        if (kw->u.keyword.arg && strcmp(kw->u.keyword.arg, "metaclass") == 0)
            resolve_error(r, kw, "metaclasses are not supported by krait (class %s): classes are compiled to C "
                                 "structs; there is no class object to customise", n->u.ClassDef.name);
        else
            collect(r, s, kw->u.keyword.value);
    }
    if (n->u.ClassDef.bases.len > 1)
        resolve_error(r, n->u.ClassDef.bases.items[1],
                      "multiple inheritance is not supported by krait (class %s): a krait class has one base "
                      "class; combine the bases or hold one as a field", n->u.ClassDef.name);
    bind_name(r, s, n->u.ClassDef.name, SYM_CLASS, n);
    Scope *c = scope_new(r, SCOPE_CLASS, s, n, n->u.ClassDef.name);
    int saved_loops = r->loop_depth;
    r->loop_depth = 0;
    collect_list(r, c, n->u.ClassDef.body);
    r->loop_depth = saved_loops;
}

static void collect_comprehension(Resolver *r, Scope *s, Node *n) {
    NodeList gens = n->kind == NODE_DictComp ? n->u.DictComp.generators : n->u.ListComp.generators;
    /* the first iterable is evaluated in the enclosing scope */
    Node *first = gens.items[0];
    collect(r, s, first->u.comprehension.iter);
    Scope *c = scope_new(r, SCOPE_COMPREHENSION, s, n, n->kind == NODE_ListComp ? "<listcomp>"
                                                       : n->kind == NODE_SetComp ? "<setcomp>"
                                                       : n->kind == NODE_DictComp ? "<dictcomp>" : "<genexpr>");
    for (int i = 0; i < gens.len; i++) {
        Node *g = gens.items[i];
        if (g->u.comprehension.is_async)
            resolve_error(r, g, "%s", "asynchronous comprehensions are not supported by krait");
        if (i > 0) collect(r, c, g->u.comprehension.iter);
        collect_target(r, c, g->u.comprehension.target);
        collect_list(r, c, g->u.comprehension.ifs);
    }
    if (n->kind == NODE_DictComp) {
        collect(r, c, n->u.DictComp.key);
        collect(r, c, n->u.DictComp.value);
    } else {
        collect(r, c, n->u.ListComp.elt);
    }
    if (n->kind == NODE_GeneratorExp) c->is_generator = true;
}

static void collect_declaration(Resolver *r, Scope *s, Node *n) {
    bool is_global = n->kind == NODE_Global;
    const char *what = is_global ? "global" : "nonlocal";
    if (!is_global && s->kind == SCOPE_MODULE) {
        diag_error(r->diag, &r->mod->src, n->span, "nonlocal declaration not allowed at module level");
        return;
    }
    for (int i = 0; i < n->u.Global.names.len; i++) {
        const char *iname = sema_intern(r->prog, n->u.Global.names.items[i]);
        Symbol *local = scope_lookup_local(s, iname);
        if (local && local->kind == SYM_PARAM) {
            diag_error(r->diag, &r->mod->src, n->span, "name '%s' is parameter and %s", iname, what);
            continue;
        }
        PtrMap *seen = scope_table(r, &r->seen_of, s, false);
        Node *prior = seen ? ptrmap_get(seen, iname) : NULL;
        if (prior) {
            bool assigned = local != NULL;
            diag_error(r->diag, &r->mod->src, n->span, "name '%s' is %s prior to %s declaration", iname,
                       assigned ? "assigned to" : "used", what);
            continue;
        }
        if (declared_in(r, is_global ? &r->nonlocals_of : &r->globals_of, s, iname)) {
            diag_error(r->diag, &r->mod->src, n->span, "name '%s' is nonlocal and global", iname);
            continue;
        }
        ptrmap_put(scope_table(r, is_global ? &r->globals_of : &r->nonlocals_of, s, true), iname, n);
    }
}

static void collect(Resolver *r, Scope *s, Node *n) {
    if (diag_should_stop(r->diag)) return;
    switch (n->kind) {
    case NODE_FunctionDef:
    case NODE_AsyncFunctionDef:
        collect_function(r, s, n);
        return;
    case NODE_ClassDef:
        collect_class(r, s, n);
        return;
    case NODE_Lambda: {
        Scope *f = scope_new(r, SCOPE_FUNCTION, s, n, "<lambda>");
        collect_params(r, s, f, n->u.Lambda.args);
        collect(r, f, n->u.Lambda.body);
        return;
    }
    case NODE_ListComp:
    case NODE_SetComp:
    case NODE_GeneratorExp:
    case NODE_DictComp:
        collect_comprehension(r, s, n);
        return;
    case NODE_Name:
        if (n->u.Name.ctx == CTX_Load)
            note_seen(r, s, sema_intern(r->prog, n->u.Name.id), n);
        else
            bind_name(r, s, n->u.Name.id, SYM_VAR, n);
        return;
    case NODE_NamedExpr: {
        Scope *target = walrus_scope(s);
        if (target->kind == SCOPE_CLASS && s->kind == SCOPE_COMPREHENSION) {
            diag_error(r->diag, &r->mod->src, n->span,
                       "assignment expression within a comprehension cannot be used in a class body");
            return;
        }
        collect(r, s, n->u.NamedExpr.value);
        bind_name(r, target, n->u.NamedExpr.target->u.Name.id, SYM_VAR, n->u.NamedExpr.target);
        return;
    }
    case NODE_Assign:
        collect(r, s, n->u.Assign.value);
        for (int i = 0; i < n->u.Assign.targets.len; i++) collect_target(r, s, n->u.Assign.targets.items[i]);
        return;
    case NODE_AugAssign:
        collect(r, s, n->u.AugAssign.value);
        if (n->u.AugAssign.target->kind == NODE_Name)
            note_seen(r, s, sema_intern(r->prog, n->u.AugAssign.target->u.Name.id), n->u.AugAssign.target);
        collect_target(r, s, n->u.AugAssign.target);
        return;
    case NODE_AnnAssign:
        collect(r, s, n->u.AnnAssign.annotation);
        collect_opt(r, s, n->u.AnnAssign.value);
        collect_target(r, s, n->u.AnnAssign.target);
        return;
    case NODE_For:
    case NODE_AsyncFor:
        if (n->kind == NODE_AsyncFor) resolve_error(r, n, "%s", "async for is not supported by krait");
        collect(r, s, n->u.For.iter);
        r->binding_repeats = true;
        collect_target(r, s, n->u.For.target);
        r->binding_repeats = false;
        r->loop_depth++;
        collect_list(r, s, n->u.For.body);
        r->loop_depth--;
        collect_list(r, s, n->u.For.orelse);
        return;
    case NODE_While:
        collect(r, s, n->u.While.test);
        r->loop_depth++;
        collect_list(r, s, n->u.While.body);
        r->loop_depth--;
        collect_list(r, s, n->u.While.orelse);
        return;
    case NODE_With:
    case NODE_AsyncWith:
        if (n->kind == NODE_AsyncWith) resolve_error(r, n, "%s", "async with is not supported by krait");
        for (int i = 0; i < n->u.With.items.len; i++) {
            Node *item = n->u.With.items.items[i];
            collect(r, s, item->u.withitem.context_expr);
            if (item->u.withitem.optional_vars) collect_target(r, s, item->u.withitem.optional_vars);
        }
        collect_list(r, s, n->u.With.body);
        return;
    case NODE_Try:
    case NODE_TryStar:
        if (n->kind == NODE_TryStar)
            resolve_error(r, n, "%s", "except* (exception groups) is not supported by krait");
        collect_list(r, s, n->u.Try.body);
        for (int i = 0; i < n->u.Try.handlers.len; i++) {
            Node *h = n->u.Try.handlers.items[i];
            collect_opt(r, s, h->u.ExceptHandler.type);
            if (h->u.ExceptHandler.name) bind_name(r, s, h->u.ExceptHandler.name, SYM_VAR, h);
            collect_list(r, s, h->u.ExceptHandler.body);
        }
        collect_list(r, s, n->u.Try.orelse);
        collect_list(r, s, n->u.Try.finalbody);
        return;
    case NODE_Match:
        resolve_error(r, n, "%s", "match statements are not supported by krait yet; use if/elif chains");
        return;
    case NODE_Import:
        for (int i = 0; i < n->u.Import.names.len; i++) {
            Node *a = n->u.Import.names.items[i];
            const char *name = a->u.alias.asname;
            if (!name) {
                const char *dot = strchr(a->u.alias.name, '.');
                name = dot ? arena_strndup(r->prog->arena, a->u.alias.name, (size_t)(dot - a->u.alias.name))
                           : a->u.alias.name;
            }
            bind_name(r, s, name, SYM_MODULE, a);
        }
        return;
    case NODE_ImportFrom:
        for (int i = 0; i < n->u.ImportFrom.names.len; i++) {
            Node *a = n->u.ImportFrom.names.items[i];
            if (strcmp(a->u.alias.name, "*") == 0) {
                resolve_error(r, a, "from %s import * is not supported by krait: it needs to know every name at "
                                    "compile time; import the names you use",
                              n->u.ImportFrom.module ? n->u.ImportFrom.module : ".");
                continue;
            }
            bind_name(r, s, a->u.alias.asname ? a->u.alias.asname : a->u.alias.name, SYM_IMPORTED, a);
        }
        return;
    case NODE_Global:
    case NODE_Nonlocal:
        collect_declaration(r, s, n);
        return;
    case NODE_Delete:
        for (int i = 0; i < n->u.Delete.targets.len; i++) collect_target(r, s, n->u.Delete.targets.items[i]);
        return;
    case NODE_Return:
        if (s->kind != SCOPE_FUNCTION) {
            diag_error(r->diag, &r->mod->src, n->span, "'return' outside function");
            return;
        }
        break;
    case NODE_Yield:
    case NODE_YieldFrom:
        if (s->kind == SCOPE_FUNCTION && s->node->kind != NODE_Lambda) {
            s->is_generator = true;
        } else {
            diag_error(r->diag, &r->mod->src, n->span, "'%s' %s", n->kind == NODE_Yield ? "yield" : "yield from",
                       s->kind == SCOPE_COMPREHENSION ? "inside list comprehension" : "outside function");
            return;
        }
        break;
    case NODE_Await:
        resolve_error(r, n, "%s", "await is not supported by krait");
        return;
    case NODE_Break:
        if (r->loop_depth == 0) diag_error(r->diag, &r->mod->src, n->span, "'break' outside loop");
        return;
    case NODE_Continue:
        if (r->loop_depth == 0) diag_error(r->diag, &r->mod->src, n->span, "'continue' not properly in loop");
        return;
    case NODE_Constant:
        if (n->u.Constant.value.kind == CONST_COMPLEX)
            resolve_error(r, n, "%s", "complex numbers are not supported by krait");
        else if (n->u.Constant.value.kind == CONST_BIGINT)
            resolve_error(r, n, "integer literal %s is too large for krait's int (64-bit, at most "
                                "9223372036854775807)", n->u.Constant.value.s);
        return;
    case NODE_Attribute:
        if (strcmp(n->u.Attribute.attr, "__dict__") == 0)
            resolve_error(r, n, "%s", "__dict__ is not supported by krait: objects are C structs with no "
                                      "attribute dictionary; use the fields directly");
        break;
    default:
        break;
    }
    /* everything else: its children are in the same scope */
    CollectCtx ctx = {r, s};
    ast_visit_children(n, collect_child, &ctx);
}

static Module *find_module(Program *prog, const char *name) {
    for (int i = 0; i < prog->modules.len; i++) {
        Module *m = prog->modules.items[i];
        if (strcmp(m->name, name) == 0) return m;
    }
    return NULL;
}

/* Links `import m` and `from m import x` bindings to the module and the
 * symbol they name (modules are resolved dependencies first, so the
 * imported module's scope is complete).  Relative imports stay unlinked. */
static void link_import(Resolver *r, Scope *s, Node *n) {
    if (n->kind == NODE_Import) {
        for (int i = 0; i < n->u.Import.names.len; i++) {
            Node *a = n->u.Import.names.items[i];
            const char *full = a->u.alias.name;
            const char *dot = strchr(full, '.');
            const char *bound = a->u.alias.asname ? full
                                : dot ? arena_strndup(r->prog->arena, full, (size_t)(dot - full)) : full;
            const char *name = a->u.alias.asname ? a->u.alias.asname : bound;
            Symbol *sym = scope_lookup_local(s, sema_intern(r->prog, name));
            if (sym && sym->kind == SYM_MODULE) sym->module = find_module(r->prog, bound);
        }
        return;
    }
    if (n->kind != NODE_ImportFrom) return;
    const char *from = sema_import_name(r->prog, r->mod, n);
    if (!from) return;
    Module *m = find_module(r->prog, from);
    for (int i = 0; i < n->u.ImportFrom.names.len; i++) {
        Node *a = n->u.ImportFrom.names.items[i];
        const char *name = a->u.alias.asname ? a->u.alias.asname : a->u.alias.name;
        Symbol *sym = scope_lookup_local(s, sema_intern(r->prog, name));
        if (!sym || sym->kind != SYM_IMPORTED || !m) continue;
        sym->module = m;
        /* from package import submodule (the package may still be resolving:
         * a package's modules import each other while its __init__ runs) */
        Symbol *target = m->scope ? scope_lookup_local(m->scope, sema_intern(r->prog, a->u.alias.name)) : NULL;
        Module *sub = target ? NULL
                             : find_module(r->prog, arena_printf(r->prog->arena, "%s.%s", m->name, a->u.alias.name));
        if (sub) {
            sym->kind = SYM_MODULE;
            sym->module = sub;
            continue;
        }
        if (m->scope) {
            sym->target = target;
            if (!sym->target && !m->is_builtin)
                diag_error(r->diag, &r->mod->src, a->span, "cannot import name '%s' from '%s'", a->u.alias.name,
                           m->name);
        }
    }
}

/* After collect: every nonlocal must name a variable of an enclosing function. */
static void check_nonlocals(Resolver *r, Scope *s) {
    PtrMap *decls = scope_table(r, &r->nonlocals_of, s, false);
    if (decls) {
        for (size_t i = 0; i < decls->cap; i++) {
            if (!decls->keys[i]) continue;
            const char *iname = decls->keys[i];
            Node *site = decls->values[i];
            Symbol *found = NULL;
            for (Scope *p = s->parent; p && !found; p = p->parent)
                if (p->kind == SCOPE_FUNCTION || p->kind == SCOPE_COMPREHENSION) found = scope_lookup_local(p, iname);
            if (!found)
                diag_error(r->diag, &r->mod->src, site->span, "no binding for nonlocal '%s' found", iname);
            else
                found->written_by_inner = true;
        }
    }
    for (int i = 0; i < s->children.len; i++) check_nonlocals(r, s->children.items[i]);
}

/* ---- bind ------------------------------------------------------------------------ */

static Symbol *builtin_symbol(Resolver *r, const char *iname) {
    const Builtin *b = builtin_lookup(iname);
    if (!b) return NULL;
    /* one symbol per builtin, kept in a pseudo-scope-free map on the module */
    static const char key_base = 0;
    PtrMap *cache = ptrmap_get(&r->mod->scopes, &key_base);
    if (!cache) {
        cache = arena_alloc(r->prog->arena, sizeof *cache);
        ptrmap_init(cache, r->prog->arena);
        ptrmap_put(&r->mod->scopes, &key_base, cache);
    }
    Symbol *sym = ptrmap_get(cache, iname);
    if (!sym) {
        sym = arena_alloc(r->prog->arena, sizeof *sym);
        sym->name = iname;
        sym->kind = SYM_BUILTIN;
        sym->builtin = b;
        ptrmap_put(cache, iname, sym);
    }
    return sym;
}

static Symbol *lookup(Resolver *r, Scope *s, const char *iname) {
    if (declared_in(r, &r->globals_of, s, iname)) {
        Symbol *g = scope_lookup_local(module_scope(s), iname);
        return g ? g : builtin_symbol(r, iname);
    }
    Symbol *sym = NULL;
    if (!declared_in(r, &r->nonlocals_of, s, iname)) {
        sym = scope_lookup_local(s, iname);
        if (sym) return sym;
    }
    for (Scope *p = s->parent; p; p = p->parent) {
        if (p->kind == SCOPE_CLASS) continue; /* class bodies are not enclosing scopes */
        if (declared_in(r, &r->globals_of, p, iname)) break;
        sym = scope_lookup_local(p, iname);
        if (sym) {
            if (p->kind != SCOPE_MODULE) {
                sym->captured = true;
                for (Scope *q = s; q != p; q = q->parent) q->has_free = true;
            }
            return sym;
        }
    }
    sym = scope_lookup_local(module_scope(s), iname);
    return sym ? sym : builtin_symbol(r, iname);
}

/* Edit distance, for "did you mean". */
static int edit_distance(const char *a, const char *b) {
    /* optimal string alignment: a swap of two neighbours counts as one edit */
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64) return 99;
    int prev2[65], prev[65], cur[65];
    for (size_t j = 0; j <= lb; j++) prev[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = prev[j - 1] + cost;
            if (prev[j] + 1 < best) best = prev[j] + 1;
            if (cur[j - 1] + 1 < best) best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < best)
                best = prev2[j - 2] + 1;
            cur[j] = best;
        }
        memcpy(prev2, prev, sizeof prev);
        memcpy(prev, cur, sizeof prev);
    }
    return prev[lb];
}

static const char *suggest(Resolver *r, Scope *s, const char *name) {
    const char *best = NULL;
    int best_d = RESOLVE_MAX_SUGGEST_DISTANCE + 1;
    for (Scope *p = s; p; p = p->parent) {
        if (p != s && p->kind == SCOPE_CLASS) continue;
        for (int i = 0; i < p->symbols.len; i++) {
            Symbol *sym = p->symbols.items[i];
            int d = edit_distance(name, sym->name);
            if (d < best_d && (size_t)d * 3 <= strlen(name)) {
                best_d = d;
                best = sym->name;
            }
        }
    }
    static const char *const common[] = {"print", "len", "range", "int", "float", "str", "list", "dict",
                                         "set", "tuple", "bool", "min", "max", "sum", "abs", "sorted",
                                         "enumerate", "zip", "isinstance", "ValueError", "Exception"};
    for (size_t i = 0; i < sizeof common / sizeof common[0]; i++) {
        int d = edit_distance(name, common[i]);
        if (d < best_d && (size_t)d * 3 <= strlen(name)) {
            best_d = d;
            best = common[i];
        }
    }
    (void)r;
    return best;
}

static void bind(Resolver *r, Scope *s, Node *n);

typedef struct BindCtx {
    Resolver *r;
    Scope *s;
} BindCtx;

static void bind_child(Node *child, void *ctx) {
    BindCtx *c = ctx;
    bind(c->r, c->s, child);
}

static void bind_children(Resolver *r, Scope *s, Node *n) {
    BindCtx ctx = {r, s};
    ast_visit_children(n, bind_child, &ctx);
}

static void bind_list(Resolver *r, Scope *s, NodeList list) {
    for (int i = 0; i < list.len; i++)
        if (list.items[i]) bind(r, s, list.items[i]);
}

static void bind_name_node(Resolver *r, Scope *s, Node *n) {
    const char *iname = sema_intern(r->prog, n->u.Name.id);
    Symbol *sym;
    if (n->u.Name.ctx != CTX_Load && !declared_in(r, &r->globals_of, s, iname) &&
        !declared_in(r, &r->nonlocals_of, s, iname)) {
        sym = scope_lookup_local(s, iname);
    } else {
        sym = lookup(r, s, iname);
    }
    if (!sym && strcmp(iname, "__name__") == 0) {
        sym = scope_add(r, module_scope(s), iname, SYM_VAR, NULL);
    }
    if (!sym && declared_in(r, &r->nonlocals_of, s, iname)) return; /* reported by check_nonlocals */
    if (!sym) {
        const char *hint = suggest(r, s, iname);
        if (hint)
            diag_error(r->diag, &r->mod->src, n->span, "name '%s' is not defined; did you mean '%s'?", iname, hint);
        else
            diag_error(r->diag, &r->mod->src, n->span, "name '%s' is not defined", iname);
        return;
    }
    if (sym->kind == SYM_BUILTIN && sym->builtin->kind == BUILTIN_REJECTED) {
        diag_error(r->diag, &r->mod->src, n->span, "%s", sym->builtin->reason);
        return;
    }
    ptrmap_put(&r->mod->names, n, sym);
}

static void bind_params(Resolver *r, Scope *outer, Scope *inner, Node *args) {
    (void)inner;
    bind_list(r, outer, args->u.arguments.defaults);
    bind_list(r, outer, args->u.arguments.kw_defaults);
    NodeList groups[3] = {args->u.arguments.posonlyargs, args->u.arguments.args, args->u.arguments.kwonlyargs};
    for (int g = 0; g < 3; g++)
        for (int i = 0; i < groups[g].len; i++) {
            Node *a = groups[g].items[i];
            if (a->u.arg.annotation) bind(r, outer, a->u.arg.annotation);
        }
    Node *extra[2] = {args->u.arguments.vararg, args->u.arguments.kwarg};
    for (int i = 0; i < 2; i++)
        if (extra[i] && extra[i]->u.arg.annotation) bind(r, outer, extra[i]->u.arg.annotation);
}

/* getattr(x, "name") is fine; a computed name is not. */
static void check_reflection_call(Resolver *r, Scope *s, Node *call) {
    Node *f = call->u.Call.func;
    if (f->kind != NODE_Name) return;
    Symbol *sym = lookup(r, s, sema_intern(r->prog, f->u.Name.id));
    if (!sym || sym->kind != SYM_BUILTIN) return;
    int id = sym->builtin->id;
    if (sym->builtin->kind != BUILTIN_FUNCTION) return;
    if (id != B_GETATTR && id != B_SETATTR && id != B_HASATTR && id != B_DELATTR) return;
    Node *name = call->u.Call.args.len >= 2 ? call->u.Call.args.items[1] : NULL;
    if (!name || name->kind != NODE_Constant || name->u.Constant.value.kind != CONST_STR)
        diag_error(r->diag, &r->mod->src, call->span,
                   "%s() with a computed attribute name is not supported by krait: attributes are resolved at "
                   "compile time; write obj.name, or use a dict for data keyed by name", f->u.Name.id);
}

static void bind(Resolver *r, Scope *s, Node *n) {
    if (diag_should_stop(r->diag)) return;
    switch (n->kind) {
    case NODE_Name:
        bind_name_node(r, s, n);
        return;
    case NODE_FunctionDef:
    case NODE_AsyncFunctionDef: {
        Scope *f = sema_scope_of(r->mod, n);
        if (!f) return;
        bind_list(r, s, n->u.FunctionDef.decorator_list);
        if (n->u.FunctionDef.returns) bind(r, s, n->u.FunctionDef.returns);
        bind_params(r, s, f, n->u.FunctionDef.args);
        bind_list(r, f, n->u.FunctionDef.body);
        return;
    }
    case NODE_Lambda: {
        Scope *f = sema_scope_of(r->mod, n);
        bind_params(r, s, f, n->u.Lambda.args);
        bind(r, f, n->u.Lambda.body);
        return;
    }
    case NODE_ClassDef: {
        Scope *c = sema_scope_of(r->mod, n);
        bind_list(r, s, n->u.ClassDef.decorator_list);
        bind_list(r, s, n->u.ClassDef.bases);
        for (int i = 0; i < n->u.ClassDef.keywords.len; i++)
            bind(r, s, ((Node *)n->u.ClassDef.keywords.items[i])->u.keyword.value);
        bind_list(r, c, n->u.ClassDef.body);
        return;
    }
    case NODE_ListComp:
    case NODE_SetComp:
    case NODE_GeneratorExp:
    case NODE_DictComp: {
        Scope *c = sema_scope_of(r->mod, n);
        NodeList gens = n->kind == NODE_DictComp ? n->u.DictComp.generators : n->u.ListComp.generators;
        for (int i = 0; i < gens.len; i++) {
            Node *g = gens.items[i];
            bind(r, i == 0 ? s : c, g->u.comprehension.iter);
            bind(r, c, g->u.comprehension.target);
            bind_list(r, c, g->u.comprehension.ifs);
        }
        if (n->kind == NODE_DictComp) {
            bind(r, c, n->u.DictComp.key);
            bind(r, c, n->u.DictComp.value);
        } else {
            bind(r, c, n->u.ListComp.elt);
        }
        return;
    }
    case NODE_NamedExpr: {
        bind(r, s, n->u.NamedExpr.value);
        Node *t = n->u.NamedExpr.target;
        Symbol *sym = lookup(r, walrus_scope(s), sema_intern(r->prog, t->u.Name.id));
        if (sym) ptrmap_put(&r->mod->names, t, sym);
        return;
    }
    case NODE_Call:
        check_reflection_call(r, s, n);
        break;
    case NODE_Import:
    case NODE_ImportFrom:
        link_import(r, s, n);
        return;
    case NODE_Global:
    case NODE_Nonlocal:
    case NODE_Match:
        return;
    default:
        break;
    }
    bind_children(r, s, n);
}

Symbol *sema_symbol_of(const Module *mod, const Node *name_node) {
    return ptrmap_get(&mod->names, name_node);
}

Scope *sema_scope_of(const Module *mod, const Node *def_node) {
    return ptrmap_get(&mod->scopes, def_node);
}

static bool resolve_module(Program *prog, Module *mod) {
    Resolver r;
    memset(&r, 0, sizeof r);
    r.prog = prog;
    r.mod = mod;
    r.diag = prog->diag;
    ptrmap_init(&r.globals_of, prog->arena);
    ptrmap_init(&r.nonlocals_of, prog->arena);
    ptrmap_init(&r.seen_of, prog->arena);
    int errors_before = diag_error_count(prog->diag);
    mod->scope = scope_new(&r, SCOPE_MODULE, NULL, mod->ast, mod->name);
    collect_list(&r, mod->scope, mod->ast->u.Module.body);
    check_nonlocals(&r, mod->scope);
    bind_list(&r, mod->scope, mod->ast->u.Module.body);
    return diag_error_count(prog->diag) == errors_before;
}

bool resolve_program(Program *prog) {
    bool ok = true;
    for (int i = 0; i < prog->modules.len && !diag_should_stop(prog->diag); i++) {
        Module *m = prog->modules.items[i];
        if (m->is_builtin) continue;
        if (!resolve_module(prog, m)) ok = false;
    }
    return ok;
}
