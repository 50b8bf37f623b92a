/* infer.c — whole-program type inference and checking.
 *
 * Input: the resolved Program.  Output: a Checked program (check.h) in which
 * every expression of every function specialisation has one ground type.
 *
 * How: unification (types.c) driven by a walk of the code in execution
 * order, starting at each module's top level.  A variable's type is an
 * inference variable bound by its first assignment; later assignments must
 * unify with it (`x = None` then `x = 3` widens to Optional[int]).  A call
 * to a program function asks for the specialisation matching the argument
 * types and infers its body right then (depth first), so a function never
 * called is never compiled — exactly like a function CPython never runs
 * never fails.  A recursive call meets a specialisation being inferred and
 * uses its return type variable; the return statements bind it.
 *
 * Errors name both sides of a conflict: the expression that disagrees and,
 * in a note, where the variable got its type.  Constructs the checker does
 * not handle yet are refused with "... is not supported yet by krait", so a
 * program is compiled right or refused clearly, never half compiled.
 */
#include <string.h>

#include "typed.h"
#include "diag.h"

/* Nesting of specialisations being inferred at once (deep call chains of
 * first calls); beyond it the program is more recursive than a firmware
 * call graph should be. */
#define INFER_MAX_DEPTH 200

/* Variables narrowed at once by nested `is not None` tests; deeper nesting
 * simply stops narrowing (the program is then refused where it relies on it). */
#define INFER_MAX_NARROW 64

typedef struct Infer {
    Checked *c;
    Program *prog;
    Diag *diag;
    TypeTable *tt;
    Arena *arena;
    FuncSpec *spec; /* the specialisation being inferred */
    Module *mod;
    int depth;
    int loop_depth;
    /* Variables known not to be None where the code being inferred runs
     * (inside `if x is not None:`, after `if x is None: return`, in the
     * right operand of `x is not None and ...`): reads of them have the
     * Optional's inner type and lowering unwraps them (a checked unwrap, so
     * a wrong proof raises instead of misbehaving). */
    Symbol *narrowed[INFER_MAX_NARROW];
    int nnarrowed;
    PtrVec narrow_later; /* NarrowLater*: reads of a variable still typed None */
    PtrVec default_int;  /* Type* variables (printed empty containers' elements) that become int if still unknown */
} Infer;

/* A narrowed read of a variable whose type is still None when the read is
 * inferred (`best = None` … `if best is None or n > best: best = n`): its
 * type is the Optional's inner type, known once inference ends. */
typedef struct NarrowLater {
    Type *read;     /* the read's type */
    Type *var;      /* the variable's type */
    Node *site;
    Module *mod;
} NarrowLater;

static Type *infer_expr(Infer *in, Node *n);
static ClassData *class_data_of(Type *t);
static FuncSpec *dunder_spec(Infer *in, Node *site, Type *self, const char *name, Type **args, int nargs);
static Type *infer_condition(Infer *in, Node *n);
static void infer_truth_of(Infer *in, Type *t, Node *site);
static Type *infer_comprehension(Infer *in, Node *n);
static bool infer_generators(Infer *in, NodeList gens);
static Type *dict_of(Infer *in, Node *site, Type *key, Type *value);
static Type *set_of(Infer *in, Node *site, Type *elem, bool frozen);
static bool is_set(Type *t);
static bool is_bytes_like(Type *t);
static void infer_assign_target(Infer *in, Node *target, Type *value, Node *site);
static bool in_comprehension_of(const Scope *scope, const Scope *fn);
static bool is_narrowed(Infer *in, Symbol *sym);
static Type *narrowed_type(Infer *in, Symbol *sym, Node *site);
static void infer_block(Infer *in, NodeList body);

static const char *tname(Infer *in, Type *t) {
    return type_name(in->arena, t);
}

static void infer_error(Infer *in, const Node *n, const char *fmt, const char *a, const char *b) {
    diag_error(in->diag, &in->mod->src, n->span, fmt, a, b);
}

static Type *unsupported(Infer *in, const Node *n, const char *what) {
    diag_error(in->diag, &in->mod->src, n->span, "%s is not supported yet by krait", what);
    return type_never(in->tt);
}

/* A type that stands for an earlier error: nothing more is said about it.
 * An unbound variable counts once errors exist (it lost its assignment to
 * one of them). */
static bool poisoned(Infer *in, Type *t) {
    t = type_resolve(t);
    return t->kind == TY_NEVER || (t->kind == TY_VAR && diag_error_count(in->diag) > 0);
}

static Type *record(Infer *in, Node *n, Type *t) {
    ptrmap_put(&in->spec->types, n, t);
    return t;
}

Type *check_type_of(const FuncSpec *spec, const Node *n) {
    Type *t = ptrmap_get(&spec->types, n);
    return t ? type_resolve(t) : NULL;
}

/* ---- variables ------------------------------------------------------------------ */

static bool symbol_is_global(const Symbol *sym) {
    /* module variables, and class attributes (one per class, like globals) */
    return sym->scope && (sym->scope->kind == SCOPE_MODULE || sym->scope->kind == SCOPE_CLASS);
}

Type *check_symbol_type(const Checked *c, const FuncSpec *spec, const Symbol *sym) {
    Type *t = symbol_is_global(sym) ? ptrmap_get(&c->globals, sym) : ptrmap_get(&spec->locals, sym);
    return t ? type_resolve(t) : NULL;
}

/* The (variable) type of a variable symbol in the current specialisation. */
static Type *var_type(Infer *in, Symbol *sym) {
    PtrMap *map = symbol_is_global(sym) ? &in->c->globals : &in->spec->locals;
    Type *t = ptrmap_get(map, sym);
    if (!t) {
        t = type_var(in->tt);
        ptrmap_put(map, sym, t);
    }
    return t;
}

static bool type_is_numeric(Type *t) {
    t = type_resolve(t);
    return t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL;
}

/* Gives variable sym (first bound at decl) a value of type value at site. */
static void assign_var(Infer *in, Symbol *sym, Type *value, Node *site) {
    Type *v = var_type(in, sym);
    Type *cur = type_resolve(v);
    Type *val = type_resolve(value);
    if (val->kind == TY_NEVER) {
        if (cur->kind == TY_VAR) type_unify(in->tt, cur, val);
        return;
    }
    if (cur->kind == TY_NEVER) return;
    if (type_unify(in->tt, v, val)) return;
    /* None and T join into Optional[T] */
    if (cur->kind == TY_NONE && val->kind != TY_OPTIONAL && v->kind == TY_VAR && v->bound) {
        v->bound = type_optional(in->tt, val);
        return;
    }
    if (val->kind == TY_NONE && cur->kind != TY_OPTIONAL && v->kind == TY_VAR && v->bound) {
        v->bound = type_optional(in->tt, cur);
        return;
    }
    if (cur->kind == TY_OPTIONAL && type_unify(in->tt, cur->args[0], val)) return;
    if (cur->kind == TY_OPTIONAL && val->kind == TY_NONE) return;
    if (class_data_of(cur) && class_data_of(val)) {
        unsupported(in, site, arena_printf(in->arena, "a variable holding instances of different classes (%s and %s: "
                                                      "subclass polymorphism)", tname(in, cur), tname(in, val)));
        return;
    }
    diag_error(in->diag, &in->mod->src, site->span, "variable '%s' of type %s cannot hold a %s", sym->name,
               tname(in, cur), tname(in, val));
    if (sym->decl && sym->scope)
        diag_note(in->diag, &sym->scope->module->src, sym->decl->span, "'%s' was inferred as %s here", sym->name,
                  tname(in, cur));
}

/* Can a value of type got be passed where want is declared?  Unifies when
 * it can: int is accepted as float, T and None as Optional[T]. */
static bool type_accepts(Infer *in, Type *want, Type *got) {
    Type *w = type_resolve(want), *g = type_resolve(got);
    if (w->kind == TY_FLOAT && g->kind == TY_INT) return true;
    if (type_unify(in->tt, w, g)) return true;
    if (w->kind == TY_OPTIONAL) {
        if (g->kind == TY_NONE) return true;
        if (type_resolve(w->args[0])->kind == TY_FLOAT && g->kind == TY_INT) return true;
        return type_unify(in->tt, w->args[0], g);
    }
    return false;
}

/* ---- annotations ------------------------------------------------------------------ */

static Type *annotation_type(Infer *in, Node *a);
static Symbol *follow_import(Symbol *sym);
static Symbol *scope_lookup_name(Infer *in, Module *m, const char *name);
static Type *exception_type(Infer *in);

static Type *annotation_name(Infer *in, Node *a, const char *name) {
    if (strcmp(name, "int") == 0) return type_int(in->tt);
    if (strcmp(name, "float") == 0) return type_float(in->tt);
    if (strcmp(name, "bool") == 0) return type_bool(in->tt);
    if (strcmp(name, "str") == 0) return type_str(in->tt);
    if (strcmp(name, "bytes") == 0) return type_bytes(in->tt);
    if (strcmp(name, "bytearray") == 0) return type_bytearray(in->tt);
    if (strcmp(name, "None") == 0) return type_none(in->tt);
    if (strcmp(name, "list") == 0 || strcmp(name, "List") == 0) return type_list(in->tt, type_var(in->tt));
    if (strcmp(name, "Final") == 0) return type_var(in->tt);
    if (strcmp(name, "dict") == 0 || strcmp(name, "Dict") == 0) return type_dict(in->tt, type_var(in->tt), type_var(in->tt));
    if (strcmp(name, "set") == 0 || strcmp(name, "Set") == 0) return type_set(in->tt, type_var(in->tt));
    if (strcmp(name, "frozenset") == 0 || strcmp(name, "FrozenSet") == 0) return type_frozenset(in->tt, type_var(in->tt));
    if (strcmp(name, "range") == 0) return type_range(in->tt);
    /* a class the program defines (or imports): classes come later */
    Symbol *sym = a->kind == NODE_Name ? follow_import(sema_symbol_of(in->mod, a)) : NULL;
    if (!sym && a->kind == NODE_Constant) /* "Node": a forward reference */
        sym = follow_import(scope_lookup_name(in, in->mod, name));
    if (sym && sym->kind == SYM_CLASS && sym->decl) {
        ClassData *cd = check_class_of_def(in->c, sym->decl);
        if (cd) return type_class(in->tt, cd->info);
        if (check_exception_class_index(in->c, sym->decl) >= 0) return exception_type(in);
        return unsupported(in, a, arena_printf(in->arena, "the class '%s' here (its definition has not run yet)", name));
    }
    if (sym && sym->kind == SYM_BUILTIN && sym->builtin->kind == BUILTIN_EXCEPTION) return exception_type(in);
    if (strcmp(name, "Callable") == 0 || strcmp(name, "Iterator") == 0 || strcmp(name, "Generator") == 0 ||
        strcmp(name, "Iterable") == 0)
        return unsupported(in, a, arena_printf(in->arena, "'%s' annotations", name));
    infer_error(in, a, "unknown type '%s' in annotation%s", name, "");
    return type_never(in->tt);
}

static Type *annotation_type(Infer *in, Node *a) {
    switch (a->kind) {
    case NODE_Name:
        return annotation_name(in, a, a->u.Name.id);
    case NODE_Constant:
        if (a->u.Constant.value.kind == CONST_NONE) return type_none(in->tt);
        if (a->u.Constant.value.kind == CONST_STR) return annotation_name(in, a, a->u.Constant.value.s);
        break;
    case NODE_Attribute:
        return annotation_name(in, a, a->u.Attribute.attr);
    case NODE_BinOp: /* X | None (PEP 604) */
        if (a->u.BinOp.op == BINOP_BitOr) {
            Type *l = annotation_type(in, a->u.BinOp.left);
            Type *r = annotation_type(in, a->u.BinOp.right);
            if (type_resolve(r)->kind == TY_NONE) return type_optional(in->tt, l);
            if (type_resolve(l)->kind == TY_NONE) return type_optional(in->tt, r);
            return unsupported(in, a, "union types other than X | None");
        }
        break;
    case NODE_Subscript: {
        Node *base = a->u.Subscript.value;
        const char *name = base->kind == NODE_Name ? base->u.Name.id
                           : base->kind == NODE_Attribute ? base->u.Attribute.attr : "";
        Node *arg = a->u.Subscript.slice;
        NodeList args = arg->kind == NODE_Tuple ? arg->u.Tuple.elts : ast_list1(in->arena, arg);
        if ((strcmp(name, "list") == 0 || strcmp(name, "List") == 0) && args.len == 1)
            return type_list(in->tt, annotation_type(in, args.items[0]));
        if ((strcmp(name, "set") == 0 || strcmp(name, "Set") == 0) && args.len == 1)
            return type_set(in->tt, annotation_type(in, args.items[0]));
        if ((strcmp(name, "frozenset") == 0 || strcmp(name, "FrozenSet") == 0) && args.len == 1)
            return type_frozenset(in->tt, annotation_type(in, args.items[0]));
        if (strcmp(name, "Callable") == 0 || strcmp(name, "Iterator") == 0 || strcmp(name, "Generator") == 0 ||
            strcmp(name, "Iterable") == 0)
            return unsupported(in, a, arena_printf(in->arena, "'%s' annotations", name));
        if ((strcmp(name, "dict") == 0 || strcmp(name, "Dict") == 0) && args.len == 2)
            return type_dict(in->tt, annotation_type(in, args.items[0]), annotation_type(in, args.items[1]));
        if (strcmp(name, "Optional") == 0 && args.len == 1)
            return type_optional(in->tt, annotation_type(in, args.items[0]));
        if (strcmp(name, "Final") == 0 && args.len == 1) return annotation_type(in, args.items[0]);
        if (strcmp(name, "tuple") == 0 || strcmp(name, "Tuple") == 0) {
            Type **fields = arena_alloc(in->arena, (size_t)(args.len + 1) * sizeof *fields);
            for (int i = 0; i < args.len; i++) fields[i] = annotation_type(in, args.items[i]);
            return type_tuple(in->tt, fields, args.len);
        }
        break;
    }
    default:
        break;
    }
    unsupported(in, a, "this form of type annotation");
    return type_never(in->tt);
}

/* ---- specialisations ---------------------------------------------------------------- */

static FuncSpec *spec_new(Infer *in, Node *def, Scope *scope, Module *mod) {
    FuncSpec *s = arena_alloc(in->arena, sizeof *s);
    s->def = def;
    s->scope = scope;
    s->module = mod;
    ptrmap_init(&s->types, in->arena);
    ptrmap_init(&s->locals, in->arena);
    ptrmap_init(&s->callees, in->arena);
    ptrmap_init(&s->method_args, in->arena);
    ptrmap_init(&s->dunders, in->arena);
    ptrvec_push(in->arena, &in->c->specs, s);
    return s;
}

/* "app__Sensor__read": module prefix, then the qualified name. */
static const char *spec_c_name(Infer *in, Module *mod, const char *qualname, int index) {
    const char *base = arena_printf(in->arena, "%s__%s", mod->c_prefix, qualname);
    char *p = arena_strdup(in->arena, base);
    char *out = arena_alloc(in->arena, strlen(p) * 4 + 16);
    char *o = out;
    for (char *c = p; *c; c++) {
        unsigned char ch = (unsigned char)*c;
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_') {
            *o++ = (char)ch;
        } else if (ch == '.') {
            *o++ = '_';
            *o++ = '_';
        } else if (ch == '<' || ch == '>') {
            /* <locals> -> locals */
        } else {
            static const char hex[] = "0123456789abcdef";
            *o++ = '_';
            *o++ = hex[ch >> 4];
            *o++ = hex[ch & 15];
        }
    }
    *o = '\0';
    if (index > 0) return arena_printf(in->arena, "%s__%d", out, index);
    return out;
}

static void infer_spec_body(Infer *in, FuncSpec *spec);

void def_signature(Arena *arena, Node *def, DefSig *out) {
    Node *a = def->u.FunctionDef.args;
    NodeList po = a->u.arguments.posonlyargs, args = a->u.arguments.args, kw = a->u.arguments.kwonlyargs;
    NodeList defaults = a->u.arguments.defaults, kwd = a->u.arguments.kw_defaults;
    out->nposonly = po.len;
    out->npositional = po.len + args.len;
    out->n = out->npositional + kw.len;
    out->params = arena_alloc(arena, (size_t)(out->n + 1) * sizeof *out->params);
    out->defaults = arena_alloc(arena, (size_t)(out->n + 1) * sizeof *out->defaults);
    for (int i = 0; i < out->n; i++) {
        out->params[i] = i < po.len ? po.items[i] : i < out->npositional ? args.items[i - po.len]
                                                                         : kw.items[i - out->npositional];
        out->defaults[i] = NULL;
    }
    /* defaults belong to the last positional parameters */
    for (int d = 0; d < defaults.len; d++) out->defaults[out->npositional - defaults.len + d] = defaults.items[d];
    for (int k = 0; k < kw.len; k++) out->defaults[out->npositional + k] = k < kwd.len ? kwd.items[k] : NULL;
}

/* The specialisation of def for these argument types (one per parameter,
 * defaults filled in), inferred if new. */
static FuncSpec *spec_for_call(Infer *in, Node *def, Module *def_mod, Type **arg_types, Node *call) {
    DefSig sig;
    def_signature(in->arena, def, &sig);
    NodeList params = {sig.params, sig.n};
    int n = params.len;
    Type **ptypes = arena_alloc(in->arena, (size_t)(n + 1) * sizeof *ptypes);
    for (int i = 0; i < n; i++) {
        Node *p = params.items[i];
        Type *a = type_resolve(arg_types[i]);
        if (p->u.arg.annotation) {
            Type *ann = annotation_type(in, p->u.arg.annotation);
            if (a->kind == TY_OPTIONAL && type_accepts(in, ann, a->args[0]) && type_resolve(ann)->kind != TY_OPTIONAL) {
                unsupported(in, call, arena_printf(in->arena, "passing an Optional value to parameter '%s' declared %s "
                                                              "(narrowing applies to variables, not attributes)",
                                                   p->u.arg.arg, tname(in, ann)));
                return NULL;
            }
            if (!type_accepts(in, ann, a) && type_resolve(ann)->kind != TY_NEVER) {
                diag_error(in->diag, &in->mod->src, call->span,
                           "argument %d of %s() is %s, but parameter '%s' is declared %s", i + 1,
                           def->u.FunctionDef.name, tname(in, a), p->u.arg.arg, tname(in, ann));
            }
            ptypes[i] = type_intern(in->tt, ann);
        } else {
            if (!type_is_ground(a)) {
                diag_error(in->diag, &in->mod->src, call->span,
                           "cannot infer the type of argument %d of %s(); annotate parameter '%s'", i + 1,
                           def->u.FunctionDef.name, p->u.arg.arg);
                return NULL;
            }
            ptypes[i] = type_intern(in->tt, a);
        }
    }
    FuncSpec *first = ptrmap_get(&in->c->specs_of_def, def);
    int count = 0;
    for (FuncSpec *s = first; s; s = s->next_same_def, count++) {
        bool same = true;
        for (int i = 0; i < n && same; i++) same = type_intern(in->tt, s->param_types[i]) == ptypes[i];
        if (same) return s;
    }
    if (count >= CHECK_MAX_SPECS) {
        diag_error(in->diag, &in->mod->src, call->span,
                   "%s() is called with %d different argument type combinations; krait compiles one C function "
                   "per combination and stops at %d: annotate its parameters",
                   def->u.FunctionDef.name, count + 1, CHECK_MAX_SPECS);
        if (first && first->first_call)
            diag_note(in->diag, &first->module->src, first->first_call->span, "first called here");
        return NULL;
    }
    Scope *scope = sema_scope_of(def_mod, def);
    FuncSpec *spec = spec_new(in, def, scope, def_mod);
    spec->nparams = n;
    spec->params = arena_alloc(in->arena, (size_t)(n + 1) * sizeof *spec->params);
    spec->param_types = ptypes;
    spec->first_call = call;
    spec->c_name = spec_c_name(in, def_mod, scope->name, count);
    for (int i = 0; i < n; i++) {
        Node *p = params.items[i];
        Symbol *sym = ptrmap_get(&scope->by_name, sema_intern(in->prog, p->u.arg.arg));
        spec->params[i] = sym;
        ptrmap_put(&spec->locals, sym, ptypes[i]);
    }
    spec->ret = def->u.FunctionDef.returns ? annotation_type(in, def->u.FunctionDef.returns) : type_var(in->tt);
    if (!first) {
        ptrmap_put(&in->c->specs_of_def, def, spec);
    } else {
        FuncSpec *last = first;
        while (last->next_same_def) last = last->next_same_def;
        last->next_same_def = spec;
    }
    infer_spec_body(in, spec);
    return spec;
}

static void infer_spec_body(Infer *in, FuncSpec *spec) {
    if (in->depth >= INFER_MAX_DEPTH) {
        diag_error(in->diag, &in->mod->src, spec->first_call->span,
                   "calls nest more than %d functions deep before returning", INFER_MAX_DEPTH);
        return;
    }
    FuncSpec *saved_spec = in->spec;
    Module *saved_mod = in->mod;
    int saved_loops = in->loop_depth;
    in->spec = spec;
    in->mod = spec->module;
    in->loop_depth = 0;
    in->depth++;
    spec->state = 1;
    NodeList body = spec->def->kind == NODE_Module ? spec->def->u.Module.body : spec->def->u.FunctionDef.body;
    infer_block(in, body);
    spec->state = 2;
    in->depth--;
    in->spec = saved_spec;
    in->mod = saved_mod;
    in->loop_depth = saved_loops;
    if (spec->def->kind != NODE_Module && !type_is_ground(spec->ret)) {
        /* no return with a value: a procedure */
        Type *r = type_resolve(spec->ret);
        if (r->kind == TY_VAR) type_unify(in->tt, r, type_none(in->tt));
    }
}

/* ---- expressions ------------------------------------------------------------------- */

static Type *infer_binop_types(Infer *in, Node *n, BinOpKind op, Type *l, Type *r) {
    l = type_resolve(l);
    r = type_resolve(r);
    const char *sym = ast_binop_symbol(op);
    if (poisoned(in, l) || poisoned(in, r)) return type_never(in->tt);
    if (type_is_numeric(l) && type_is_numeric(r)) {
        bool is_float = l->kind == TY_FLOAT || r->kind == TY_FLOAT;
        switch (op) {
        case BINOP_Div:
            return type_float(in->tt);
        case BINOP_LShift: case BINOP_RShift: case BINOP_BitAnd: case BINOP_BitOr: case BINOP_BitXor:
            if (is_float) break;
            if (l->kind == TY_BOOL && r->kind == TY_BOOL && op != BINOP_LShift && op != BINOP_RShift)
                return type_bool(in->tt);
            return type_int(in->tt);
        case BINOP_Pow:
            if (!is_float) {
                Node *right = n->u.BinOp.right;
                bool negative_literal = right->kind == NODE_UnaryOp && right->u.UnaryOp.op == UNARYOP_USub &&
                                        right->u.UnaryOp.operand->kind == NODE_Constant;
                if (negative_literal) return type_float(in->tt);
            }
            return is_float ? type_float(in->tt) : type_int(in->tt);
        case BINOP_MatMult:
            break;
        default:
            return is_float ? type_float(in->tt) : type_int(in->tt);
        }
    }
    if (l->kind == TY_STR && r->kind == TY_STR && op == BINOP_Add) return l;
    if (l->kind == TY_STR && (r->kind == TY_INT || r->kind == TY_BOOL) && op == BINOP_Mult) return l;
    if ((l->kind == TY_INT || l->kind == TY_BOOL) && r->kind == TY_STR && op == BINOP_Mult) return r;
    if (l->kind == TY_STR && op == BINOP_Mod) return unsupported(in, n, "printf-style '%' formatting of str");
    if (l->kind == TY_OPTIONAL || r->kind == TY_OPTIONAL)
        return unsupported(in, n, "arithmetic on an Optional value (narrowing by 'is not None')");
    if (l->kind == TY_LIST && r->kind == TY_LIST && op == BINOP_Add) {
        if (!type_unify(in->tt, l, r)) {
            diag_error(in->diag, &in->mod->src, n->span, "cannot concatenate %s and %s", tname(in, l), tname(in, r));
            return type_never(in->tt);
        }
        return l;
    }
    if (l->kind == TY_LIST && (r->kind == TY_INT || r->kind == TY_BOOL) && op == BINOP_Mult) return l;
    if ((l->kind == TY_INT || l->kind == TY_BOOL) && r->kind == TY_LIST && op == BINOP_Mult) return r;
    if (l->kind == TY_LIST || r->kind == TY_LIST) return unsupported(in, n, "this list operation");
    if (l->kind == TY_TUPLE || r->kind == TY_TUPLE) return unsupported(in, n, "tuple arithmetic");
    if (class_data_of(l) || class_data_of(r)) {
        static const char *const forward[] = {"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__",
                                              "__mod__", "__pow__", "__lshift__", "__rshift__", "__or__",
                                              "__xor__", "__and__", "__floordiv__"};
        static const char *const reflected[] = {"__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__",
                                                "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__ror__",
                                                "__rxor__", "__rand__", "__rfloordiv__"};
        FuncSpec *spec = NULL;
        if (class_data_of(l) && type_resolve(l)->kind == TY_CLASS) spec = dunder_spec(in, n, l, forward[op], &r, 1);
        if (!spec && class_data_of(r) && type_resolve(r)->kind == TY_CLASS) {
            spec = dunder_spec(in, n, r, reflected[op], &l, 1);
            if (spec) ptrmap_put(&in->c->reflected, n, n);
        }
        if (!spec) {
            diag_error(in->diag, &in->mod->src, n->span, "unsupported operand types for %s: %s and %s", sym,
                       tname(in, l), tname(in, r));
            return type_never(in->tt);
        }
        return spec->ret;
    }
    if (is_bytes_like(l) && l == r && op == BINOP_Add) return l;
    if (is_bytes_like(l) && (r->kind == TY_INT || r->kind == TY_BOOL) && op == BINOP_Mult) return l;
    if ((l->kind == TY_INT || l->kind == TY_BOOL) && is_bytes_like(r) && op == BINOP_Mult) return r;
    if (is_set(l) && is_set(r) &&
        (op == BINOP_BitOr || op == BINOP_BitAnd || op == BINOP_Sub || op == BINOP_BitXor)) {
        if (!type_unify(in->tt, l->args[0], r->args[0])) {
            diag_error(in->diag, &in->mod->src, n->span, "unsupported operand types for %s: %s and %s", sym,
                       tname(in, l), tname(in, r));
            return type_never(in->tt);
        }
        return l; /* the left operand's kind: set | frozenset is a set */
    }
    if (l->kind == TY_VAR || r->kind == TY_VAR) {
        diag_error(in->diag, &in->mod->src, n->span,
                   "cannot infer the type of an operand of '%s' here (its value is only known later); "
                   "annotate the variable or the function's return type", sym);
        return type_never(in->tt);
    }
    diag_error(in->diag, &in->mod->src, n->span, "unsupported operand types for %s: %s and %s", sym,
               tname(in, l), tname(in, r));
    return type_never(in->tt);
}

/* What an imported name stands for (the symbol in the module it came from). */
static Symbol *follow_import(Symbol *sym) {
    for (int hops = 0; sym && sym->kind == SYM_IMPORTED && sym->target && hops < 64; hops++) sym = sym->target;
    return sym;
}

static Type *infer_name(Infer *in, Node *n) {
    Symbol *sym = follow_import(sema_symbol_of(in->mod, n));
    if (!sym) return type_never(in->tt);
    switch (sym->kind) {
    case SYM_VAR:
    case SYM_PARAM:
        if (sym->scope && sym->scope != in->spec->scope && !symbol_is_global(sym) && !in_comprehension_of(sym->scope, in->spec->scope))
            return unsupported(in, n, "reading a variable of an enclosing function (closures)");
        if (strcmp(sym->name, "__name__") == 0 && symbol_is_global(sym)) return type_str(in->tt);
        if (is_narrowed(in, sym)) return narrowed_type(in, sym, n);
        return var_type(in, sym);
    case SYM_BUILTIN:
        if (strcmp(sym->name, "None") == 0) return type_none(in->tt);
        return unsupported(in, n, arena_printf(in->arena, "using builtin '%s' as a value", sym->name));
    case SYM_FUNC:
        return unsupported(in, n, "using a function as a value");
    case SYM_CLASS:
        return unsupported(in, n, "classes");
    default:
        return unsupported(in, n, arena_printf(in->arena, "using '%s' as a value", sym->name));
    }
}


/* Is scope a comprehension inside function scope fn (its variables live in fn's frame)? */
static bool in_comprehension_of(const Scope *scope, const Scope *fn) {
    while (scope && (scope->kind == SCOPE_COMPREHENSION || scope->inlined)) scope = scope->parent;
    return scope == fn;
}

/* ---- narrowing by `is None` tests ---------------------------------------------------- */

static bool is_narrowed(Infer *in, Symbol *sym) {
    for (int i = 0; i < in->nnarrowed; i++)
        if (in->narrowed[i] == sym) return true;
    return false;
}

/* The type of a read of sym where it is known not to be None. */
static Type *narrowed_type(Infer *in, Symbol *sym, Node *site) {
    Type *v = var_type(in, sym);
    Type *t = type_resolve(v);
    if (t->kind == TY_OPTIONAL) return t->args[0];
    if (t->kind != TY_NONE) return v;
    NarrowLater *nl = arena_alloc(in->arena, sizeof *nl);
    nl->read = type_var(in->tt);
    nl->var = v;
    nl->site = site;
    nl->mod = in->mod;
    ptrvec_push(in->arena, &in->narrow_later, nl);
    return nl->read;
}

/* Binds the reads narrowed before their variable's type was known. */
static void narrow_finish(Infer *in) {
    for (int i = 0; i < in->narrow_later.len; i++) {
        NarrowLater *nl = in->narrow_later.items[i];
        Type *v = type_resolve(nl->var);
        if (v->kind == TY_OPTIONAL) {
            type_unify(in->tt, nl->read, v->args[0]);
        } else if (v->kind == TY_NONE) {
            diag_error(in->diag, &nl->mod->src, nl->site->span,
                       "'%s' is always None, so this code never runs with a value", nl->site->u.Name.id);
        } else {
            type_unify(in->tt, nl->read, v);
        }
    }
}

typedef struct AssignScan {
    Infer *in;
    Symbol *sym;
    bool found;
} AssignScan;

static void scan_assign(Node *n, void *ctx) {
    AssignScan *a = ctx;
    if (a->found || !n) return;
    if (n->kind == NODE_Name && n->u.Name.ctx != CTX_Load && sema_symbol_of(a->in->mod, n) == a->sym) {
        a->found = true;
        return;
    }
    ast_visit_children(n, scan_assign, ctx);
}

/* Does any of these nodes store into sym? */
static bool region_assigns(Infer *in, Node **nodes, int count, Symbol *sym) {
    AssignScan a = {in, sym, false};
    for (int i = 0; i < count && !a.found; i++) scan_assign(nodes[i], &a);
    return a.found;
}

static void add_fact(Infer *in, Node *name, Symbol **out, int *count) {
    Symbol *sym = follow_import(sema_symbol_of(in->mod, name));
    /* a variable another function assigns may change under any call */
    if (sym && (sym->kind == SYM_VAR || sym->kind == SYM_PARAM) && !sym->written_by_inner) out[(*count)++] = sym;
}

/* The variables test proves not None when it evaluates to `when`. */
static void cond_facts(Infer *in, Node *test, bool when, Symbol **out, int *count, int max) {
    if (*count >= max) return;
    switch (test->kind) {
    case NODE_UnaryOp:
        if (test->u.UnaryOp.op == UNARYOP_Not) cond_facts(in, test->u.UnaryOp.operand, !when, out, count, max);
        return;
    case NODE_BoolOp:
        /* a and b true: both true; a or b false: both false */
        if ((test->u.BoolOp.op == BOOLOP_And) == when)
            for (int i = 0; i < test->u.BoolOp.values.len; i++)
                cond_facts(in, test->u.BoolOp.values.items[i], when, out, count, max);
        return;
    case NODE_Compare: {
        if (test->u.Compare.comparators.len != 1) return;
        CmpOpKind op = test->u.Compare.ops[0];
        Node *l = test->u.Compare.left, *r = test->u.Compare.comparators.items[0];
        if (op != CMPOP_Is && op != CMPOP_IsNot) return;
        if (l->kind == NODE_Constant && l->u.Constant.kind == CONST_NONE) {
            Node *tmp = l;
            l = r;
            r = tmp;
        }
        if (l->kind != NODE_Name || r->kind != NODE_Constant || r->u.Constant.kind != CONST_NONE) return;
        if ((op == CMPOP_IsNot) == when) add_fact(in, l, out, count);
        return;
    }
    case NODE_Name:
        /* a true name is not None; a false one may be 0, "" or None */
        if (when) add_fact(in, test, out, count);
        return;
    default:
        return;
    }
}

/* Narrows the facts of test (when it is `when`) for a region of code; returns
 * how many were pushed, for narrow_pop. */
static int narrow_push(Infer *in, Node *test, bool when, Node **region, int region_len) {
    Symbol *facts[16];
    int count = 0;
    cond_facts(in, test, when, facts, &count, 16);
    int pushed = 0;
    for (int i = 0; i < count; i++) {
        if (in->nnarrowed >= INFER_MAX_NARROW) break;
        if (region_assigns(in, region, region_len, facts[i])) continue;
        in->narrowed[in->nnarrowed++] = facts[i];
        pushed++;
    }
    return pushed;
}

static void narrow_pop(Infer *in, int pushed) {
    in->nnarrowed -= pushed;
}

/* ---- the program's exception classes ------------------------------------------------- */

int check_exception_class_index(const Checked *c, const Node *class_def) {
    for (int i = 0; i < c->exc_classes.len; i++)
        if (c->exc_classes.items[i] == class_def) return i;
    return -1;
}

Node *check_exception_class(const Checked *c, const Module *mod, Node *name) {
    if (name->kind != NODE_Name) return NULL;
    Symbol *sym = sema_symbol_of(mod, name);
    for (int hops = 0; sym && sym->kind == SYM_IMPORTED && sym->target && hops < 64; hops++) sym = sym->target;
    if (!sym || sym->kind != SYM_CLASS || !sym->decl) return NULL;
    return check_exception_class_index(c, sym->decl) >= 0 ? sym->decl : NULL;
}

const char *check_exception_root(const Checked *c, const Module *mod, Node *class_def) {
    (void)c;
    Node *base = class_def->u.ClassDef.bases.items[0];
    Symbol *sym = sema_symbol_of(mod, base);
    for (int hops = 0; sym && sym->kind == SYM_IMPORTED && sym->target && hops < 64; hops++) sym = sym->target;
    if (sym && sym->kind == SYM_BUILTIN) return sym->name;
    return check_exception_root(c, sym->scope->module, sym->decl);
}

/* Is this name an exception class: a built-in one or one of the program's? */
static bool names_exception_class(Infer *in, Node *name) {
    Symbol *sym = name->kind == NODE_Name ? follow_import(sema_symbol_of(in->mod, name)) : NULL;
    if (sym && sym->kind == SYM_BUILTIN && sym->builtin->kind == BUILTIN_EXCEPTION) return true;
    return check_exception_class(in->c, in->mod, name) != NULL;
}

/* ---- the program's classes ------------------------------------------------------------- */

ClassData *check_class_of_def(const Checked *c, const Node *class_def) {
    for (int i = 0; i < c->classes.len; i++) {
        ClassData *cd = c->classes.items[i];
        if (cd->def == class_def) return cd;
    }
    return NULL;
}

FieldInfo *check_field(ClassData *cd, const char *name) {
    for (; cd; cd = cd->base)
        for (int i = 0; i < cd->fields.len; i++) {
            FieldInfo *f = cd->fields.items[i];
            if (f->name == name) return f;
        }
    return NULL;
}

/* The ClassData of a value's type (a program class instance, or Optional of one). */
static ClassData *class_data_of(Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_OPTIONAL) t = type_resolve(t->args[0]);
    if (t->kind != TY_CLASS || !t->cls->info || t->cls->module == NULL || !strcmp(t->cls->module, "builtins"))
        return NULL;
    return t->cls->info;
}

/* The class a name stands for, or NULL. */
static ClassData *class_named(Infer *in, Node *name) {
    if (name->kind != NODE_Name) return NULL;
    Symbol *sym = follow_import(sema_symbol_of(in->mod, name));
    if (!sym || sym->kind != SYM_CLASS || !sym->decl) return NULL;
    return check_class_of_def(in->c, sym->decl);
}

/* The method `name` of cd or its bases (the FunctionDef), or NULL; *owner
 * gets the class that defines it. */
static Node *class_method(ClassData *cd, const char *name, ClassData **owner);
static Node *class_method(ClassData *cd, const char *name, ClassData **owner) {
    for (; cd; cd = cd->base) {
        NodeList body = cd->def->u.ClassDef.body;
        for (int i = 0; i < body.len; i++) {
            Node *st = body.items[i];
            if (st->kind == NODE_FunctionDef && !strcmp(st->u.FunctionDef.name, name)) {
                if (owner) *owner = cd;
                return st;
            }
        }
    }
    return NULL;
}

/* Does some method of cd (or its bases) assign self.name?  Then reading it
 * before the assignment is inferred is fine: the field exists. */
typedef struct SelfAssignScan {
    const char *self_name;
    const char *field;
    bool found;
} SelfAssignScan;

static void scan_self_assign(Node *n, void *ctx) {
    SelfAssignScan *sc = ctx;
    if (sc->found || !n) return;
    if (n->kind == NODE_Attribute && n->u.Attribute.ctx == CTX_Store && n->u.Attribute.value->kind == NODE_Name &&
        !strcmp(n->u.Attribute.value->u.Name.id, sc->self_name) && !strcmp(n->u.Attribute.attr, sc->field)) {
        sc->found = true;
        return;
    }
    ast_visit_children(n, scan_self_assign, ctx);
}

/* Does a method of cd itself (not its bases) assign self.field? */
static bool class_assigns_field(ClassData *cd, const char *field) {
    {
        NodeList body = cd->def->u.ClassDef.body;
        for (int i = 0; i < body.len; i++) {
            Node *st = body.items[i];
            if (st->kind != NODE_FunctionDef) continue;
            NodeList params = st->u.FunctionDef.args->u.arguments.args;
            if (!params.len) continue;
            SelfAssignScan sc = {((Node *)params.items[0])->u.arg.arg, field, false};
            for (int k = 0; k < st->u.FunctionDef.body.len && !sc.found; k++) scan_self_assign(st->u.FunctionDef.body.items[k], &sc);
            if (sc.found) return true;
        }
    }
    return false;
}

/* The field `name` of cd, created (with an unknown type) when one of the
 * class's methods assigns it; NULL when the class has no such field. */
static FieldInfo *class_field(Infer *in, ClassData *cd, const char *name, Node *site) {
    const char *iname = sema_intern(in->prog, name);
    FieldInfo *f = check_field(cd, iname);
    if (f) return f;
    /* the field belongs to the base-most class whose methods assign it, so
     * every subclass shares it */
    ClassData *owner = NULL;
    for (ClassData *k = cd; k; k = k->base)
        if (class_assigns_field(k, name)) owner = k;
    if (!owner) return NULL;
    cd = owner;
    f = arena_alloc(in->arena, sizeof *f);
    f->name = iname;
    f->type = type_var(in->tt);
    f->site = site;
    ptrvec_push(in->arena, &cd->fields, f);
    return f;
}

/* The class attribute `name` (a variable of the class body) of cd or its bases. */
static Symbol *class_attr(Infer *in, ClassData *cd, const char *name) {
    for (; cd; cd = cd->base) {
        Symbol *sym = ptrmap_get(&cd->scope->by_name, sema_intern(in->prog, name));
        if (sym && sym->kind == SYM_VAR) return sym;
    }
    return NULL;
}

/* Every field and method name of cd, for "did you mean". */
static const char *class_suggestion(Infer *in, ClassData *cd, const char *name) {
    const char *best = NULL;
    size_t best_d = (size_t)-1;
    for (ClassData *k = cd; k; k = k->base) {
        for (int i = 0; i < k->fields.len; i++) {
            const char *f = ((FieldInfo *)k->fields.items[i])->name;
            size_t d = strlen(f) > strlen(name) ? strlen(f) - strlen(name) : strlen(name) - strlen(f);
            size_t common = 0;
            while (f[common] && name[common] && f[common] == name[common]) common++;
            if (common * 2 >= strlen(name) && d + (strlen(name) - common) < best_d) {
                best = f;
                best_d = d + (strlen(name) - common);
            }
        }
    }
    (void)in;
    return best;
}

static bool class_assigns_field(ClassData *cd, const char *field);

static Type *no_attribute(Infer *in, Node *n, ClassData *cd, const char *name) {
    for (int i = 0; i < in->c->classes.len; i++) { /* a subclass has it: polymorphism */
        ClassData *sub = in->c->classes.items[i];
        for (ClassData *k = sub->base; k; k = k->base)
            if (k == cd && (class_assigns_field(sub, name) || class_method(sub, name, NULL)))
                return unsupported(in, n, arena_printf(in->arena, "using '%s' of a subclass through a %s (subclass "
                                                                  "polymorphism)", name, cd->info->name));
    }
    const char *sugg = class_suggestion(in, cd, name);
    diag_error(in->diag, &in->mod->src, n->span, "'%s' object has no attribute '%s'%s%s%s", cd->info->name, name,
               sugg ? "; did you mean '" : "", sugg ? sugg : "", sugg ? "'?" : "");
    return type_never(in->tt);
}

/* class Name(Base): pass — an exception class with nothing but a docstring
 * (the common firmware pattern: an error kind to raise and catch).  Classes
 * with fields and methods come with the classes work. */
static void infer_stmt(Infer *in, Node *n);

static void infer_class_def(Infer *in, Node *n) {
    NodeList bases = n->u.ClassDef.bases;
    bool simple_body = true;
    for (int i = 0; i < n->u.ClassDef.body.len; i++) {
        Node *st = n->u.ClassDef.body.items[i];
        if (st->kind == NODE_Pass) continue;
        if (st->kind == NODE_Expr && st->u.Expr.value->kind == NODE_Constant) continue; /* docstring, ... */
        simple_body = false;
    }
    if (in->spec->def->kind == NODE_Module && bases.len == 1 && simple_body && !n->u.ClassDef.decorator_list.len &&
        names_exception_class(in, bases.items[0])) {
        if (check_exception_class_index(in->c, n) < 0) ptrvec_push(in->arena, &in->c->exc_classes, n);
        return;
    }
    /* a plain class: fields from its methods, methods as functions */
    if (in->spec->def->kind != NODE_Module) {
        unsupported(in, n, "classes defined inside functions");
        return;
    }
    if (n->u.ClassDef.decorator_list.len) {
        unsupported(in, n, "decorated classes (@dataclass)");
        return;
    }
    ClassData *base = NULL;
    if (bases.len == 1) {
        Node *b = bases.items[0];
        bool is_object = b->kind == NODE_Name && !strcmp(b->u.Name.id, "object");
        if (!is_object) {
            base = class_named(in, b);
            if (!base) {
                unsupported(in, b, names_exception_class(in, b) ? "exception classes with fields or methods"
                                                                : "this base class");
                return;
            }
        }
    }
    for (int i = 0; i < n->u.ClassDef.body.len; i++) {
        Node *st = n->u.ClassDef.body.items[i];
        switch (st->kind) {
        case NODE_Pass:
        case NODE_FunctionDef:
            break;
        case NODE_Expr:
            if (st->u.Expr.value->kind != NODE_Constant) unsupported(in, st, "statements in a class body");
            break;
        case NODE_Assign:
        case NODE_AnnAssign:
            break;
        default:
            unsupported(in, st, "statements in a class body");
            return;
        }
        if (st->kind == NODE_FunctionDef && st->u.FunctionDef.decorator_list.len) {
            unsupported(in, st, "decorated methods (@property, @staticmethod, @classmethod)");
            return;
        }
    }
    if (check_class_of_def(in->c, n)) return;
    ClassData *cd = arena_alloc(in->arena, sizeof *cd);
    memset(cd, 0, sizeof *cd);
    cd->def = n;
    cd->module = in->mod;
    cd->scope = sema_scope_of(in->mod, n);
    cd->base = base;
    cd->index = in->c->classes.len;
    ClassInfo *ci = arena_alloc(in->arena, sizeof *ci);
    memset(ci, 0, sizeof *ci);
    ci->name = n->u.ClassDef.name;
    ci->module = in->mod->name;
    ci->base = base ? base->info : NULL;
    ci->info = cd;
    ci->c_name = spec_c_name(in, in->mod, n->u.ClassDef.name, 0);
    cd->info = ci;
    ptrvec_push(in->arena, &in->c->classes, cd);
    /* the class body runs now: class attributes (constants) */
    for (int i = 0; i < n->u.ClassDef.body.len; i++) {
        Node *st = n->u.ClassDef.body.items[i];
        if (st->kind == NODE_Assign || (st->kind == NODE_AnnAssign && st->u.AnnAssign.value)) infer_stmt(in, st);
        else if (st->kind == NODE_AnnAssign && st->u.AnnAssign.target->kind == NODE_Name) {
            /* x: int — a field declared with its type */
            FieldInfo *f = arena_alloc(in->arena, sizeof *f);
            f->name = sema_intern(in->prog, st->u.AnnAssign.target->u.Name.id);
            f->type = annotation_type(in, st->u.AnnAssign.annotation);
            f->site = st;
            ptrvec_push(in->arena, &cd->fields, f);
        }
    }
}

/* The ClassInfo of a built-in exception class (one per name). */
static ClassInfo *exception_class(Infer *in, const char *name) {
    const char *iname = sema_intern(in->prog, name);
    ClassInfo *ci = ptrmap_get(&in->c->builtin_classes, iname);
    if (!ci) {
        ci = arena_alloc(in->arena, sizeof *ci);
        ci->name = iname;
        ci->module = "builtins";
        ptrmap_put(&in->c->builtin_classes, iname, ci);
    }
    return ci;
}

/* The type of a caught or raised built-in exception.  Every built-in
 * exception is a KrtExc at run time, so krait types them all as one class
 * for now (program exception classes come with classes). */
static Type *exception_type(Infer *in) {
    return type_class(in->tt, exception_class(in, "BaseException"));
}

static bool is_exception_type(Infer *in, Type *t) {
    return type_resolve(t) == exception_type(in);
}

/* Element types lists hold so far: machine scalars unboxed, str by reference. */
static bool list_elem_ok(Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_LIST) return list_elem_ok(t->args[0]); /* lists of lists, by reference */
    if (t->kind == TY_TUPLE) { /* tuples by value: the C emitter writes their element support */
        for (int i = 0; i < t->nargs; i++) {
            Type *f = type_resolve(t->args[i]);
            if (f->kind != TY_INT && f->kind != TY_FLOAT && f->kind != TY_BOOL && f->kind != TY_STR &&
                !(f->kind == TY_TUPLE && list_elem_ok(f)))
                return false;
        }
        return true;
    }
    if (t->kind == TY_CLASS && class_data_of(t)) return true; /* instances, by reference */
    return t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL || t->kind == TY_STR ||
           t->kind == TY_BYTES || t->kind == TY_VAR;
}

/* Can values of type t be printed (str(), repr(), f-strings)?  An element
 * type still unknown (`print([])`, `s = set()` printed before use) is
 * printable: if nothing else decides it by the end, it becomes int (the
 * container is then always empty where it is printed, and prints the same). */
static bool printable_elem(Infer *in, Type *t);
static bool class_printing(Infer *in, Type *t, bool repr, Node *site);

static bool printable(Infer *in, Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_VAR) return false; /* a value whose type is not known yet */
    return printable_elem(in, t);
}

static bool printable_elem(Infer *in, Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_CLASS && class_data_of(t)) return false; /* inside a container: not yet */
    if (t->kind == TY_VAR) {
        ptrvec_push(in->arena, &in->default_int, t);
        return true;
    }
    if (t->kind == TY_LIST)
        return list_elem_ok(t->args[0]) && printable_elem(in, t->args[0]);
    if (t->kind == TY_TUPLE) {
        for (int i = 0; i < t->nargs; i++)
            if (!printable_elem(in, t->args[i]) || type_resolve(t->args[i])->kind == TY_CLASS) return false;
        return true;
    }
    if (t->kind == TY_OPTIONAL) return printable_elem(in, t->args[0]);
    if (t->kind == TY_SET || t->kind == TY_FROZENSET) return printable_elem(in, t->args[0]);
    if (t->kind == TY_DICT)
        return printable_elem(in, t->args[0]) && printable_elem(in, t->args[1]) && type_resolve(t->args[1])->kind != TY_CLASS &&
               type_resolve(t->args[1])->kind != TY_OPTIONAL;
    return t->kind == TY_BYTES || t->kind == TY_BYTEARRAY || t->kind == TY_RANGE || t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL || t->kind == TY_STR ||
           t->kind == TY_NONE || t->kind == TY_CLASS;
}

/* What iterating over a value of type t yields (NULL: not iterable here).
 * A tuple is iterable when its fields share one type. */
static Type *iter_elem(Infer *in, Type *t) {
    t = type_resolve(t);
    switch (t->kind) {
    case TY_LIST: return t->args[0];
    case TY_DICT: return t->args[0]; /* its keys */
    case TY_SET:
    case TY_FROZENSET: return t->args[0];
    case TY_RANGE: return type_int(in->tt);
    case TY_BYTES:
    case TY_BYTEARRAY: return type_int(in->tt);
    case TY_STR: return type_str(in->tt);
    case TY_TUPLE:
        if (t->nargs == 0) return NULL;
        for (int i = 1; i < t->nargs; i++)
            if (type_resolve(t->args[i]) != type_resolve(t->args[0])) return NULL;
        return t->args[0];
    default: return NULL;
    }
}

/* Can a container whose slot has type slot hold a value of type got?
 * Unifies; an int is accepted where a float is held. */
static bool container_accepts(Infer *in, Type *slot, Type *got) {
    if (type_resolve(slot)->kind == TY_FLOAT && type_resolve(got)->kind == TY_INT) return true;
    return type_unify(in->tt, slot, got);
}

/* Can values of type t be dict keys and set members?  (Unknown yet: yes.) */
static bool hashable(Type *t) {
    t = type_resolve(t);
    switch (t->kind) {
    case TY_INT: case TY_FLOAT: case TY_BOOL: case TY_STR: case TY_BYTES: case TY_FROZENSET: case TY_VAR:
        return true;
    case TY_TUPLE:
        for (int i = 0; i < t->nargs; i++)
            if (!hashable(t->args[i])) return false;
        return true;
    default:
        return false;
    }
}

/* Can values of type t be stored in a dict or set (as key, value or member)? */
static bool container_elem_ok(Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_DICT) return container_elem_ok(t->args[0]) && container_elem_ok(t->args[1]);
    if (t->kind == TY_SET || t->kind == TY_FROZENSET) return container_elem_ok(t->args[0]);
    return list_elem_ok(t);
}

/* dict[key, value], with the key and value kinds krait supports. */
static Type *dict_of(Infer *in, Node *site, Type *key, Type *value) {
    if (class_data_of(key)) return unsupported(in, site, "instances as dict keys (__hash__)");
    if (!hashable(key)) {
        diag_error(in->diag, &in->mod->src, site->span, "unhashable type: '%s' cannot be a dict key",
                   tname(in, key));
        return type_never(in->tt);
    }
    if (!container_elem_ok(key) || !container_elem_ok(value))
        return unsupported(in, site, arena_printf(in->arena, "dicts of %s to %s", tname(in, key), tname(in, value)));
    return type_dict(in->tt, key, value);
}

/* Is n a call of d.keys(), d.values() or d.items() on a dict?  krait gives
 * lists (snapshots) for these; CPython's views print as dict_keys([...]),
 * so printing one directly is refused rather than printed differently. */
static bool is_dict_view_call(Infer *in, Node *n) {
    if (n->kind != NODE_Call || n->u.Call.func->kind != NODE_Attribute) return false;
    const char *m = n->u.Call.func->u.Attribute.attr;
    if (strcmp(m, "keys") && strcmp(m, "values") && strcmp(m, "items")) return false;
    Type *recv = check_type_of(in->spec, n->u.Call.func->u.Attribute.value);
    return recv && type_resolve(recv)->kind == TY_DICT;
}

static Type *refuse_view_print(Infer *in, Node *n) {
    return unsupported(in, n, "printing a dict view directly (krait's d.keys(), d.values() and d.items() are "
                              "lists; print list(d.keys()) or sorted(d.items()))");
}

/* set[elem] or frozenset[elem]. */
static Type *set_of(Infer *in, Node *site, Type *elem, bool frozen) {
    if (class_data_of(elem)) return unsupported(in, site, "instances in sets (__hash__)");
    if (!hashable(elem)) {
        diag_error(in->diag, &in->mod->src, site->span, "unhashable type: '%s' cannot be a set element",
                   tname(in, elem));
        return type_never(in->tt);
    }
    if (!container_elem_ok(elem))
        return unsupported(in, site, arena_printf(in->arena, "sets of %s", tname(in, elem)));
    return frozen ? type_frozenset(in->tt, elem) : type_set(in->tt, elem);
}

static bool is_set(Type *t) {
    t = type_resolve(t);
    return t->kind == TY_SET || t->kind == TY_FROZENSET;
}

static bool is_bytes_like(Type *t) {
    t = type_resolve(t);
    return t->kind == TY_BYTES || t->kind == TY_BYTEARRAY;
}

/* A list of elem, with the element kinds krait supports so far. */
static Type *list_of(Infer *in, Node *site, Type *elem) {
    if (!list_elem_ok(elem))
        return unsupported(in, site, arena_printf(in->arena, "lists of %s", tname(in, elem)));
    return type_list(in->tt, elem);
}

/* One argument of a builtin that takes a fixed type. */
static void expect_arg(Infer *in, Node *call, int i, Type *got, Type *want, const char *fname) {
    Type *g = type_resolve(got);
    if (g->kind == TY_NEVER) return;
    if (type_resolve(want)->kind == TY_FLOAT && (g->kind == TY_INT || g->kind == TY_BOOL)) return;
    if (type_resolve(want)->kind == TY_INT && g->kind == TY_BOOL) return;
    if (!type_unify(in->tt, got, want))
        diag_error(in->diag, &in->mod->src, ((Node *)call->u.Call.args.items[i])->span,
                   "argument %d of %s() must be %s, not %s", i + 1, fname, tname(in, want), tname(in, g));
}

/* The built-in class a Name of isinstance()'s second argument names; NULL
 * after a diagnostic. */
static const Builtin *isinstance_class(Infer *in, Node *c) {
    static const Builtin user_exception = {"<exception class>", BUILTIN_EXCEPTION, 0, NULL};
    if (check_exception_class(in->c, in->mod, c)) return &user_exception;
    Symbol *sym = c->kind == NODE_Name ? follow_import(sema_symbol_of(in->mod, c)) : NULL;
    if (sym && sym->kind == SYM_BUILTIN && sym->builtin &&
        (sym->builtin->kind == BUILTIN_TYPE || sym->builtin->kind == BUILTIN_EXCEPTION))
        return sym->builtin;
    unsupported(in, c, "isinstance() with anything but built-in classes");
    return NULL;
}

/* isinstance(x, C) / isinstance(x, (C, D)): x's static type decides, except
 * for exceptions, whose class is checked when it runs. */
static Type *infer_isinstance(Infer *in, Node *call) {
    NodeList args = call->u.Call.args;
    if (args.len != 2 || call->u.Call.keywords.len) {
        diag_error(in->diag, &in->mod->src, call->span, "isinstance() takes 2 arguments (%d given)", args.len);
        return type_never(in->tt);
    }
    if (poisoned(in, infer_expr(in, args.items[0]))) return type_never(in->tt);
    Node *cls = args.items[1];
    if (cls->kind == NODE_Tuple) {
        for (int i = 0; i < cls->u.Tuple.elts.len; i++)
            if (!isinstance_class(in, cls->u.Tuple.elts.items[i])) return type_never(in->tt);
    } else if (!isinstance_class(in, cls)) {
        return type_never(in->tt);
    }
    return type_bool(in->tt);
}

/* The reverse= keyword of sorted() and list.sort() (key= needs functions as
 * values); false after a diagnostic. */
static bool infer_sort_keywords(Infer *in, Node *call, const char *what) {
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *kw = call->u.Call.keywords.items[k];
        const char *name = kw->u.keyword.arg ? kw->u.keyword.arg : "**";
        if (!strcmp(name, "reverse")) {
            Type *t = type_resolve(infer_expr(in, kw->u.keyword.value));
            if (t->kind != TY_BOOL && t->kind != TY_INT && !poisoned(in, t)) {
                diag_error(in->diag, &in->mod->src, kw->span, "reverse= of %s must be a bool, not %s", what,
                           tname(in, t));
                return false;
            }
            continue;
        }
        if (!strcmp(name, "key")) continue; /* the caller infers it with the element type */
        diag_error(in->diag, &in->mod->src, kw->span, "%s takes no keyword argument '%s'", what, name);
        return false;
    }
    return true;
}

/* The value of keyword argument `name` of a call, or NULL. */
static Node *keyword_value(Node *call, const char *name) {
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *kw = call->u.Call.keywords.items[k];
        if (kw->u.keyword.arg && !strcmp(kw->u.keyword.arg, name)) return kw->u.keyword.value;
    }
    return NULL;
}

/* Can values of type e be ordered (sorted, min, max)? */
static bool orderable(Type *e) {
    e = type_resolve(e);
    if (e->kind == TY_TUPLE) {
        for (int i = 0; i < e->nargs; i++)
            if (!orderable(e->args[i])) return false;
        return true;
    }
    if (e->kind == TY_LIST) return orderable(e->args[0]);
    return e->kind == TY_INT || e->kind == TY_FLOAT || e->kind == TY_BOOL || e->kind == TY_STR;
}

/* key= of sorted(), list.sort(), min() and max(): a one-parameter lambda,
 * which krait expands at the call (no function object), or the name of a
 * function of the program (called once per item).  Returns the key type,
 * NULL after a diagnostic. */
static Type *infer_key_function(Infer *in, Node *key, Type *elem) {
    if (key->kind == NODE_Lambda) {
        Node *a = key->u.Lambda.args;
        if (a->u.arguments.args.len + a->u.arguments.posonlyargs.len != 1 || a->u.arguments.vararg ||
            a->u.arguments.kwarg || a->u.arguments.kwonlyargs.len || a->u.arguments.defaults.len) {
            unsupported(in, key, "a key= lambda with other than one plain parameter");
            return NULL;
        }
        Node *param = a->u.arguments.args.len ? a->u.arguments.args.items[0] : a->u.arguments.posonlyargs.items[0];
        Scope *ls = sema_scope_of(in->mod, key);
        ls->inlined = true;
        Symbol *p = ptrmap_get(&ls->by_name, sema_intern(in->prog, param->u.arg.arg));
        assign_var(in, p, elem, key);
        Type *t = infer_expr(in, key->u.Lambda.body);
        return poisoned(in, t) ? NULL : t;
    }
    Symbol *sym = key->kind == NODE_Name ? follow_import(sema_symbol_of(in->mod, key)) : NULL;
    if (sym && sym->kind == SYM_FUNC && sym->decl && sym->decl->kind == NODE_FunctionDef && sym->bindings == 1) {
        Node *def = sym->decl;
        Module *def_mod = sym->scope ? sym->scope->module : in->mod;
        Scope *ds = sema_scope_of(def_mod, def);
        DefSig sig;
        def_signature(in->arena, def, &sig);
        if (def->u.FunctionDef.decorator_list.len || (ds && (ds->is_generator || ds->has_free)) || sig.n < 1 ||
            def->u.FunctionDef.args->u.arguments.vararg) {
            unsupported(in, key, "this function as a key=");
            return NULL;
        }
        for (int i = 1; i < sig.n; i++) {
            if (!sig.defaults[i] || !default_is_constant(sig.defaults[i])) {
                unsupported(in, key, "a key= function with more than one parameter to fill");
                return NULL;
            }
        }
        Type **args = arena_alloc(in->arena, (size_t)(sig.n + 1) * sizeof *args);
        args[0] = elem;
        for (int i = 1; i < sig.n; i++) args[i] = infer_expr(in, sig.defaults[i]);
        FuncSpec *spec = spec_for_call(in, def, def_mod, args, key);
        if (!spec) return NULL;
        ptrmap_put(&in->spec->callees, key, spec);
        return spec->ret;
    }
    if (sym && sym->kind == SYM_BUILTIN && (sym->builtin->id == B_LEN || sym->builtin->id == B_ABS)) {
        Type *e = type_resolve(elem);
        if (sym->builtin->id == B_ABS) return type_is_numeric(e) ? (e->kind == TY_FLOAT ? e : type_int(in->tt)) : NULL;
        return e->kind == TY_STR || e->kind == TY_LIST || e->kind == TY_TUPLE || e->kind == TY_DICT ? type_int(in->tt) : NULL;
    }
    unsupported(in, key, "key= functions other than a lambda, a function of the program, len or abs");
    return NULL;
}

/* min()/max() with key= or default=: one iterable (or several arguments
 * with key=); the first of equal items wins, as in CPython. */
static Type *infer_min_max_keyed(Infer *in, Node *call, const Builtin *b) {
    NodeList args = call->u.Call.args;
    Type *e = NULL;
    for (int i = 0; i < args.len; i++) {
        Type *t = infer_expr(in, args.items[i]);
        if (poisoned(in, t)) return type_never(in->tt);
        if (args.len == 1) {
            e = iter_elem(in, t);
            if (!e) return unsupported(in, call, arena_printf(in->arena, "%s() of %s", b->name, tname(in, t)));
        } else if (!e) {
            e = t;
        } else if (!type_unify(in->tt, e, t)) {
            return unsupported(in, call, arena_printf(in->arena, "%s() of mixed types", b->name));
        }
    }
    if (!e) {
        diag_error(in->diag, &in->mod->src, call->span, "%s expected at least 1 argument, got 0", b->name);
        return type_never(in->tt);
    }
    Node *key = keyword_value(call, "key"), *dflt = keyword_value(call, "default");
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *kw = call->u.Call.keywords.items[k];
        if (!kw->u.keyword.arg || (strcmp(kw->u.keyword.arg, "key") && strcmp(kw->u.keyword.arg, "default"))) {
            diag_error(in->diag, &in->mod->src, kw->span, "%s() got an unexpected keyword argument '%s'", b->name,
                       kw->u.keyword.arg ? kw->u.keyword.arg : "**");
            return type_never(in->tt);
        }
    }
    if (dflt && args.len != 1) {
        diag_error(in->diag, &in->mod->src, call->span,
                   "Cannot specify a default for %s() with multiple positional arguments", b->name);
        return type_never(in->tt);
    }
    if (dflt) {
        Type *d = infer_expr(in, dflt);
        if (poisoned(in, d)) return type_never(in->tt);
        if (!container_accepts(in, e, d))
            return unsupported(in, dflt, arena_printf(in->arena, "a default= of %s for %s items", tname(in, d), tname(in, e)));
    }
    Type *ordered = key ? infer_key_function(in, key, e) : e;
    if (!ordered) return type_never(in->tt);
    if (!orderable(ordered))
        return unsupported(in, call, arena_printf(in->arena, "%s() by %s values", b->name, tname(in, ordered)));
    return e;
}

static Type *infer_sorted(Infer *in, Node *call) {
    NodeList args = call->u.Call.args;
    if (args.len != 1) {
        diag_error(in->diag, &in->mod->src, call->span, "sorted() takes 1 positional argument (%d given)", args.len);
        return type_never(in->tt);
    }
    Type *t = infer_expr(in, args.items[0]);
    if (poisoned(in, t)) return type_never(in->tt);
    Type *e = iter_elem(in, t);
    if (!e) return unsupported(in, call, arena_printf(in->arena, "sorted() of %s", tname(in, t)));
    if (!infer_sort_keywords(in, call, "sorted()")) return type_never(in->tt);
    Node *key = keyword_value(call, "key");
    Type *ordered = key ? infer_key_function(in, key, e) : e;
    if (!ordered) return type_never(in->tt);
    if (!orderable(ordered))
        return unsupported(in, call, arena_printf(in->arena, "sorting by %s values", tname(in, ordered)));
    return list_of(in, call, e);
}

/* enumerate(it, start=0), zip(a, b, ...), reversed(seq): krait builds the
 * list of what they yield (pairs, tuples, items backwards), which a for
 * loop, list(), dict() or a comprehension then takes whole. */
static Type *infer_iter_builtin(Infer *in, Node *call, const Builtin *b) {
    NodeList args = call->u.Call.args;
    int nargs = args.len;
    Type **elems = arena_alloc(in->arena, (size_t)(nargs + 2) * sizeof *elems);
    for (int i = 0; i < nargs; i++) {
        Node *a = args.items[i];
        if (a->kind == NODE_Starred) return unsupported(in, a, "*args in a call");
        Type *t = infer_expr(in, a);
        if (poisoned(in, t)) return type_never(in->tt);
        elems[i] = iter_elem(in, t);
        if (b->id == B_ENUMERATE && i == 1) {
            if (type_resolve(t)->kind != TY_INT && type_resolve(t)->kind != TY_BOOL) {
                diag_error(in->diag, &in->mod->src, a->span, "enumerate() start must be an int, not %s", tname(in, t));
                return type_never(in->tt);
            }
            continue;
        }
        if (!elems[i]) return unsupported(in, a, arena_printf(in->arena, "%s() of %s", b->name, tname(in, t)));
        if (b->id == B_REVERSED && type_resolve(t)->kind != TY_LIST && type_resolve(t)->kind != TY_RANGE &&
            type_resolve(t)->kind != TY_STR && type_resolve(t)->kind != TY_TUPLE && !is_bytes_like(t))
            return unsupported(in, a, arena_printf(in->arena, "reversed() of %s", tname(in, t)));
    }
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *kw = call->u.Call.keywords.items[k];
        if (b->id == B_ENUMERATE && kw->u.keyword.arg && !strcmp(kw->u.keyword.arg, "start") && nargs == 1) {
            Type *t = type_resolve(infer_expr(in, kw->u.keyword.value));
            if (t->kind != TY_INT && t->kind != TY_BOOL && !poisoned(in, t)) {
                diag_error(in->diag, &in->mod->src, kw->span, "enumerate() start must be an int, not %s", tname(in, t));
                return type_never(in->tt);
            }
            continue;
        }
        return unsupported(in, kw, arena_printf(in->arena, "keyword argument '%s' of %s()",
                                                kw->u.keyword.arg ? kw->u.keyword.arg : "**", b->name));
    }
    switch (b->id) {
    case B_ENUMERATE: {
        if (nargs < 1 || nargs > 2) break;
        Type *pair[2] = {type_int(in->tt), elems[0]};
        return list_of(in, call, type_tuple(in->tt, pair, 2));
    }
    case B_ZIP:
        if (nargs < 1) return unsupported(in, call, "zip() of nothing");
        return list_of(in, call, type_tuple(in->tt, elems, nargs));
    default: /* reversed */
        if (nargs != 1) break;
        return list_of(in, call, elems[0]);
    }
    diag_error(in->diag, &in->mod->src, call->span, "%s() cannot take %d arguments", b->name, nargs);
    return type_never(in->tt);
}

static Type *infer_builtin_call(Infer *in, Node *call, const Builtin *b) {
    if (b->id == B_ISINSTANCE) return infer_isinstance(in, call);
    if (b->id == B_SORTED) return infer_sorted(in, call);
    if (b->id == B_ENUMERATE || b->id == B_ZIP || b->id == B_REVERSED) return infer_iter_builtin(in, call, b);
    if ((b->id == B_MIN || b->id == B_MAX) && call->u.Call.keywords.len) return infer_min_max_keyed(in, call, b);
    if (b->id == B_ANY || b->id == B_ALL) {
        if (call->u.Call.args.len != 1 || call->u.Call.keywords.len) {
            diag_error(in->diag, &in->mod->src, call->span, "%s() takes exactly one argument", b->name);
            return type_never(in->tt);
        }
        Type *t = infer_expr(in, call->u.Call.args.items[0]);
        if (poisoned(in, t)) return type_never(in->tt);
        Type *e = iter_elem(in, t);
        if (!e) return unsupported(in, call, arena_printf(in->arena, "%s() of %s", b->name, tname(in, t)));
        if (type_resolve(e)->kind == TY_VAR) type_unify(in->tt, e, type_bool(in->tt)); /* any([]) */
        return type_bool(in->tt);
    }
    NodeList args = call->u.Call.args;
    int nargs = args.len;
    Type **at = arena_alloc(in->arena, (size_t)(nargs + 1) * sizeof *at);
    for (int i = 0; i < nargs; i++) {
        Node *a = args.items[i];
        if (a->kind == NODE_Starred) return unsupported(in, a, "*args in a call");
        at[i] = infer_expr(in, a);
        if (poisoned(in, at[i])) return type_never(in->tt);
    }
    const char *name = b->name;
    if (nargs == 1 && class_data_of(at[0]) && type_resolve(at[0])->kind == TY_CLASS &&
        (b->id == B_LEN || b->id == B_ABS)) {
        FuncSpec *spec = dunder_spec(in, call, at[0], b->id == B_LEN ? "__len__" : "__abs__", NULL, 0);
        if (!spec) {
            diag_error(in->diag, &in->mod->src, call->span, "object of type '%s' has no %s()", tname(in, at[0]), name);
            return type_never(in->tt);
        }
        if (b->id == B_LEN && type_resolve(spec->ret)->kind != TY_INT)
            return unsupported(in, call, "__len__ returning other than int");
        return spec->ret;
    }
    if (nargs == 1 && b->id == B_BOOL && class_data_of(at[0])) {
        infer_truth_of(in, at[0], call);
        return type_bool(in->tt);
    }
    for (int i = 0; i < nargs; i++)
        if (class_data_of(at[i]) && b->id != B_PRINT && b->id != B_STR && b->id != B_REPR && b->id != B_ISINSTANCE)
            return unsupported(in, call, arena_printf(in->arena, "%s() of an instance (its dunder methods)", name));
    if (b->kind == BUILTIN_EXCEPTION) {
        if (call->u.Call.keywords.len) return unsupported(in, call, "keyword arguments to an exception");
        if (nargs > 1) return unsupported(in, call, "exceptions with several arguments");
        if (nargs == 1 && type_resolve(at[0])->kind != TY_STR)
            return unsupported(in, call, "exceptions with a non-str argument");
        return exception_type(in);
    }
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *kw = call->u.Call.keywords.items[k];
        if (b->id == B_PRINT && kw->u.keyword.arg &&
            (strcmp(kw->u.keyword.arg, "sep") == 0 || strcmp(kw->u.keyword.arg, "end") == 0)) {
            Type *t = infer_expr(in, kw->u.keyword.value);
            Type *r = type_resolve(t);
            if (r->kind != TY_STR && r->kind != TY_NONE && r->kind != TY_NEVER)
                diag_error(in->diag, &in->mod->src, kw->span, "%s must be None or a string, not %s",
                           kw->u.keyword.arg, tname(in, r));
            continue;
        }
        return unsupported(in, kw, arena_printf(in->arena, "keyword argument '%s' of %s()",
                                                kw->u.keyword.arg ? kw->u.keyword.arg : "**", name));
    }
    switch (b->id) {
    case B_PRINT:
        for (int i = 0; i < nargs; i++) {
            if (class_data_of(at[i])) {
                if (!class_printing(in, at[i], false, args.items[i])) return type_never(in->tt);
                continue;
            }
            if (is_dict_view_call(in, args.items[i])) return refuse_view_print(in, args.items[i]);
            if (!printable(in, at[i]) && type_resolve(at[i])->kind != TY_NEVER)
                return unsupported(in, args.items[i], arena_printf(in->arena, "printing a %s", tname(in, at[i])));
        }
        return type_none(in->tt);
    case B_LEN:
        if (nargs != 1) break;
        if (type_resolve(at[0])->kind != TY_STR && type_resolve(at[0])->kind != TY_LIST &&
            type_resolve(at[0])->kind != TY_TUPLE && type_resolve(at[0])->kind != TY_RANGE &&
            type_resolve(at[0])->kind != TY_DICT && !is_set(at[0]) && !is_bytes_like(at[0]))
            return unsupported(in, call, arena_printf(in->arena, "len() of %s", tname(in, at[0])));
        return type_int(in->tt);
    case B_RANGE:
        if (nargs < 1 || nargs > 3) break;
        for (int i = 0; i < nargs; i++) {
            Type *t = type_resolve(at[i]);
            if (t->kind != TY_INT && t->kind != TY_BOOL) {
                diag_error(in->diag, &in->mod->src, args.items[i]->span,
                           "range() arguments must be int, not %s", tname(in, t));
                return type_never(in->tt);
            }
        }
        return type_range(in->tt);
    case B_BYTES:
    case B_BYTEARRAY: {
        Type *want = b->id == B_BYTES ? type_bytes(in->tt) : type_bytearray(in->tt);
        if (nargs == 0) return want;
        if (nargs != 1) break;
        Type *t = type_resolve(at[0]);
        if (t->kind == TY_INT || is_bytes_like(t)) return want;
        if (t->kind == TY_LIST && type_unify(in->tt, t->args[0], type_int(in->tt))) return want;
        if (iter_elem(in, t) && type_unify(in->tt, iter_elem(in, t), type_int(in->tt))) return want; /* range, tuple */
        if (t->kind == TY_STR)
            return unsupported(in, call, arena_printf(in->arena, "%s(str) without an encoding (use s.encode())", name));
        break;
    }
    case B_SET:
    case B_FROZENSET: {
        if (nargs == 0) return set_of(in, call, type_var(in->tt), b->id == B_FROZENSET);
        Type *e = nargs == 1 ? iter_elem(in, at[0]) : NULL;
        if (!e) break;
        return set_of(in, call, e, b->id == B_FROZENSET);
    }
    case B_DICT:
        if (nargs == 0) return dict_of(in, call, type_var(in->tt), type_var(in->tt));
        if (nargs == 1 && type_resolve(at[0])->kind == TY_DICT) return at[0];
        if (nargs == 1 && iter_elem(in, at[0])) { /* dict(pairs) */
            Type *p = type_resolve(iter_elem(in, at[0]));
            if (p->kind == TY_TUPLE && p->nargs == 2) return dict_of(in, call, p->args[0], p->args[1]);
        }
        break;
    case B_LIST: {
        if (nargs == 0) return list_of(in, call, type_var(in->tt));
        Type *e = nargs == 1 ? iter_elem(in, at[0]) : NULL;
        if (!e) break;
        return list_of(in, call, e);
    }
    case B_SUM: {
        if (nargs < 1 || nargs > 2) break;
        Type *e = iter_elem(in, at[0]);
        if (!e) return unsupported(in, call, arena_printf(in->arena, "sum() of %s", tname(in, at[0])));
        e = type_resolve(e);
        if (e->kind == TY_BOOL) e = type_int(in->tt);
        if (e->kind != TY_INT && e->kind != TY_FLOAT)
            return unsupported(in, call, arena_printf(in->arena, "sum() of %s", tname(in, at[0])));
        if (nargs == 2) {
            Type *st = type_resolve(at[1]);
            if (!type_is_numeric(st))
                return unsupported(in, call, arena_printf(in->arena, "sum() with a %s start", tname(in, st)));
            if (st->kind == TY_FLOAT) e = st;
        }
        return e;
    }
    case B_ABS:
        if (nargs != 1 || !type_is_numeric(at[0])) break;
        return type_resolve(at[0])->kind == TY_FLOAT ? type_float(in->tt) : type_int(in->tt);
    case B_MIN:
    case B_MAX: {
        if (nargs == 1 && iter_elem(in, at[0])) {
            Type *e = type_resolve(iter_elem(in, at[0]));
            if (e->kind == TY_TUPLE) return unsupported(in, call, arena_printf(in->arena, "%s() of a list of tuples", name));
            if (e->kind == TY_VAR) { /* max([]): empty, whatever its type; ValueError when it runs */
                type_unify(in->tt, e, type_int(in->tt));
                e = type_int(in->tt);
            }
            return e;
        }
        if (nargs < 2) return unsupported(in, call, arena_printf(in->arena, "%s() of an iterable", name));
        Type *t = type_resolve(at[0]);
        for (int i = 1; i < nargs; i++) {
            Type *u = type_resolve(at[i]);
            if (u != t)
                return unsupported(in, call, arena_printf(in->arena, "%s() of mixed types %s and %s", name,
                                                          tname(in, t), tname(in, u)));
        }
        if (t->kind != TY_INT && t->kind != TY_FLOAT && t->kind != TY_STR && t->kind != TY_BOOL &&
            !(t->kind == TY_TUPLE && orderable(t)))
            return unsupported(in, call, arena_printf(in->arena, "%s() of %s", name, tname(in, t)));
        return t;
    }
    case B_INT:
        if (nargs == 0) return type_int(in->tt);
        if (nargs == 1 && (type_is_numeric(at[0]) || type_resolve(at[0])->kind == TY_STR)) return type_int(in->tt);
        if (nargs == 2 && type_resolve(at[0])->kind == TY_STR) {
            expect_arg(in, call, 1, at[1], type_int(in->tt), name);
            return type_int(in->tt);
        }
        break;
    case B_FLOAT:
        if (nargs == 0) return type_float(in->tt);
        if (nargs == 1 && (type_is_numeric(at[0]) || type_resolve(at[0])->kind == TY_STR)) return type_float(in->tt);
        break;
    case B_BOOL:
        if (nargs <= 1) return type_bool(in->tt);
        break;
    case B_STR:
    case B_REPR:
        if (nargs == 0 && b->id == B_STR) return type_str(in->tt);
        if (nargs == 1 && class_data_of(at[0]))
            return class_printing(in, at[0], b->id == B_REPR, args.items[0]) ? type_str(in->tt) : type_never(in->tt);
        if (nargs == 1 && b->id == B_REPR && type_resolve(at[0])->kind == TY_CLASS)
            return unsupported(in, call, "repr() of an exception");
        if (nargs == 1 && is_dict_view_call(in, args.items[0])) return refuse_view_print(in, args.items[0]);
        if (nargs == 1 && class_data_of(at[0]))
            return class_printing(in, at[0], b->id == B_REPR, args.items[0]) ? type_str(in->tt) : type_never(in->tt);
        if (nargs == 1 && printable(in, at[0])) return type_str(in->tt);
        break;
    case B_ORD:
        if (nargs == 1) {
            expect_arg(in, call, 0, at[0], type_str(in->tt), name);
            return type_int(in->tt);
        }
        break;
    case B_CHR:
    case B_HEX:
    case B_BIN:
    case B_OCT:
        if (nargs == 1) {
            expect_arg(in, call, 0, at[0], type_int(in->tt), name);
            return type_str(in->tt);
        }
        break;
    case B_DIVMOD:
        if (nargs == 2 && type_is_numeric(at[0]) && type_is_numeric(at[1])) {
            bool fl = type_resolve(at[0])->kind == TY_FLOAT || type_resolve(at[1])->kind == TY_FLOAT;
            Type *e = fl ? type_float(in->tt) : type_int(in->tt);
            Type *f[2] = {e, e};
            return type_tuple(in->tt, f, 2);
        }
        break;
    case B_ROUND:
        if (nargs == 1 && type_is_numeric(at[0])) return type_int(in->tt);
        if (nargs == 2 && type_is_numeric(at[0])) {
            expect_arg(in, call, 1, at[1], type_int(in->tt), name);
            return type_resolve(at[0])->kind == TY_FLOAT ? type_float(in->tt) : type_int(in->tt);
        }
        break;
    default:
        return unsupported(in, call, arena_printf(in->arena, "%s()", name));
    }
    diag_error(in->diag, &in->mod->src, call->span, "%s() cannot take these arguments (%d given)", name, nargs);
    return type_never(in->tt);
}

static Symbol *scope_lookup_name(Infer *in, Module *m, const char *name) {
    if (!m->scope) return NULL;
    return ptrmap_get(&m->scope->by_name, sema_intern(in->prog, name));
}

/* Maps a call's arguments onto def's parameters (positional-only, ordinary,
 * keyword-only); fills arg_nodes (NULL where a default applies).  False
 * after a diagnostic with CPython's wording. */
static bool match_arguments(Infer *in, Node *call, Node *def, const DefSig *sig, Node **arg_nodes) {
    Node *args = def->u.FunctionDef.args;
    if (args->u.arguments.vararg || args->u.arguments.kwarg) {
        unsupported(in, call, "calling a function with *args or **kwargs parameters");
        return false;
    }
    int n = sig->n, npos = sig->npositional;
    const char *fname = def->u.FunctionDef.name;
    for (int i = 0; i < n; i++) arg_nodes[i] = NULL;
    if (call->u.Call.args.len > npos) {
        diag_error(in->diag, &in->mod->src, call->span, "%s() takes %d positional argument%s but %d %s given",
                   fname, npos, npos == 1 ? "" : "s", call->u.Call.args.len, call->u.Call.args.len == 1 ? "was" : "were");
        return false;
    }
    for (int i = 0; i < call->u.Call.args.len; i++) {
        Node *a = call->u.Call.args.items[i];
        if (a->kind == NODE_Starred) {
            unsupported(in, a, "*args in a call");
            return false;
        }
        arg_nodes[i] = a;
    }
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *kw = call->u.Call.keywords.items[k];
        if (!kw->u.keyword.arg) {
            unsupported(in, kw, "**kwargs in a call");
            return false;
        }
        int found = -1;
        for (int i = sig->nposonly; i < n; i++)
            if (strcmp(sig->params[i]->u.arg.arg, kw->u.keyword.arg) == 0) found = i;
        for (int i = 0; found < 0 && i < sig->nposonly; i++) {
            if (strcmp(sig->params[i]->u.arg.arg, kw->u.keyword.arg) == 0) {
                diag_error(in->diag, &in->mod->src, kw->span,
                           "%s() got some positional-only arguments passed as keyword arguments: '%s'", fname,
                           kw->u.keyword.arg);
                return false;
            }
        }
        if (found < 0) {
            diag_error(in->diag, &in->mod->src, kw->span, "%s() got an unexpected keyword argument '%s'", fname,
                       kw->u.keyword.arg);
            return false;
        }
        if (arg_nodes[found]) {
            diag_error(in->diag, &in->mod->src, kw->span, "%s() got multiple values for argument '%s'", fname,
                       kw->u.keyword.arg);
            return false;
        }
        arg_nodes[found] = kw->u.keyword.value;
    }
    for (int pass = 0; pass < 2; pass++) { /* positional first, then keyword-only */
        int missing = 0;
        const char *first_missing = NULL;
        for (int i = pass ? npos : 0; i < (pass ? n : npos); i++) {
            if (arg_nodes[i] || sig->defaults[i]) continue;
            if (!first_missing) first_missing = sig->params[i]->u.arg.arg;
            missing++;
        }
        if (missing) {
            diag_error(in->diag, &in->mod->src, call->span, "%s() missing %d required %s argument%s: '%s'%s", fname,
                       missing, pass ? "keyword-only" : "positional", missing == 1 ? "" : "s", first_missing,
                       missing > 1 ? ", ..." : "");
            return false;
        }
    }
    return true;
}

/* A default value krait evaluates at each call (so it must be a constant). */
bool default_is_constant(Node *d) {
    if (d->kind == NODE_Constant) return true;
    if (d->kind == NODE_UnaryOp && d->u.UnaryOp.operand->kind == NODE_Constant) return true;
    return false;
}

/* Method signatures: X(receiver kind, name, min args, max args, result kind)
 * where args and results are: I int, S str, L the receiver's list type,
 * E its element type, B bool, N None, W list[str]; a "." in args means any
 * of the receiver's element type. */
/* X(receiver, name, parameters, result, keyword names): parameters and
 * result are type codes (I int, S str, B bool, N None, W an iterable of str,
 * L the receiver's type, E its element type; '?' marks an optional
 * parameter); keyword names lists the parameters CPython 3.11 accepts by
 * keyword, in order ("" when all are positional-only). */
#define METHOD_LIST(X)                                                                              \
    X(TY_STR, "upper", "", "S", "") X(TY_STR, "lower", "", "S", "")                                 \
    X(TY_STR, "strip", "?S", "S", "") X(TY_STR, "lstrip", "?S", "S", "")                            \
    X(TY_STR, "rstrip", "?S", "S", "")                                                              \
    X(TY_STR, "split", "?S?I", "W", "sep maxsplit") X(TY_STR, "rsplit", "?S?I", "W", "sep maxsplit") \
    X(TY_STR, "join", "W", "S", "")                                                                 \
    X(TY_STR, "startswith", "S?I?I", "B", "") X(TY_STR, "endswith", "S?I?I", "B", "")               \
    X(TY_STR, "find", "S?I?I", "I", "") X(TY_STR, "rfind", "S?I?I", "I", "")                        \
    X(TY_STR, "index", "S?I?I", "I", "") X(TY_STR, "rindex", "S?I?I", "I", "")                      \
    X(TY_STR, "count", "S?I?I", "I", "") X(TY_STR, "replace", "SS?I", "S", "")                      \
    X(TY_STR, "isdigit", "", "B", "") X(TY_STR, "isalpha", "", "B", "")                             \
    X(TY_STR, "isspace", "", "B", "") X(TY_STR, "isalnum", "", "B", "")                             \
    X(TY_STR, "isupper", "", "B", "") X(TY_STR, "islower", "", "B", "")                             \
    X(TY_LIST, "append", "E", "N", "") X(TY_LIST, "pop", "?I", "E", "")                             \
    X(TY_LIST, "insert", "IE", "N", "") X(TY_LIST, "index", "E?I?I", "I", "")                       \
    X(TY_LIST, "copy", "", "L", "")                                                                 \
    X(TY_LIST, "count", "E", "I", "") X(TY_LIST, "remove", "E", "N", "")                            \
    X(TY_LIST, "clear", "", "N", "") X(TY_LIST, "reverse", "", "N", "") X(TY_LIST, "extend", "L", "N", "")

/* Parameters of the longest signature above (find: sub, start, end). */
#define METHOD_MAX_PARAMS 3

typedef struct MethodSig {
    TypeKind receiver;
    const char *name;
    const char *args;
    const char *result;
    const char *keywords;
} MethodSig;

static const MethodSig method_table[] = {
#define X(kind, name, args, result, kw) {kind, name, args, result, kw},
    METHOD_LIST(X)
#undef X
};

/* Position of keyword `name` among sig's keyword names; -1 when absent. */
static int method_keyword_index(const MethodSig *sig, const char *name) {
    int index = 0;
    for (const char *k = sig->keywords; *k; index++) {
        const char *end = strchr(k, ' ');
        size_t len = end ? (size_t)(end - k) : strlen(k);
        if (strlen(name) == len && strncmp(k, name, len) == 0) return index;
        k += len;
        if (*k == ' ') k++;
    }
    return -1;
}

static Type *sig_type(Infer *in, char code, Type *recv) {
    switch (code) {
    case 'I': return type_int(in->tt);
    case 'S': return type_str(in->tt);
    case 'B': return type_bool(in->tt);
    case 'N': return type_none(in->tt);
    case 'W': return type_list(in->tt, type_str(in->tt));
    case 'L': return recv;
    default: return recv->args[0]; /* E */
    }
}

/* d.get / setdefault / pop / popitem / keys / values / items / update /
 * clear / copy.  keys(), values() and items() are lists here (a snapshot,
 * where CPython gives a live view): iterating, printing through list() and
 * len() behave the same. */
static Type *infer_dict_method(Infer *in, Node *n, Type *d, const char *name) {
    NodeList args = n->u.Call.args;
    Type *k = d->args[0], *v = d->args[1];
    if (n->u.Call.keywords.len) {
        diag_error(in->diag, &in->mod->src, n->span, "dict.%s() takes no keyword arguments", name);
        return type_never(in->tt);
    }
    Type *at[2] = {NULL, NULL};
    for (int i = 0; i < args.len && i < 2; i++) {
        at[i] = infer_expr(in, args.items[i]);
        if (poisoned(in, at[i])) return type_never(in->tt);
    }
    struct { const char *name; int min, max; } sigs[] = {
        {"get", 1, 2}, {"setdefault", 2, 2}, {"pop", 1, 2}, {"popitem", 0, 0}, {"keys", 0, 0},
        {"values", 0, 0}, {"items", 0, 0}, {"update", 1, 1}, {"clear", 0, 0}, {"copy", 0, 0},
    };
    int which = -1;
    for (int i = 0; i < (int)(sizeof sigs / sizeof sigs[0]); i++)
        if (!strcmp(sigs[i].name, name)) which = i;
    if (which < 0) return unsupported(in, n, arena_printf(in->arena, "dict.%s()", name));
    if (args.len < sigs[which].min || args.len > sigs[which].max) {
        diag_error(in->diag, &in->mod->src, n->span, "dict.%s() takes %d to %d arguments (%d given)", name,
                   sigs[which].min, sigs[which].max, args.len);
        return type_never(in->tt);
    }
    if (at[0] && which != 7 && !container_accepts(in, k, at[0])) {
        diag_error(in->diag, &in->mod->src, ((Node *)args.items[0])->span, "this dict's keys are %s, not %s",
                   tname(in, k), tname(in, at[0]));
        return type_never(in->tt);
    }
    if (at[1] && !container_accepts(in, v, at[1])) {
        diag_error(in->diag, &in->mod->src, ((Node *)args.items[1])->span, "this dict's values are %s, not %s",
                   tname(in, v), tname(in, at[1]));
        return type_never(in->tt);
    }
    Type *pair[2] = {k, v};
    switch (which) {
    case 0: return at[1] ? v : type_optional(in->tt, v);
    case 1: return v;
    case 2: return v;
    case 3: return type_tuple(in->tt, pair, 2);
    case 4: return list_of(in, n, k);
    case 5: return list_of(in, n, v);
    case 6: return list_of(in, n, type_tuple(in->tt, pair, 2));
    case 7:
        if (!type_unify(in->tt, d, at[0])) {
            diag_error(in->diag, &in->mod->src, ((Node *)args.items[0])->span, "dict.update() of %s needs a %s",
                       tname(in, at[0]), tname(in, d));
            return type_never(in->tt);
        }
        return type_none(in->tt);
    case 8: return type_none(in->tt);
    default: return d;
    }
}

/* Methods of bytes and bytearray. */
static Type *infer_bytes_method(Infer *in, Node *n, Type *bt, const char *name) {
    NodeList args = n->u.Call.args;
    bool mutable_ = type_resolve(bt)->kind == TY_BYTEARRAY;
    if (n->u.Call.keywords.len) return unsupported(in, n, arena_printf(in->arena, "keyword arguments to %s.%s()", tname(in, bt), name));
    Type *at[3] = {NULL, NULL, NULL};
    for (int i = 0; i < args.len && i < 3; i++) {
        at[i] = type_resolve(infer_expr(in, args.items[i]));
        if (poisoned(in, at[i])) return type_never(in->tt);
    }
    if (!strcmp(name, "hex") && args.len == 0) return type_str(in->tt);
    if (!strcmp(name, "decode") && args.len <= 1 && (!at[0] || at[0]->kind == TY_STR)) return type_str(in->tt);
    if ((!strcmp(name, "find") || !strcmp(name, "count") || !strcmp(name, "index")) && args.len >= 1 &&
        args.len <= 3 && (at[0]->kind == TY_BYTES || at[0]->kind == TY_INT))
        return type_int(in->tt);
    if ((!strcmp(name, "startswith") || !strcmp(name, "endswith")) && args.len == 1 && at[0]->kind == TY_BYTES)
        return type_bool(in->tt);
    if (mutable_ && !strcmp(name, "append") && args.len == 1 && (at[0]->kind == TY_INT || at[0]->kind == TY_BOOL))
        return type_none(in->tt);
    if (mutable_ && !strcmp(name, "extend") && args.len == 1 &&
        (is_bytes_like(at[0]) || (at[0]->kind == TY_LIST && type_unify(in->tt, at[0]->args[0], type_int(in->tt)))))
        return type_none(in->tt);
    if (mutable_ && !strcmp(name, "pop") && args.len <= 1 && (!at[0] || at[0]->kind == TY_INT)) return type_int(in->tt);
    return unsupported(in, n, arena_printf(in->arena, "%s.%s() with these arguments", tname(in, bt), name));
}

/* Methods of set (and the non-mutating ones of frozenset). */
static Type *infer_set_method(Infer *in, Node *n, Type *st, const char *name) {
    static const char *const with_elem[] = {"add", "discard", "remove"};
    static const char *const with_set[] = {"union", "intersection", "difference", "symmetric_difference",
                                           "issubset", "issuperset", "isdisjoint", "update",
                                           "intersection_update", "difference_update", "symmetric_difference_update"};
    static const char *const without[] = {"pop", "clear", "copy"};
    NodeList args = n->u.Call.args;
    if (n->u.Call.keywords.len) {
        diag_error(in->diag, &in->mod->src, n->span, "set.%s() takes no keyword arguments", name);
        return type_never(in->tt);
    }
    bool frozen = type_resolve(st)->kind == TY_FROZENSET;
    int kind = -1;
    for (int i = 0; i < 3; i++)
        if (!strcmp(name, with_elem[i])) kind = 0;
    for (int i = 0; i < 11; i++)
        if (!strcmp(name, with_set[i])) kind = 1;
    for (int i = 0; i < 3; i++)
        if (!strcmp(name, without[i])) kind = 2;
    if (kind < 0) return unsupported(in, n, arena_printf(in->arena, "%s.%s()", tname(in, st), name));
    bool mutates = kind == 0 || !strcmp(name, "pop") || !strcmp(name, "clear") || strstr(name, "update");
    if (frozen && mutates) {
        diag_error(in->diag, &in->mod->src, n->span, "'frozenset' object has no attribute '%s'", name);
        return type_never(in->tt);
    }
    int want = kind == 2 ? 0 : 1;
    if (args.len != want) {
        diag_error(in->diag, &in->mod->src, n->span, "set.%s() takes %d argument%s (%d given)", name, want,
                   want == 1 ? "" : "s", args.len);
        return type_never(in->tt);
    }
    if (kind == 0) {
        Type *t = infer_expr(in, args.items[0]);
        if (poisoned(in, t)) return type_never(in->tt);
        if (!container_accepts(in, st->args[0], t)) {
            diag_error(in->diag, &in->mod->src, ((Node *)args.items[0])->span, "this set's elements are %s, not %s",
                       tname(in, st->args[0]), tname(in, t));
            return type_never(in->tt);
        }
        return type_none(in->tt);
    }
    if (kind == 1) {
        Type *t = type_resolve(infer_expr(in, args.items[0]));
        if (poisoned(in, t)) return type_never(in->tt);
        if (!is_set(t) || !type_unify(in->tt, st->args[0], t->args[0]))
            return unsupported(in, n, arena_printf(in->arena, "set.%s() of %s (krait takes a set of the same type)",
                                                   name, tname(in, t)));
        if (!strncmp(name, "is", 2)) return type_bool(in->tt);
        if (strstr(name, "update")) return type_none(in->tt);
        return st;
    }
    if (!strcmp(name, "pop")) return st->args[0];
    if (!strcmp(name, "clear")) return type_none(in->tt);
    return st; /* copy */
}

/* A call of method `name` found from class `start` with self of type
 * self_type: obj.m(...), super().m(...), and constructors' __init__. */
static Type *infer_class_method_call(Infer *in, Node *call, Type *self_type, ClassData *start, const char *name) {
    ClassData *owner = NULL;
    Node *def = class_method(start, name, &owner);
    if (!def) return no_attribute(in, call->u.Call.func, start, name);
    DefSig sig;
    def_signature(in->arena, def, &sig);
    if (sig.n < 1 || def->u.FunctionDef.args->u.arguments.vararg) {
        unsupported(in, call, "methods without a self parameter (use @staticmethod)");
        return type_never(in->tt);
    }
    DefSig msig = sig; /* the parameters after self */
    msig.n--;
    msig.npositional--;
    msig.nposonly = msig.nposonly > 0 ? msig.nposonly - 1 : 0;
    msig.params++;
    msig.defaults++;
    Node **arg_nodes = arena_alloc(in->arena, (size_t)(sig.n + 1) * sizeof *arg_nodes);
    if (!match_arguments(in, call, def, &msig, arg_nodes)) return type_never(in->tt);
    for (int i = 0; i < call->u.Call.args.len; i++)
        if (poisoned(in, infer_expr(in, call->u.Call.args.items[i]))) return type_never(in->tt);
    for (int k = 0; k < call->u.Call.keywords.len; k++)
        if (poisoned(in, infer_expr(in, ((Node *)call->u.Call.keywords.items[k])->u.keyword.value))) return type_never(in->tt);
    Type **arg_types = arena_alloc(in->arena, (size_t)(sig.n + 1) * sizeof *arg_types);
    arg_types[0] = self_type;
    for (int i = 0; i < msig.n; i++) {
        Node *a = arg_nodes[i];
        if (a) {
            arg_types[i + 1] = check_type_of(in->spec, a);
        } else if (default_is_constant(msig.defaults[i])) {
            arg_types[i + 1] = infer_expr(in, msig.defaults[i]);
        } else {
            unsupported(in, call, "a method default value that is not a constant");
            return type_never(in->tt);
        }
    }
    FuncSpec *spec = spec_for_call(in, def, owner->module, arg_types, call);
    if (!spec) return type_never(in->tt);
    spec->self_class = class_data_of(self_type);
    ptrmap_put(&in->spec->callees, call, spec);
    return spec->ret;
}

/* The specialisation of __str__ / __repr__ that printing an instance of
 * type t calls (str() falls back on __repr__, as in CPython).  False after a
 * diagnostic. */
static bool class_printing(Infer *in, Type *t, bool repr, Node *site) {
    ClassData *cd = class_data_of(t);
    if (type_resolve(t)->kind == TY_OPTIONAL) {
        unsupported(in, site, "printing an Optional instance (test it for None first)");
        return false;
    }
    const char *name = !repr && class_method(cd, "__str__", NULL) ? "__str__" : "__repr__";
    ClassData *owner = NULL;
    Node *def = class_method(cd, name, &owner);
    if (!def) {
        unsupported(in, site, arena_printf(in->arena, "printing a %s without __str__ or __repr__ (its default repr "
                                                      "shows a memory address)", cd->info->name));
        return false;
    }
    DefSig sig;
    def_signature(in->arena, def, &sig);
    if (sig.n != 1) {
        diag_error(in->diag, &in->mod->src, def->span, "%s() must take only self", name);
        return false;
    }
    Type *arg = type_resolve(t);
    FuncSpec *spec = spec_for_call(in, def, owner->module, &arg, site);
    if (!spec) return false;
    spec->self_class = cd;
    if (type_resolve(spec->ret)->kind != TY_STR) {
        diag_error(in->diag, &in->mod->src, def->span, "%s returned non-string (type %s)", name, tname(in, spec->ret));
        return false;
    }
    if (repr || !strcmp(name, "__repr__")) cd->repr_spec = spec;
    if (!repr) cd->str_spec = spec;
    return true;
}

/* The specialisation of dunder method `name` of self's class called with
 * args (after self); recorded as site's callee.  NULL when the class has no
 * such method (nothing reported); poisoned specs report themselves. */
static FuncSpec *dunder_spec(Infer *in, Node *site, Type *self, const char *name, Type **args, int nargs) {
    ClassData *cd = class_data_of(self), *owner = NULL;
    Node *def = cd ? class_method(cd, name, &owner) : NULL;
    if (!def) return NULL;
    DefSig sig;
    def_signature(in->arena, def, &sig);
    if (sig.n != nargs + 1) {
        diag_error(in->diag, &in->mod->src, def->span, "%s() takes %d argument%s here", name, nargs + 1,
                   nargs ? "s" : "");
        return NULL;
    }
    Type **all = arena_alloc(in->arena, (size_t)(nargs + 2) * sizeof *all);
    all[0] = type_resolve(self);
    for (int i = 0; i < nargs; i++) all[i + 1] = args[i];
    FuncSpec *spec = spec_for_call(in, def, owner->module, all, site);
    if (!spec) return NULL;
    spec->self_class = cd;
    ptrmap_put(&in->spec->dunders, site, spec);
    return spec;
}

/* The class whose body defines method def. */
static ClassData *method_owner(Infer *in, Node *def) {
    for (int i = 0; i < in->c->classes.len; i++) {
        ClassData *cd = in->c->classes.items[i];
        for (int k = 0; k < cd->def->u.ClassDef.body.len; k++)
            if (cd->def->u.ClassDef.body.items[k] == def) return cd;
    }
    return NULL;
}

static Type *infer_method_call(Infer *in, Node *n) {
    Node *f = n->u.Call.func;
    Node *fv = f->u.Attribute.value;
    if (fv->kind == NODE_Call && fv->u.Call.func->kind == NODE_Name && !strcmp(fv->u.Call.func->u.Name.id, "super") &&
        !fv->u.Call.args.len) {
        /* super().m(...): the method of the defining class's base, on self */
        ClassData *owner = in->spec->def->kind == NODE_FunctionDef ? method_owner(in, in->spec->def) : NULL;
        if (!owner || !owner->base || in->spec->nparams < 1) return unsupported(in, n, "super() outside a method of a derived class");
        record(in, fv, in->spec->param_types[0]);
        return infer_class_method_call(in, n, in->spec->param_types[0], owner->base, f->u.Attribute.attr);
    }
    Type *recv = type_resolve(infer_expr(in, f->u.Attribute.value));
    if (poisoned(in, recv)) return type_never(in->tt);
    const char *name = f->u.Attribute.attr;
    if (class_data_of(recv)) {
        ClassData *cd = class_data_of(recv);
        if (class_field(in, cd, name, n)) return unsupported(in, n, "calling a field (functions as values)");
        if (recv->kind == TY_OPTIONAL) recv = type_resolve(recv->args[0]); /* AttributeError when None */
        return infer_class_method_call(in, n, recv, cd, name);
    }
    if (recv->kind == TY_DICT) return infer_dict_method(in, n, recv, name);
    if (is_set(recv)) return infer_set_method(in, n, recv, name);
    if (is_bytes_like(recv)) return infer_bytes_method(in, n, recv, name);
    if (recv->kind == TY_STR && !strcmp(name, "encode")) {
        if (n->u.Call.args.len > 1 || n->u.Call.keywords.len)
            return unsupported(in, n, "str.encode() with errors= or keyword arguments");
        if (n->u.Call.args.len == 1) {
            Type *t = infer_expr(in, n->u.Call.args.items[0]);
            if (type_resolve(t)->kind != TY_STR && !poisoned(in, t)) {
                diag_error(in->diag, &in->mod->src, n->span, "str.encode() takes an encoding name (str), not %s",
                           tname(in, t));
                return type_never(in->tt);
            }
        }
        return type_bytes(in->tt);
    }
    if (recv->kind == TY_LIST && !strcmp(name, "sort")) {
        if (n->u.Call.args.len) {
            diag_error(in->diag, &in->mod->src, n->span, "list.sort() takes no positional arguments");
            return type_never(in->tt);
        }
        if (!infer_sort_keywords(in, n, "list.sort()")) return type_never(in->tt);
        Node *key = keyword_value(n, "key");
        Type *ordered = key ? infer_key_function(in, key, recv->args[0]) : recv->args[0];
        if (!ordered) return type_never(in->tt);
        if (!orderable(ordered))
            return unsupported(in, n, arena_printf(in->arena, "sorting by %s values", tname(in, ordered)));
        return type_none(in->tt);
    }
    if (recv->kind == TY_LIST && !strcmp(name, "index") && n->u.Call.args.len > 1 &&
        type_resolve(recv->args[0])->kind == TY_TUPLE)
        return unsupported(in, n, "index() with start or end on a list of tuples");
    const MethodSig *sig = NULL;
    for (size_t i = 0; i < sizeof method_table / sizeof method_table[0]; i++)
        if (method_table[i].receiver == recv->kind && strcmp(method_table[i].name, name) == 0) sig = &method_table[i];
    if (!sig) {
        if (recv->kind == TY_STR || recv->kind == TY_LIST)
            return unsupported(in, n, arena_printf(in->arena, "%s.%s()", tname(in, recv), name));
        return unsupported(in, n, arena_printf(in->arena, "methods of %s", tname(in, recv)));
    }
    int nargs = n->u.Call.args.len;
    int min = 0, max = 0;
    for (const char *a = sig->args; *a; a++) {
        if (*a == '?') continue;
        max++;
        if (a == sig->args || a[-1] != '?') min++;
    }
    /* the argument of each parameter, positional or by keyword (NULL: absent) */
    /* METHOD_MAX_PARAMS slots whatever the method: lowering reads them all */
    Node **slots = arena_alloc(in->arena, METHOD_MAX_PARAMS * sizeof *slots);
    memset(slots, 0, METHOD_MAX_PARAMS * sizeof *slots);
    if (nargs > max) {
        diag_error(in->diag, &in->mod->src, n->span, "%s.%s() takes at most %d argument%s (%d given)",
                   tname(in, recv), name, max, max == 1 ? "" : "s", nargs);
        return type_never(in->tt);
    }
    for (int i = 0; i < nargs; i++) {
        if (((Node *)n->u.Call.args.items[i])->kind == NODE_Starred)
            return unsupported(in, n->u.Call.args.items[i], "*args in a call");
        slots[i] = n->u.Call.args.items[i];
    }
    for (int k = 0; k < n->u.Call.keywords.len; k++) {
        Node *kw = n->u.Call.keywords.items[k];
        int at = kw->u.keyword.arg ? method_keyword_index(sig, kw->u.keyword.arg) : -1;
        if (at < 0) {
            diag_error(in->diag, &in->mod->src, kw->span, "%s.%s() takes no keyword argument '%s'", tname(in, recv),
                       name, kw->u.keyword.arg ? kw->u.keyword.arg : "**");
            return type_never(in->tt);
        }
        if (slots[at]) {
            diag_error(in->diag, &in->mod->src, kw->span, "%s.%s() got multiple values for argument '%s'",
                       tname(in, recv), name, kw->u.keyword.arg);
            return type_never(in->tt);
        }
        slots[at] = kw->u.keyword.value;
    }
    int given = 0;
    for (int i = 0; i < max; i++)
        if (slots[i]) given = i + 1;
    for (int i = 0; i < min; i++) {
        if (!slots[i]) {
            diag_error(in->diag, &in->mod->src, n->span, "%s.%s() takes at least %d argument%s (%d given)",
                       tname(in, recv), name, min, min == 1 ? "" : "s", nargs);
            return type_never(in->tt);
        }
    }
    ptrmap_put(&in->spec->method_args, n, slots);
    int k = 0;
    for (const char *a = sig->args; *a && k < given; a++) {
        if (*a == '?') continue;
        Node *arg = slots[k];
        if (!arg) {
            k++;
            continue;
        }
        Type *t = infer_expr(in, arg);
        if (poisoned(in, t)) return type_never(in->tt);
        Type *want = sig_type(in, *a, recv);
        if (type_resolve(want)->kind == TY_FLOAT && type_resolve(t)->kind == TY_INT) t = want;
        if (a > sig->args && a[-1] == '?' && *a == 'S' && type_resolve(t)->kind == TY_NONE) {
            k++; /* an optional str given as None: the default */
            continue;
        }
        if (*a == 'W') {
            /* any iterable of str: a list, a tuple of str, a str (its characters) */
            Type *e = iter_elem(in, t);
            if (!e || !type_unify(in->tt, e, type_str(in->tt))) {
                diag_error(in->diag, &in->mod->src, arg->span, "%s.%s() needs an iterable of str, not %s",
                           tname(in, recv), name, tname(in, t));
                return type_never(in->tt);
            }
            k++;
            continue;
        }
        if (*a == 'S' && k == 0 && recv->kind == TY_STR && type_resolve(t)->kind == TY_TUPLE &&
            (!strcmp(name, "startswith") || !strcmp(name, "endswith"))) {
            Type *e = iter_elem(in, t); /* a tuple of prefixes */
            if (!e || type_resolve(e)->kind != TY_STR) {
                diag_error(in->diag, &in->mod->src, arg->span, "%s.%s() takes a str or a tuple of str, not %s",
                           tname(in, recv), name, tname(in, t));
                return type_never(in->tt);
            }
            k++;
            continue;
        }
        if (type_resolve(t)->kind == TY_TUPLE && recv->kind != TY_LIST)
            return unsupported(in, arg, arena_printf(in->arena, "%s.%s() of a tuple", tname(in, recv), name));
        if (!type_unify(in->tt, want, t)) {
            diag_error(in->diag, &in->mod->src, arg->span, "argument %d of %s.%s() must be %s, not %s", k + 1,
                       tname(in, recv), name, tname(in, want), tname(in, t));
            return type_never(in->tt);
        }
        k++;
    }
    if (recv->kind == TY_LIST && !list_elem_ok(recv->args[0])) return list_of(in, n, recv->args[0]);
    return sig_type(in, sig->result[0], recv);
}

static Type *infer_call(Infer *in, Node *n) {
    Node *f = n->u.Call.func;
    Symbol *callee_sym = NULL;
    if (f->kind == NODE_Attribute) {
        Node *base = f->u.Attribute.value;
        Module *bmod = sema_module_of_expr(in->prog, in->mod, base);
        if (bmod && !bmod->is_builtin) {
            callee_sym = scope_lookup_name(in, bmod, f->u.Attribute.attr);
            if (!callee_sym) {
                diag_error(in->diag, &in->mod->src, f->span, "module '%s' has no attribute '%s'", bmod->name,
                           f->u.Attribute.attr);
                return type_never(in->tt);
            }
        }
    }
    if (f->kind == NODE_Attribute && !callee_sym) {
        Node *base = f->u.Attribute.value;
        Symbol *sym = base->kind == NODE_Name ? sema_symbol_of(in->mod, base) : NULL;
        if (sym && sym->kind == SYM_BUILTIN && sym->builtin &&
            (sym->builtin->id == B_BYTES || sym->builtin->id == B_BYTEARRAY)) {
            /* bytes.fromhex(s) / bytearray.fromhex(s) */
            if (strcmp(f->u.Attribute.attr, "fromhex") != 0 || n->u.Call.args.len != 1 || n->u.Call.keywords.len)
                return unsupported(in, n, arena_printf(in->arena, "%s.%s()", sym->name, f->u.Attribute.attr));
            Type *t = infer_expr(in, n->u.Call.args.items[0]);
            if (type_resolve(t)->kind != TY_STR && !poisoned(in, t)) {
                diag_error(in->diag, &in->mod->src, n->span, "fromhex() argument must be str, not %s", tname(in, t));
                return type_never(in->tt);
            }
            return sym->builtin->id == B_BYTES ? type_bytes(in->tt) : type_bytearray(in->tt);
        }
        if (sym && sym->kind == SYM_MODULE && strcmp(((Node *)sym->decl)->u.alias.name, "sys") == 0 &&
            strcmp(f->u.Attribute.attr, "exit") == 0) {
            if (n->u.Call.args.len > 1) return unsupported(in, n, "sys.exit() with several arguments");
            if (n->u.Call.args.len == 1) {
                Type *t = infer_expr(in, n->u.Call.args.items[0]);
                if (type_resolve(t)->kind != TY_INT && type_resolve(t)->kind != TY_BOOL)
                    return unsupported(in, n, "sys.exit() with a non-int status");
            }
            return type_never(in->tt);
        }
        return infer_method_call(in, n);
    }
    if (f->kind != NODE_Name && !callee_sym) return unsupported(in, n, "calling this kind of expression");
    Symbol *sym = callee_sym ? callee_sym : follow_import(sema_symbol_of(in->mod, f));
    if (!sym) return type_never(in->tt);
    if (sym->kind == SYM_IMPORTED) return unsupported(in, n, "calling a name imported from a built-in module");
    if (sym->kind == SYM_BUILTIN) return infer_builtin_call(in, n, sym->builtin);
    if (sym->kind == SYM_CLASS && sym->decl && check_class_of_def(in->c, sym->decl)) {
        /* C(args): a new instance, then __init__ when the class has one */
        ClassData *cd = check_class_of_def(in->c, sym->decl);
        Type *t = type_class(in->tt, cd->info);
        if (!class_method(cd, "__init__", NULL)) {
            if (n->u.Call.args.len || n->u.Call.keywords.len) {
                diag_error(in->diag, &in->mod->src, n->span, "%s() takes no arguments", cd->info->name);
                return type_never(in->tt);
            }
            return t;
        }
        Type *r = infer_class_method_call(in, n, t, cd, "__init__");
        if (poisoned(in, r)) return type_never(in->tt);
        if (type_resolve(r)->kind != TY_NONE) {
            diag_error(in->diag, &in->mod->src, n->span, "__init__() should return None, not '%s'", tname(in, r));
            return type_never(in->tt);
        }
        return t;
    }
    if (sym->kind == SYM_CLASS && check_exception_class(in->c, in->mod, f)) {
        NodeList args = n->u.Call.args;
        if (n->u.Call.keywords.len || args.len > 1)
            return unsupported(in, n, "exceptions with several or keyword arguments");
        if (args.len == 1) {
            Type *t = infer_expr(in, args.items[0]);
            if (type_resolve(t)->kind != TY_STR && !poisoned(in, t))
                return unsupported(in, n, "exceptions with a non-str argument");
        }
        return exception_type(in);
    }
    if (sym->kind != SYM_FUNC || !sym->decl || sym->decl->kind != NODE_FunctionDef)
        return unsupported(in, n, arena_printf(in->arena, "calling '%s'", sym->name));
    if (sym->bindings > 1)
        return unsupported(in, n, arena_printf(in->arena, "calling '%s', which is bound more than once", sym->name));
    Node *def = sym->decl;
    Module *def_mod = sym->scope ? sym->scope->module : in->mod;
    if (def->u.FunctionDef.decorator_list.len) return unsupported(in, n, "decorated functions");
    Scope *def_scope = sema_scope_of(def_mod, def);
    if (def_scope && (def_scope->is_generator || def_scope->has_free))
        return unsupported(in, n, def_scope->is_generator ? "generators" : "closures");
    if (def_scope && def_scope->parent->kind != SCOPE_MODULE) return unsupported(in, n, "nested functions");
    DefSig sig;
    def_signature(in->arena, def, &sig);
    Node **arg_nodes = arena_alloc(in->arena, (size_t)(sig.n + 1) * sizeof *arg_nodes);
    if (!match_arguments(in, n, def, &sig, arg_nodes)) return type_never(in->tt);
    Type **arg_types = arena_alloc(in->arena, (size_t)(sig.n + 1) * sizeof *arg_types);
    /* arguments are evaluated as written, left to right */
    for (int i = 0; i < n->u.Call.args.len; i++) {
        Type *t = infer_expr(in, n->u.Call.args.items[i]);
        if (type_resolve(t)->kind == TY_NEVER) return type_never(in->tt);
    }
    for (int k = 0; k < n->u.Call.keywords.len; k++) {
        Type *t = infer_expr(in, ((Node *)n->u.Call.keywords.items[k])->u.keyword.value);
        if (type_resolve(t)->kind == TY_NEVER) return type_never(in->tt);
    }
    for (int i = 0; i < sig.n; i++) {
        Node *a = arg_nodes[i];
        if (a) {
            arg_types[i] = check_type_of(in->spec, a);
        } else if (default_is_constant(sig.defaults[i])) {
            arg_types[i] = infer_expr(in, sig.defaults[i]);
        } else {
            /* evaluated once, when the def statement ran */
            arg_types[i] = ptrmap_get(&in->c->default_types, sig.defaults[i]);
            if (!arg_types[i]) {
                diag_error(in->diag, &in->mod->src, n->span,
                           "%s() is called before its def statement runs (its default values do not exist yet)",
                           def->u.FunctionDef.name);
                return type_never(in->tt);
            }
        }
    }
    FuncSpec *spec = spec_for_call(in, def, def_mod, arg_types, n);
    if (!spec) return type_never(in->tt);
    ptrmap_put(&in->spec->callees, n, spec);
    return spec->ret;
}

/* Types whose == the Optional comparison lowers directly. */
static bool comparable_scalar(Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_CLASS && class_data_of(t)) return true; /* __eq__ or identity */
    return t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL || t->kind == TY_STR;
}

static Type *infer_compare(Infer *in, Node *n) {
    Type *left = infer_expr(in, n->u.Compare.left);
    for (int i = 0; i < n->u.Compare.comparators.len; i++) {
        Type *right = infer_expr(in, n->u.Compare.comparators.items[i]);
        CmpOpKind op = n->u.Compare.ops[i];
        Type *l = type_resolve(left), *r = type_resolve(right);
        if (poisoned(in, l) || poisoned(in, r)) return type_never(in->tt);
        /* a value whose type is not known yet compares with one of the other's type */
        if (l->kind == TY_VAR && r->kind != TY_VAR && r->kind != TY_NONE && op != CMPOP_In && op != CMPOP_NotIn)
            type_unify(in->tt, l, r);
        else if (r->kind == TY_VAR && l->kind != TY_VAR && l->kind != TY_NONE && op != CMPOP_In && op != CMPOP_NotIn)
            type_unify(in->tt, r, l);
        l = type_resolve(left);
        r = type_resolve(right);
        if ((l->kind == TY_OPTIONAL || r->kind == TY_OPTIONAL || l->kind == TY_NONE || r->kind == TY_NONE) &&
            op != CMPOP_Is && op != CMPOP_IsNot && op != CMPOP_Eq && op != CMPOP_NotEq)
            return unsupported(in, n, "ordering comparisons with an Optional value (narrowing by 'is not None')");
        if ((op == CMPOP_Is || op == CMPOP_IsNot) && class_data_of(l) && class_data_of(r)) {
            if (class_data_of(l) != class_data_of(r)) return unsupported(in, n, "'is' between instances of different classes");
        } else if ((op == CMPOP_Eq || op == CMPOP_NotEq) && l->kind == TY_CLASS && l == r && class_data_of(l)) {
            /* __eq__ when the class has one, else identity (object.__eq__) */
            ClassData *cd = class_data_of(l), *owner = NULL;
            Node *def = class_method(cd, "__eq__", &owner);
            if (def && !cd->eq_spec) {
                Type *args2[2] = {l, r};
                DefSig sig;
                def_signature(in->arena, def, &sig);
                if (sig.n != 2) return unsupported(in, n, "__eq__ with other than one parameter");
                FuncSpec *spec = spec_for_call(in, def, owner->module, args2, n);
                if (!spec) return type_never(in->tt);
                spec->self_class = cd;
                if (type_resolve(spec->ret)->kind != TY_BOOL)
                    return unsupported(in, n, "__eq__ returning other than bool");
                cd->eq_spec = spec;
            }
        } else if (op == CMPOP_Is || op == CMPOP_IsNot) {
            if (r->kind != TY_NONE && l->kind != TY_NONE && !(l->kind == TY_BOOL && r->kind == TY_BOOL))
                return unsupported(in, n, "'is' between values other than None and bools");
        } else if (op == CMPOP_In || op == CMPOP_NotIn) {
            if (r->kind == TY_TUPLE) {
                for (int k = 0; k < r->nargs; k++)
                    if (type_resolve(r->args[k]) != l && !(type_is_numeric(l) && type_is_numeric(r->args[k])))
                        return unsupported(in, n, "'in' on a tuple of other types");
            } else if (class_data_of(r) && r->kind == TY_CLASS) {
                FuncSpec *spec = dunder_spec(in, (Node *)((char *)n->u.Compare.comparators.items[i] + 1), r,
                                             "__contains__", &l, 1);
                if (!spec) {
                    diag_error(in->diag, &in->mod->src, n->span, "argument of type '%s' is not iterable", tname(in, r));
                    return type_never(in->tt);
                }
            } else if (is_bytes_like(r)) {
                if (l->kind != TY_INT && l->kind != TY_BOOL && !(r->kind == TY_BYTES && l->kind == TY_BYTES))
                    return unsupported(in, n, arena_printf(in->arena, "'in' %s with a %s", tname(in, r), tname(in, l)));
            } else if (is_set(r)) {
                if (!container_accepts(in, r->args[0], l)) return unsupported(in, n, "'in' with mismatched types");
            } else if (r->kind == TY_DICT) {
                if (!container_accepts(in, r->args[0], l)) return unsupported(in, n, "'in' with mismatched types");
            } else if (r->kind == TY_RANGE) {
                if (l->kind != TY_INT && l->kind != TY_BOOL) return unsupported(in, n, "'in' a range with a non-int");
            } else if (r->kind == TY_LIST) {
                Type *e = r->args[0];
                if (type_resolve(e)->kind == TY_FLOAT && l->kind == TY_INT) l = e;
                if (!type_unify(in->tt, e, l)) return unsupported(in, n, "'in' with mismatched types");
            } else if (!(l->kind == TY_STR && r->kind == TY_STR)) {
                return unsupported(in, n, "'in' on this type");
            }
        } else if (l->kind == TY_TUPLE && r->kind == TY_TUPLE) {
            /* field by field over the common length, then the lengths */
            for (int k = 0; k < l->nargs && k < r->nargs; k++) {
                Type *a = type_resolve(l->args[k]), *b = type_resolve(r->args[k]);
                if (a != b && !(type_is_numeric(a) && type_is_numeric(b)) && !type_unify(in->tt, a, b))
                    return unsupported(in, n, arena_printf(in->arena, "comparing %s with %s", tname(in, l), tname(in, r)));
            }
        } else if (is_bytes_like(l) && is_bytes_like(r)) {
            /* fine */
        } else if (is_set(l) && is_set(r) && op != CMPOP_In && op != CMPOP_NotIn && op != CMPOP_Is && op != CMPOP_IsNot) {
            if (!type_unify(in->tt, l->args[0], r->args[0])) return unsupported(in, n, "comparing sets of different types");
        } else if (l->kind == TY_DICT && r->kind == TY_DICT && (op == CMPOP_Eq || op == CMPOP_NotEq)) {
            if (!type_unify(in->tt, l, r)) return unsupported(in, n, "comparing dicts of different types");
        } else if (l->kind == TY_RANGE && r->kind == TY_RANGE && (op == CMPOP_Eq || op == CMPOP_NotEq)) {
            /* fine */
        } else if (l->kind == TY_LIST && r->kind == TY_LIST) {
            if (!type_unify(in->tt, l, r)) return unsupported(in, n, "comparing lists of different types");
        } else if (type_is_numeric(l) && type_is_numeric(r)) {
            /* fine */
        } else if (l->kind == TY_STR && r->kind == TY_STR) {
            /* fine */
        } else if ((op == CMPOP_Eq || op == CMPOP_NotEq) &&
                   ((l->kind == TY_OPTIONAL && r->kind != TY_NONE &&
                     (type_resolve(l->args[0]) == r || (type_is_numeric(l->args[0]) && type_is_numeric(r)))) ||
                    (r->kind == TY_OPTIONAL && l->kind != TY_NONE &&
                     (type_resolve(r->args[0]) == l || (type_is_numeric(r->args[0]) && type_is_numeric(l)))))) {
            /* Optional[T] == T: None differs from every T */
            if (!comparable_scalar(l->kind == TY_OPTIONAL ? type_resolve(l->args[0]) : l))
                return unsupported(in, n, arena_printf(in->arena, "comparing %s with %s", tname(in, l), tname(in, r)));
        } else if (op == CMPOP_Eq || op == CMPOP_NotEq) {
            if (l != r) {
                diag_error(in->diag, &in->mod->src, n->span,
                           "comparing %s with %s is always %s: the types differ", tname(in, l), tname(in, r),
                           op == CMPOP_Eq ? "False" : "True");
                return type_never(in->tt);
            }
            if (l->kind != TY_NONE) return unsupported(in, n, arena_printf(in->arena, "comparing %s values", tname(in, l)));
        } else {
            static const char *const cmp_symbols[] = {
#define X(k, s) s,
                AST_CMPOPS(X)
#undef X
            };
            if (class_data_of(l) && l->kind == TY_CLASS) {
                static const char *const names[] = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
                /* keyed by the operand's address + 1: the operand node may itself call a dunder */
                Node *key = (Node *)((char *)n->u.Compare.comparators.items[i] + 1);
                FuncSpec *spec = dunder_spec(in, key, l, names[op], &r, 1);
                if (!spec && r == l && op >= CMPOP_Lt && op <= CMPOP_GtE) {
                    /* a > b is b < a when only __lt__ exists (CPython's reflected comparison) */
                    static const char *const mirrored[] = {"", "", "__gt__", "__ge__", "__lt__", "__le__"};
                    spec = dunder_spec(in, key, r, mirrored[op], &l, 1);
                    if (spec) ptrmap_put(&in->c->reflected, key, key);
                }
                if (spec && type_resolve(spec->ret)->kind == TY_BOOL) {
                    left = right;
                    continue;
                }
                if (spec) return unsupported(in, n, "comparison dunders that do not return bool");
            }
            diag_error(in->diag, &in->mod->src, n->span, "'%s' not supported between instances of '%s' and '%s'",
                       cmp_symbols[op], tname(in, l), tname(in, r));
            return type_never(in->tt);
        }
        left = right;
    }
    return type_bool(in->tt);
}

/* `a and b` / `a or b` yield the operand that decides.  Their types must
 * agree, except: `x or default` with x Optional[T] and default T is a T;
 * and where only the truth of the result matters (an if or while test,
 * `not`), the operands may have any types and the result is a bool. */
static Type *infer_boolop(Infer *in, Node *n, bool as_condition) {
    NodeList vals = n->u.BoolOp.values;
    bool is_and = n->u.BoolOp.op == BOOLOP_And;
    Type **types = arena_alloc(in->arena, (size_t)vals.len * sizeof *types);
    int pushed = 0;
    bool poison = false;
    for (int i = 0; i < vals.len; i++) {
        if (i > 0) pushed += narrow_push(in, vals.items[i - 1], is_and, vals.items + i, vals.len - i);
        types[i] = as_condition ? infer_condition(in, vals.items[i]) : infer_expr(in, vals.items[i]);
        if (poisoned(in, types[i])) poison = true;
    }
    narrow_pop(in, pushed);
    if (poison) return type_never(in->tt);
    Type *t = types[vals.len - 1];
    bool all_agree = true;
    for (int i = 0; i < vals.len - 1 && all_agree; i++) {
        Type *u = type_resolve(types[i]);
        if (type_unify(in->tt, t, u)) continue;
        /* Optional[T] or T: a None operand never decides an `or` */
        if (!is_and && (u->kind == TY_OPTIONAL || u->kind == TY_NONE) &&
            (u->kind == TY_NONE || type_unify(in->tt, u->args[0], t)))
            continue;
        all_agree = false;
    }
    if (all_agree) return t;
    if (as_condition) return type_bool(in->tt);
    return unsupported(in, n, arena_printf(in->arena, "'%s' of %s and %s (outside an if or while test)",
                                           is_and ? "and" : "or", tname(in, types[0]),
                                           tname(in, types[vals.len - 1])));
}

/* [elt for target in iter if cond ...] and (elt for ...): the loop
 * variables are the comprehension's own (its scope), every iterable must
 * be one krait can loop over, the filters are tests.  A generator
 * expression is typed as the list it would produce: its consumers (sum,
 * min, max, sorted, list, str.join; any and all stop early) take it whole. */
static bool infer_generators(Infer *in, NodeList gens) {
    for (int g = 0; g < gens.len; g++) {
        Node *c = gens.items[g];
        if (c->u.comprehension.is_async) {
            unsupported(in, c, "async comprehensions");
            return false;
        }
        Type *it = infer_expr(in, c->u.comprehension.iter);
        if (poisoned(in, it)) return false;
        Type *e = iter_elem(in, it);
        if (!e) {
            unsupported(in, c->u.comprehension.iter, arena_printf(in->arena, "iterating over %s", tname(in, it)));
            return false;
        }
        infer_assign_target(in, c->u.comprehension.target, e, c);
        for (int k = 0; k < c->u.comprehension.ifs.len; k++) infer_condition(in, c->u.comprehension.ifs.items[k]);
    }
    return true;
}

static Type *infer_comprehension(Infer *in, Node *n) {
    if (!infer_generators(in, n->u.ListComp.generators)) return type_never(in->tt);
    Type *elt = infer_expr(in, n->u.ListComp.elt);
    if (poisoned(in, elt)) return type_never(in->tt);
    return list_of(in, n, elt);
}

/* The truth of an instance: __bool__, else __len__, else always true. */
static void infer_truth_of(Infer *in, Type *t, Node *site) {
    ClassData *cd = class_data_of(t);
    if (!cd || type_resolve(t)->kind != TY_CLASS || cd->truth_spec) return;
    Node *key = (Node *)((char *)site + 2); /* not the site's own dunder (len(x) is __len__ itself) */
    FuncSpec *spec = dunder_spec(in, key, t, "__bool__", NULL, 0);
    if (!spec) spec = dunder_spec(in, key, t, "__len__", NULL, 0);
    if (spec && type_resolve(spec->ret)->kind != TY_BOOL && type_resolve(spec->ret)->kind != TY_INT) {
        unsupported(in, site, "__bool__/__len__ returning other than bool or int");
        return;
    }
    cd->truth_spec = spec;
}

/* An expression whose truth is tested (if, while, not, assert, a filter). */
static Type *infer_condition(Infer *in, Node *n) {
    if (n->kind == NODE_BoolOp) return record(in, n, infer_boolop(in, n, true));
    Type *t = infer_expr(in, n);
    infer_truth_of(in, t, n);
    return t;
}

static Type *infer_joined_str(Infer *in, Node *n) {
    for (int i = 0; i < n->u.JoinedStr.values.len; i++) {
        Node *v = n->u.JoinedStr.values.items[i];
        if (v->kind != NODE_FormattedValue) continue;
        Type *t = infer_expr(in, v->u.FormattedValue.value);
        if (poisoned(in, t)) return type_never(in->tt);
        int conv = v->u.FormattedValue.conversion;
        if ((conv == 'r' || conv == 'a') && type_resolve(t)->kind == TY_CLASS && !class_data_of(t))
            return unsupported(in, v, "repr() of an exception");
        if (is_dict_view_call(in, v->u.FormattedValue.value)) return refuse_view_print(in, v->u.FormattedValue.value);
        if (class_data_of(t)) {
            if (v->u.FormattedValue.format_spec) return unsupported(in, v, "format specs for instances (__format__)");
            if (!class_printing(in, t, conv == 'r' || conv == 'a', v->u.FormattedValue.value)) return type_never(in->tt);
            continue;
        }
        if (!printable(in, t))
            return unsupported(in, v, arena_printf(in->arena, "formatting a %s", tname(in, t)));
        if (v->u.FormattedValue.format_spec && type_resolve(t)->kind == TY_OPTIONAL)
            return unsupported(in, v, arena_printf(in->arena, "a format spec for an Optional value (%s); "
                                                              "narrowing applies to variables, not attributes",
                                                   tname(in, t)));
        Node *spec = v->u.FormattedValue.format_spec;
        if (spec) {
            for (int k = 0; k < spec->u.JoinedStr.values.len; k++) {
                Node *part = spec->u.JoinedStr.values.items[k];
                if (part->kind == NODE_FormattedValue) infer_expr(in, part->u.FormattedValue.value);
            }
        }
        record(in, v, type_str(in->tt));
    }
    return type_str(in->tt);
}

static Type *infer_expr_kind(Infer *in, Node *n) {
    switch (n->kind) {
    case NODE_Constant:
        switch (n->u.Constant.value.kind) {
        case CONST_NONE: return type_none(in->tt);
        case CONST_TRUE: case CONST_FALSE: return type_bool(in->tt);
        case CONST_INT: {
            /* the literal must fit the chosen int width (64 bits is checked by resolve) */
            static const int target_int_bits[] = {
#define X(id, name, int_bits, float_bits) int_bits,
                TARGET_LIST(X)
#undef X
            };
            int bits = in->c->opts ? (in->c->opts->int_bits ? in->c->opts->int_bits
                                                             : target_int_bits[in->c->opts->target])
                                   : 64;
            int64_t v = n->u.Constant.value.i;
            if (bits == 32 && (v > INT32_MAX || v < INT32_MIN))
                diag_error(in->diag, &in->mod->src, n->span,
                           "integer literal %lld is too large for krait's int (32-bit here: --int 32 or the "
                           "target's default; at most 2147483647)", (long long)v);
            return type_int(in->tt);
        }
        case CONST_FLOAT: return type_float(in->tt);
        case CONST_STR: return type_str(in->tt);
        case CONST_BYTES: return type_bytes(in->tt);
        default: return unsupported(in, n, "this constant");
        }
    case NODE_Name:
        return infer_name(in, n);
    case NODE_BinOp: {
        Type *l = infer_expr(in, n->u.BinOp.left);
        Type *r = infer_expr(in, n->u.BinOp.right);
        return infer_binop_types(in, n, n->u.BinOp.op, l, r);
    }
    case NODE_UnaryOp: {
        Type *t = type_resolve(n->u.UnaryOp.op == UNARYOP_Not ? infer_condition(in, n->u.UnaryOp.operand)
                                                              : infer_expr(in, n->u.UnaryOp.operand));
        if (poisoned(in, t)) return type_never(in->tt);
        if (n->u.UnaryOp.op == UNARYOP_Not) return type_bool(in->tt);
        if (class_data_of(t) && t->kind == TY_CLASS) {
            const char *name = n->u.UnaryOp.op == UNARYOP_USub ? "__neg__" : n->u.UnaryOp.op == UNARYOP_UAdd ? "__pos__"
                                                                                                            : "__invert__";
            FuncSpec *spec = dunder_spec(in, n, t, name, NULL, 0);
            if (!spec) {
                diag_error(in->diag, &in->mod->src, n->span, "bad operand type for unary %s: '%s'",
                           n->u.UnaryOp.op == UNARYOP_USub ? "-" : n->u.UnaryOp.op == UNARYOP_UAdd ? "+" : "~",
                           tname(in, t));
                return type_never(in->tt);
            }
            return spec->ret;
        }
        if (!type_is_numeric(t) || (n->u.UnaryOp.op == UNARYOP_Invert && t->kind == TY_FLOAT)) {
            diag_error(in->diag, &in->mod->src, n->span, "bad operand type for unary %s: '%s'",
                       n->u.UnaryOp.op == UNARYOP_USub ? "-" : n->u.UnaryOp.op == UNARYOP_UAdd ? "+" : "~",
                       tname(in, t));
            return type_never(in->tt);
        }
        return t->kind == TY_BOOL ? type_int(in->tt) : t;
    }
    case NODE_BoolOp:
        return infer_boolop(in, n, false);
    case NODE_IfExp: {
        infer_condition(in, n->u.IfExp.test);
        int k = narrow_push(in, n->u.IfExp.test, true, &n->u.IfExp.body, 1);
        Type *a = infer_expr(in, n->u.IfExp.body);
        narrow_pop(in, k);
        k = narrow_push(in, n->u.IfExp.test, false, &n->u.IfExp.orelse, 1);
        Type *b = infer_expr(in, n->u.IfExp.orelse);
        narrow_pop(in, k);
        if (type_resolve(a)->kind == TY_NEVER) return b;
        if (type_resolve(b)->kind == TY_NEVER) return a;
        if (type_unify(in->tt, a, b)) return a;
        if (type_resolve(a)->kind == TY_NONE) return type_optional(in->tt, b);
        if (type_resolve(b)->kind == TY_NONE) return type_optional(in->tt, a);
        diag_error(in->diag, &in->mod->src, n->span, "the two branches of this conditional expression are %s and %s",
                   tname(in, a), tname(in, b));
        return type_never(in->tt);
    }
    case NODE_Compare:
        return infer_compare(in, n);
    case NODE_Call:
        return infer_call(in, n);
    case NODE_JoinedStr:
        return infer_joined_str(in, n);
    case NODE_Subscript: {
        Type *base = type_resolve(infer_expr(in, n->u.Subscript.value));
        if (poisoned(in, base)) return type_never(in->tt);
        Node *sl = n->u.Subscript.slice;
        if ((base->kind == TY_STR || base->kind == TY_LIST) && sl->kind == NODE_Slice) {
            Node *parts[3] = {sl->u.Slice.lower, sl->u.Slice.upper, sl->u.Slice.step};
            for (int i = 0; i < 3; i++) {
                if (!parts[i]) continue;
                Type *t = type_resolve(infer_expr(in, parts[i]));
                if (t->kind != TY_INT && t->kind != TY_BOOL && !poisoned(in, t))
                    return unsupported(in, parts[i], arena_printf(in->arena, "slice bounds of type %s", tname(in, t)));
            }
            return base;
        }
        if (base->kind == TY_DICT && sl->kind != NODE_Slice) {
            Type *k = infer_expr(in, sl);
            if (poisoned(in, k)) return type_never(in->tt);
            if (!container_accepts(in, base->args[0], k)) {
                diag_error(in->diag, &in->mod->src, sl->span, "this dict's keys are %s, not %s",
                           tname(in, base->args[0]), tname(in, k));
                return type_never(in->tt);
            }
            return base->args[1];
        }
        if (class_data_of(base) && base->kind == TY_CLASS) {
            Type *k = infer_expr(in, sl);
            if (poisoned(in, k)) return type_never(in->tt);
            FuncSpec *spec = dunder_spec(in, n, base, "__getitem__", &k, 1);
            if (!spec) {
                diag_error(in->diag, &in->mod->src, n->span, "'%s' object is not subscriptable", tname(in, base));
                return type_never(in->tt);
            }
            return spec->ret;
        }
        if (is_bytes_like(base)) {
            if (sl->kind == NODE_Slice) {
                Node *parts[3] = {sl->u.Slice.lower, sl->u.Slice.upper, sl->u.Slice.step};
                for (int i = 0; i < 3; i++) {
                    if (!parts[i]) continue;
                    Type *t = type_resolve(infer_expr(in, parts[i]));
                    if (t->kind != TY_INT && t->kind != TY_BOOL && !poisoned(in, t))
                        return unsupported(in, parts[i], arena_printf(in->arena, "slice bounds of type %s", tname(in, t)));
                }
                return base;
            }
            Type *i = type_resolve(infer_expr(in, sl));
            if (i->kind != TY_INT && i->kind != TY_BOOL && !poisoned(in, i))
                return unsupported(in, n, arena_printf(in->arena, "indexing %s with a non-int", tname(in, base)));
            return type_int(in->tt);
        }
        if (base->kind == TY_RANGE && sl->kind != NODE_Slice) {
            Type *i = type_resolve(infer_expr(in, sl));
            if (i->kind != TY_INT && i->kind != TY_BOOL && !poisoned(in, i))
                return unsupported(in, n, "indexing a range with a non-int");
            return type_int(in->tt);
        }
        if (base->kind == TY_TUPLE && sl->kind == NODE_Slice)
            return unsupported(in, n, "slicing a tuple (its result type depends on the bounds)");
        if (base->kind == TY_TUPLE) {
            Node *idx = sl;
            int64_t k = 0;
            bool neg = idx->kind == NODE_UnaryOp && idx->u.UnaryOp.op == UNARYOP_USub;
            Node *c = neg ? idx->u.UnaryOp.operand : idx;
            if (c->kind != NODE_Constant || c->u.Constant.value.kind != CONST_INT) {
                /* an index known at run time: the fields must share one type */
                Type *i = type_resolve(infer_expr(in, idx));
                if (i->kind != TY_INT && i->kind != TY_BOOL && !poisoned(in, i))
                    return unsupported(in, n, "indexing a tuple with a non-int");
                Type *e = iter_elem(in, base);
                if (!e)
                    return unsupported(in, n, arena_printf(in->arena,
                                                           "indexing a %s with an index known only at run time "
                                                           "(its fields differ in type)", tname(in, base)));
                return e;
            }
            infer_expr(in, idx);
            k = neg ? -c->u.Constant.value.i : c->u.Constant.value.i;
            if (k < 0) k += base->nargs;
            if (k < 0 || k >= base->nargs) return type_never(in->tt); /* IndexError when it runs, as in CPython */
            return base->args[k];
        }
        if (base->kind == TY_LIST) {
            Type *i = infer_expr(in, sl);
            if (type_resolve(i)->kind != TY_INT && type_resolve(i)->kind != TY_BOOL)
                return unsupported(in, n, "indexing a list with a non-int");
            return base->args[0];
        }
        if (base->kind == TY_STR && n->u.Subscript.slice->kind != NODE_Slice) {
            Type *i = infer_expr(in, n->u.Subscript.slice);
            if (type_resolve(i)->kind != TY_INT && type_resolve(i)->kind != TY_BOOL)
                return unsupported(in, n, "indexing a str with a non-int");
            return type_str(in->tt);
        }
        return unsupported(in, n, "this subscript");
    }
    case NODE_List: {
        Type *elem = type_var(in->tt);
        for (int i = 0; i < n->u.List.elts.len; i++) {
            Node *e = n->u.List.elts.items[i];
            if (e->kind == NODE_Starred) return unsupported(in, e, "starred elements in a list display");
            Type *t = infer_expr(in, e);
            if (poisoned(in, t)) return type_never(in->tt);
            if (!type_unify(in->tt, elem, t) && class_data_of(elem) && class_data_of(t))
                return unsupported(in, e, "a list of instances of different classes (subclass polymorphism)");
            if (!type_unify(in->tt, elem, t)) {
                diag_error(in->diag, &in->mod->src, e->span,
                           "list elements must all have one type: this one is %s, the first is %s",
                           tname(in, t), tname(in, elem));
                return type_never(in->tt);
            }
        }
        return list_of(in, n, elem);
    }
    case NODE_Tuple: {
        int k = n->u.Tuple.elts.len;
        Type **fields = arena_alloc(in->arena, (size_t)(k + 1) * sizeof *fields);
        for (int i = 0; i < k; i++) {
            Node *e = n->u.Tuple.elts.items[i];
            if (e->kind == NODE_Starred) return unsupported(in, e, "starred elements in a tuple");
            fields[i] = infer_expr(in, e);
            if (poisoned(in, fields[i])) return type_never(in->tt);
            Type *f = type_resolve(fields[i]);
            if (f->kind != TY_INT && f->kind != TY_FLOAT && f->kind != TY_BOOL && f->kind != TY_STR &&
                f->kind != TY_TUPLE && f->kind != TY_NONE)
                return unsupported(in, e, arena_printf(in->arena, "tuples holding %s", tname(in, f)));
        }
        return type_tuple(in->tt, fields, k);
    }
    case NODE_Dict: {
        Type *k = type_var(in->tt), *v = type_var(in->tt);
        for (int i = 0; i < n->u.Dict.keys.len; i++) {
            Node *kn = n->u.Dict.keys.items[i], *vn = n->u.Dict.values.items[i];
            if (!kn) return unsupported(in, vn, "** in a dict display");
            Type *kt = infer_expr(in, kn), *vt = infer_expr(in, vn);
            if (poisoned(in, kt) || poisoned(in, vt)) return type_never(in->tt);
            if (!container_accepts(in, k, kt)) {
                diag_error(in->diag, &in->mod->src, kn->span, "dict keys must all have one type: this one is %s, the first is %s",
                           tname(in, kt), tname(in, k));
                return type_never(in->tt);
            }
            if (!container_accepts(in, v, vt)) {
                diag_error(in->diag, &in->mod->src, vn->span, "dict values must all have one type: this one is %s, the first is %s",
                           tname(in, vt), tname(in, v));
                return type_never(in->tt);
            }
        }
        return dict_of(in, n, k, v);
    }
    case NODE_DictComp: {
        if (!infer_generators(in, n->u.DictComp.generators)) return type_never(in->tt);
        Type *k = infer_expr(in, n->u.DictComp.key), *v = infer_expr(in, n->u.DictComp.value);
        if (poisoned(in, k) || poisoned(in, v)) return type_never(in->tt);
        return dict_of(in, n, k, v);
    }
    case NODE_Set: {
        Type *e = type_var(in->tt);
        for (int i = 0; i < n->u.Set.elts.len; i++) {
            Node *x = n->u.Set.elts.items[i];
            if (x->kind == NODE_Starred) return unsupported(in, x, "starred elements in a set display");
            Type *t = infer_expr(in, x);
            if (poisoned(in, t)) return type_never(in->tt);
            if (!container_accepts(in, e, t)) {
                diag_error(in->diag, &in->mod->src, x->span, "set elements must all have one type: this one is %s, the first is %s",
                           tname(in, t), tname(in, e));
                return type_never(in->tt);
            }
        }
        return set_of(in, n, e, false);
    }
    case NODE_SetComp: {
        if (!infer_generators(in, n->u.ListComp.generators)) return type_never(in->tt);
        Type *e = infer_expr(in, n->u.ListComp.elt);
        if (poisoned(in, e)) return type_never(in->tt);
        return set_of(in, n, e, false);
    }
    case NODE_ListComp:
    case NODE_GeneratorExp:
        return infer_comprehension(in, n);
    case NODE_Lambda: return unsupported(in, n, "lambdas");
    case NODE_Attribute: {
        /* module.name: a variable of one of the program's modules */
        Node *base = n->u.Attribute.value;
        Module *bmod = sema_module_of_expr(in->prog, in->mod, base);
        if (bmod && !bmod->is_builtin) {
            Symbol *sym = follow_import(scope_lookup_name(in, bmod, n->u.Attribute.attr));
            if (!sym) {
                diag_error(in->diag, &in->mod->src, n->span, "module '%s' has no attribute '%s'",
                           bmod->name, n->u.Attribute.attr);
                return type_never(in->tt);
            }
            if (sym->kind != SYM_VAR) return unsupported(in, n, "this module attribute as a value");
            return var_type(in, sym);
        }
        ClassData *named = class_named(in, base); /* Class.CONSTANT */
        if (named) {
            Symbol *attr = class_attr(in, named, n->u.Attribute.attr);
            if (!attr) return no_attribute(in, n, named, n->u.Attribute.attr);
            return var_type(in, attr);
        }
        Type *bt = infer_expr(in, base);
        if (poisoned(in, bt)) return type_never(in->tt);
        ClassData *cd = class_data_of(bt);
        if (!cd) return unsupported(in, n, arena_printf(in->arena, "attributes of %s", tname(in, bt)));
        FieldInfo *f = class_field(in, cd, n->u.Attribute.attr, n);
        if (f) return f->type;
        Symbol *attr = class_attr(in, cd, n->u.Attribute.attr);
        if (attr) return var_type(in, attr);
        if (class_method(cd, n->u.Attribute.attr, NULL)) return unsupported(in, n, "methods as values (bound methods)");
        return no_attribute(in, n, cd, n->u.Attribute.attr);
    }
    case NODE_NamedExpr: return unsupported(in, n, "assignment expressions (:=)");
    case NODE_Starred: return unsupported(in, n, "starred expressions");
    case NODE_Yield: case NODE_YieldFrom: return unsupported(in, n, "generators");
    default:
        return unsupported(in, n, ast_kind_name(n->kind));
    }
}

static Type *infer_expr(Infer *in, Node *n) {
    return record(in, n, infer_expr_kind(in, n));
}

/* ---- statements ---------------------------------------------------------------------- */

/* obj.field = value: the field's one type, widened to Optional by None
 * (the same rule as variables). */
static void assign_field(Infer *in, FieldInfo *f, Type *value, Node *site) {
    Type *v = f->type;
    Type *cur = type_resolve(v);
    Type *val = type_resolve(value);
    if (val->kind == TY_NEVER) return;
    if (type_resolve(cur)->kind == TY_FLOAT && val->kind == TY_INT) return;
    if (type_unify(in->tt, v, val)) return;
    if (cur->kind == TY_NONE && val->kind != TY_OPTIONAL && v->kind == TY_VAR && v->bound) {
        v->bound = type_optional(in->tt, val);
        return;
    }
    if (val->kind == TY_NONE && cur->kind != TY_OPTIONAL && v->kind == TY_VAR && v->bound) {
        v->bound = type_optional(in->tt, cur);
        return;
    }
    if (cur->kind == TY_OPTIONAL && (val->kind == TY_NONE || type_unify(in->tt, cur->args[0], val))) return;
    diag_error(in->diag, &in->mod->src, site->span, "field '%s' of type %s cannot hold a %s", f->name, tname(in, cur),
               tname(in, val));
    diag_note(in->diag, &in->mod->src, f->site->span, "'%s' was given its type here", f->name);
}

static void infer_assign_target(Infer *in, Node *target, Type *value, Node *site) {
    if (target->kind == NODE_Attribute) {
        Type *bt = infer_expr(in, target->u.Attribute.value);
        if (poisoned(in, bt)) return;
        ClassData *cd = class_data_of(bt);
        if (!cd) {
            unsupported(in, target, arena_printf(in->arena, "assigning attributes of %s", tname(in, bt)));
            return;
        }
        FieldInfo *f = class_field(in, cd, target->u.Attribute.attr, target);
        if (!f) {
            if (class_attr(in, cd, target->u.Attribute.attr))
                unsupported(in, target, "assigning a class attribute through an instance");
            else
                no_attribute(in, target, cd, target->u.Attribute.attr);
            return;
        }
        assign_field(in, f, value, site);
        record(in, target, f->type);
        return;
    }
    if (target->kind == NODE_Subscript && target->u.Subscript.slice->kind != NODE_Slice) {
        Type *base = type_resolve(infer_expr(in, target->u.Subscript.value));
        if (poisoned(in, base)) return;
        if (class_data_of(base) && base->kind == TY_CLASS) {
            Type *k = infer_expr(in, target->u.Subscript.slice);
            if (poisoned(in, k)) return;
            Type *args2[2] = {k, value};
            if (!dunder_spec(in, target, base, "__setitem__", args2, 2))
                diag_error(in->diag, &in->mod->src, target->span, "'%s' object does not support item assignment",
                           tname(in, base));
            return;
        }
        if (base->kind == TY_BYTEARRAY) {
            Type *i = type_resolve(infer_expr(in, target->u.Subscript.slice));
            Type *v = type_resolve(value);
            if ((i->kind != TY_INT && i->kind != TY_BOOL) || (v->kind != TY_INT && v->kind != TY_BOOL))
                diag_error(in->diag, &in->mod->src, site->span, "bytearray items are ints set by int index, not %s",
                           tname(in, v));
            record(in, target, type_int(in->tt));
            return;
        }
        if (base->kind == TY_DICT) {
            Type *k = infer_expr(in, target->u.Subscript.slice);
            if (poisoned(in, k)) return;
            if (!container_accepts(in, base->args[0], k))
                diag_error(in->diag, &in->mod->src, target->u.Subscript.slice->span, "this dict's keys are %s, not %s",
                           tname(in, base->args[0]), tname(in, k));
            else if (!container_accepts(in, base->args[1], value))
                diag_error(in->diag, &in->mod->src, site->span, "this dict's values are %s, not %s",
                           tname(in, base->args[1]), tname(in, value));
            else if (!hashable(base->args[0]) || !container_elem_ok(base->args[0]) || !container_elem_ok(base->args[1]))
                dict_of(in, target, base->args[0], base->args[1]);
            record(in, target, base->args[1]);
            return;
        }
        if (base->kind != TY_LIST) {
            unsupported(in, target, arena_printf(in->arena, "item assignment on %s", tname(in, base)));
            return;
        }
        Type *i = infer_expr(in, target->u.Subscript.slice);
        if (type_resolve(i)->kind != TY_INT && type_resolve(i)->kind != TY_BOOL) {
            unsupported(in, target, "indexing a list with a non-int");
            return;
        }
        Type *v = type_resolve(value);
        if (type_resolve(base->args[0])->kind == TY_FLOAT && v->kind == TY_INT) return;
        if (!type_unify(in->tt, base->args[0], v))
            diag_error(in->diag, &in->mod->src, site->span, "%s cannot hold a %s", tname(in, base), tname(in, v));
        record(in, target, base->args[0]);
        return;
    }
    if (target->kind == NODE_Tuple || target->kind == NODE_List) {
        NodeList elts = target->kind == NODE_Tuple ? target->u.Tuple.elts : target->u.List.elts;
        Type *v = type_resolve(value);
        if (poisoned(in, v)) return;
        for (int i = 0; i < elts.len; i++)
            if (((Node *)elts.items[i])->kind == NODE_Starred) {
                unsupported(in, elts.items[i], "starred assignment targets");
                return;
            }
        if (v->kind == TY_LIST) { /* its length is checked when it runs */
            for (int i = 0; i < elts.len; i++) infer_assign_target(in, elts.items[i], v->args[0], site);
            return;
        }
        if (v->kind != TY_TUPLE) {
            unsupported(in, target, arena_printf(in->arena, "unpacking a %s", tname(in, v)));
            return;
        }
        if (elts.len != v->nargs) {
            diag_error(in->diag, &in->mod->src, site->span, "cannot unpack %s into %d target%s", tname(in, v),
                       elts.len, elts.len == 1 ? "" : "s");
            return;
        }
        for (int i = 0; i < elts.len; i++) infer_assign_target(in, elts.items[i], v->args[i], site);
        return;
    }
    if (target->kind != NODE_Name) {
        unsupported(in, target, "assigning to anything but a plain name");
        return;
    }
    Symbol *sym = sema_symbol_of(in->mod, target);
    if (!sym) return;
    if (sym->scope && sym->scope != in->spec->scope && !symbol_is_global(sym) &&
        !in_comprehension_of(sym->scope, in->spec->scope)) {
        unsupported(in, target, "assigning to a variable of an enclosing function (nonlocal)");
        return;
    }
    assign_var(in, sym, value, site);
    record(in, target, var_type(in, sym));
}

static void infer_stmt(Infer *in, Node *n) {
    if (diag_should_stop(in->diag)) return;
    switch (n->kind) {
    case NODE_Expr:
        infer_expr(in, n->u.Expr.value);
        return;
    case NODE_Assign: {
        Type *v = infer_expr(in, n->u.Assign.value);
        for (int i = 0; i < n->u.Assign.targets.len; i++) infer_assign_target(in, n->u.Assign.targets.items[i], v, n);
        return;
    }
    case NODE_AnnAssign: {
        Node *t = n->u.AnnAssign.target;
        if (t->kind == NODE_Attribute) {
            /* self.x: T = value — the field's type, declared */
            Type *bt = infer_expr(in, t->u.Attribute.value);
            ClassData *cd = poisoned(in, bt) ? NULL : class_data_of(bt);
            FieldInfo *f = cd ? class_field(in, cd, t->u.Attribute.attr, t) : NULL;
            if (!f) {
                unsupported(in, t, "annotated assignment to this target");
                return;
            }
            Type *ann = annotation_type(in, n->u.AnnAssign.annotation);
            if (type_resolve(ann)->kind != TY_NEVER && !type_unify(in->tt, f->type, ann)) {
                diag_error(in->diag, &in->mod->src, n->span, "field '%s' was %s before; it cannot be declared %s",
                           f->name, tname(in, f->type), tname(in, ann));
                return;
            }
            if (n->u.AnnAssign.value) {
                Type *val = infer_expr(in, n->u.AnnAssign.value);
                infer_assign_target(in, t, val, n);
            }
            return;
        }
        if (t->kind != NODE_Name) {
            unsupported(in, t, "annotated assignment to anything but a plain name");
            return;
        }
        Symbol *sym = sema_symbol_of(in->mod, t);
        Type *ann = annotation_type(in, n->u.AnnAssign.annotation);
        if (sym && type_resolve(ann)->kind != TY_NEVER) {
            Type *v = var_type(in, sym);
            if (!type_unify(in->tt, v, ann)) {
                diag_error(in->diag, &in->mod->src, n->span, "variable '%s' was %s before; it cannot be declared %s",
                           sym->name, tname(in, v), tname(in, ann));
                return;
            }
        }
        if (n->u.AnnAssign.value) {
            Type *val = infer_expr(in, n->u.AnnAssign.value);
            if (type_resolve(ann)->kind == TY_FLOAT && type_resolve(val)->kind == TY_INT) val = ann;
            if (sym) infer_assign_target(in, t, val, n);
        }
        return;
    }
    case NODE_AugAssign: {
        Node *t = n->u.AugAssign.target;
        if (t->kind != NODE_Name && t->kind != NODE_Attribute &&
            !(t->kind == NODE_Subscript && t->u.Subscript.slice->kind != NODE_Slice)) {
            unsupported(in, t, "augmented assignment to this target");
            return;
        }
        if (t->kind == NODE_Subscript && class_data_of(infer_expr(in, t->u.Subscript.value))) {
            unsupported(in, t, "augmented assignment to an item of an instance (__getitem__ then __setitem__)");
            return;
        }
        Type *cur = infer_expr(in, t);
        Type *v = infer_expr(in, n->u.AugAssign.value);
        if (class_data_of(cur) && type_resolve(cur)->kind == TY_CLASS) {
            /* x op= y: __iop__ when the class has it (it returns the object), else __op__ */
            static const char *const inplace[] = {"__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__",
                                                  "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__ior__",
                                                  "__ixor__", "__iand__", "__ifloordiv__"};
            FuncSpec *spec = dunder_spec(in, n, cur, inplace[n->u.AugAssign.op], &v, 1);
            if (spec) {
                record(in, n, spec->ret);
                infer_assign_target(in, t, spec->ret, n);
                return;
            }
        }
        Type *res = infer_binop_types(in, n, n->u.AugAssign.op, cur, v);
        record(in, n, res);
        infer_assign_target(in, t, res, n);
        return;
    }
    case NODE_If: {
        infer_condition(in, n->u.If.test);
        int k = narrow_push(in, n->u.If.test, true, n->u.If.body.items, n->u.If.body.len);
        infer_block(in, n->u.If.body);
        narrow_pop(in, k);
        k = narrow_push(in, n->u.If.test, false, n->u.If.orelse.items, n->u.If.orelse.len);
        infer_block(in, n->u.If.orelse);
        narrow_pop(in, k);
        return;
    }
    case NODE_While: {
        infer_condition(in, n->u.While.test);
        in->loop_depth++;
        int k = narrow_push(in, n->u.While.test, true, n->u.While.body.items, n->u.While.body.len);
        infer_block(in, n->u.While.body);
        narrow_pop(in, k);
        in->loop_depth--;
        infer_block(in, n->u.While.orelse);
        return;
    }
    case NODE_For: {
        Node *it = n->u.For.iter;
        Node *range_fn = it->kind == NODE_Call ? it->u.Call.func : NULL;
        Symbol *rs = range_fn && range_fn->kind == NODE_Name ? sema_symbol_of(in->mod, range_fn) : NULL;
        if (rs && rs->kind == SYM_BUILTIN && rs->builtin->id == B_RANGE) {
            if (it->u.Call.args.len < 1 || it->u.Call.args.len > 3 || it->u.Call.keywords.len) {
                diag_error(in->diag, &in->mod->src, it->span, "range() takes 1 to 3 arguments");
                return;
            }
            for (int i = 0; i < it->u.Call.args.len; i++) {
                Type *a = infer_expr(in, it->u.Call.args.items[i]);
                expect_arg(in, it, i, a, type_int(in->tt), "range");
            }
            record(in, it, type_range(in->tt));
            infer_assign_target(in, n->u.For.target, type_int(in->tt), n);
        } else {
            Type *t = type_resolve(infer_expr(in, it));
            if (t->kind == TY_STR || t->kind == TY_RANGE || t->kind == TY_DICT || is_set(t) || is_bytes_like(t))
                infer_assign_target(in, n->u.For.target, iter_elem(in, t), n);
            else if (t->kind == TY_LIST)
                infer_assign_target(in, n->u.For.target, t->args[0], n);
            else if (t->kind == TY_TUPLE) {
                bool same = t->nargs > 0 && list_elem_ok(t->args[0]);
                for (int k = 1; k < t->nargs; k++) same = same && type_resolve(t->args[k]) == type_resolve(t->args[0]);
                if (!same) {
                    unsupported(in, it, arena_printf(in->arena, "iterating over %s", tname(in, t)));
                } else {
                    infer_assign_target(in, n->u.For.target, t->args[0], n);
                }
            }
            else if (!poisoned(in, t))
                unsupported(in, it, arena_printf(in->arena, "iterating over %s", tname(in, t)));
        }
        in->loop_depth++;
        infer_block(in, n->u.For.body);
        in->loop_depth--;
        infer_block(in, n->u.For.orelse);
        return;
    }
    case NODE_Return: {
        if (in->spec->def->kind == NODE_Module) return;
        Type *v = n->u.Return.value ? infer_expr(in, n->u.Return.value) : type_none(in->tt);
        Type *ret = in->spec->ret;
        Type *vr = type_resolve(v);
        if (vr->kind == TY_NEVER || poisoned(in, ret)) return;
        if (type_resolve(ret)->kind == TY_FLOAT && vr->kind == TY_INT) return;
        if (type_unify(in->tt, ret, v)) return;
        Type *r = type_resolve(ret);
        if (ret->kind == TY_VAR && ret->bound && r->kind == TY_NONE) {
            ret->bound = type_optional(in->tt, vr);
            return;
        }
        if (ret->kind == TY_VAR && ret->bound && vr->kind == TY_NONE && r->kind != TY_OPTIONAL) {
            ret->bound = type_optional(in->tt, r);
            return;
        }
        if (r->kind == TY_OPTIONAL && (vr->kind == TY_NONE || type_unify(in->tt, r->args[0], vr))) return;
        diag_error(in->diag, &in->mod->src, n->span, "%s() returns %s here but %s elsewhere",
                   in->spec->def->u.FunctionDef.name, tname(in, vr), tname(in, r));
        return;
    }
    case NODE_Pass:
    case NODE_Break:
    case NODE_Continue:
    case NODE_Global:
        return;
    case NODE_FunctionDef: {
        if (in->spec->def->kind != NODE_Module) {
            unsupported(in, n, "nested functions");
            return;
        }
        /* default values that are not constants are evaluated here, once */
        DefSig sig;
        def_signature(in->arena, n, &sig);
        for (int i = 0; i < sig.n; i++) {
            Node *d = sig.defaults[i];
            if (!d || default_is_constant(d)) continue;
            Type *t = infer_expr(in, d);
            if (poisoned(in, t)) continue;
            ptrmap_put(&in->c->default_types, d, t);
        }
        return; /* the body is inferred when called */
    }
    case NODE_Import:
        /* the program's own modules run first (program.c orders them); of
         * krait's modules only sys has anything yet */
        for (int i = 0; i < n->u.Import.names.len; i++) {
            Node *a = n->u.Import.names.items[i];
            const char *name = a->u.alias.name;
            bool builtin_module = strcmp(name, "sys") == 0 || strcmp(name, "typing") == 0;
            bool own = false;
            for (int m = 0; m < in->prog->modules.len; m++) {
                Module *mod = in->prog->modules.items[m];
                if (!mod->is_builtin && strcmp(mod->name, name) == 0) own = true;
            }
            if (!builtin_module && !own) unsupported(in, a, arena_printf(in->arena, "module '%s'", name));
        }
        return;
    case NODE_ImportFrom: {
        const char *m = sema_import_name(in->prog, in->mod, n);
        if (m && (strcmp(m, "typing") == 0 || strcmp(m, "__future__") == 0)) return;
        for (int i = 0; i < n->u.ImportFrom.names.len; i++) {
            Node *a = n->u.ImportFrom.names.items[i];
            const char *name = a->u.alias.asname ? a->u.alias.asname : a->u.alias.name;
            Symbol *sym = ptrmap_get(&in->spec->scope->by_name, sema_intern(in->prog, name));
            if (!sym || !sym->module || (sym->module->is_builtin && strcmp(sym->module->name, "sys") != 0))
                unsupported(in, a, arena_printf(in->arena, "importing from module '%s'", m ? m : "."));
        }
        return;
    }
    case NODE_Assert:
        infer_condition(in, n->u.Assert.test);
        if (n->u.Assert.msg) {
            Type *m = type_resolve(infer_expr(in, n->u.Assert.msg));
            if (m->kind != TY_STR && m->kind != TY_NEVER) unsupported(in, n, "an assert message that is not a str");
        }
        return;
    case NODE_Raise: {
        if (!n->u.Raise.exc) return; /* re-raise: the runtime knows the handled exception */
        if (n->u.Raise.cause) {
            unsupported(in, n, "raise ... from ...");
            return;
        }
        Node *e = n->u.Raise.exc;
        Node *fn = e->kind == NODE_Call ? e->u.Call.func : e;
        Symbol *sym = fn->kind == NODE_Name ? sema_symbol_of(in->mod, fn) : NULL;
        if (sym && (sym->kind == SYM_VAR || sym->kind == SYM_PARAM) && e == fn) {
            Type *t = infer_expr(in, e); /* raise e: a caught exception */
            if (!poisoned(in, t) && !is_exception_type(in, t))
                infer_error(in, e, "exceptions must derive from BaseException, not %s%s", tname(in, t), "");
            return;
        }
        if (!sym || !names_exception_class(in, fn)) {
            unsupported(in, e, "raising anything but an exception class");
            return;
        }
        if (e->kind == NODE_Call) infer_expr(in, e);
        return;
    }
    case NODE_Try:
        infer_block(in, n->u.Try.body);
        for (int i = 0; i < n->u.Try.handlers.len; i++) {
            Node *h = n->u.Try.handlers.items[i];
            Node *type = h->u.ExceptHandler.type;
            if (type) {
                NodeList names = type->kind == NODE_Tuple ? type->u.Tuple.elts : ast_list1(in->arena, type);
                for (int k = 0; k < names.len; k++) {
                    Node *t = names.items[k];
                    if (!names_exception_class(in, t)) unsupported(in, t, "catching anything but exception classes");
                }
            }
            if (h->u.ExceptHandler.name) {
                Symbol *sym = ptrmap_get(&in->spec->scope->by_name, sema_intern(in->prog, h->u.ExceptHandler.name));
                if (sym) assign_var(in, sym, exception_type(in), h);
            }
            infer_block(in, h->u.ExceptHandler.body);
        }
        infer_block(in, n->u.Try.orelse);
        infer_block(in, n->u.Try.finalbody);
        return;
    case NODE_With: unsupported(in, n, "with statements"); return;
    case NODE_ClassDef: infer_class_def(in, n); return;
    case NODE_Delete:
        for (int i = 0; i < n->u.Delete.targets.len; i++) {
            Node *t = n->u.Delete.targets.items[i];
            if (t->kind != NODE_Subscript) {
                unsupported(in, t, "del of anything but d[key] or a[index]");
                return;
            }
            Type *base = type_resolve(infer_expr(in, t->u.Subscript.value));
            if (poisoned(in, base)) return;
            Node *sl = t->u.Subscript.slice;
            if (base->kind == TY_DICT && sl->kind != NODE_Slice) {
                Type *k = infer_expr(in, sl);
                if (!poisoned(in, k) && !container_accepts(in, base->args[0], k))
                    diag_error(in->diag, &in->mod->src, sl->span, "this dict's keys are %s, not %s",
                               tname(in, base->args[0]), tname(in, k));
            } else if (base->kind == TY_LIST && sl->kind != NODE_Slice) {
                Type *k = type_resolve(infer_expr(in, sl));
                if (k->kind != TY_INT && k->kind != TY_BOOL && !poisoned(in, k))
                    unsupported(in, sl, "indexing a list with a non-int");
            } else {
                unsupported(in, t, arena_printf(in->arena, "del on %s", tname(in, base)));
            }
        }
        return;
    default:
        unsupported(in, n, ast_kind_name(n->kind));
        return;
    }
}

/* Does a block always leave by return, raise, break or continue? */
static bool block_exits(NodeList body) {
    if (!body.len) return false;
    Node *last = body.items[body.len - 1];
    switch (last->kind) {
    case NODE_Return:
    case NODE_Raise:
    case NODE_Break:
    case NODE_Continue:
        return true;
    case NODE_If:
        return block_exits(last->u.If.body) && block_exits(last->u.If.orelse);
    default:
        return false;
    }
}

static void infer_block(Infer *in, NodeList body) {
    int pushed = 0;
    for (int i = 0; i < body.len && !diag_should_stop(in->diag); i++) {
        Node *s = body.items[i];
        infer_stmt(in, s);
        Node **rest = body.items + i + 1;
        int rest_len = body.len - i - 1;
        /* `if x is None: return` — x is not None in the rest of the block */
        if (s->kind == NODE_If && block_exits(s->u.If.body) && !block_exits(s->u.If.orelse))
            pushed += narrow_push(in, s->u.If.test, false, rest, rest_len);
        else if (s->kind == NODE_If && block_exits(s->u.If.orelse) && !block_exits(s->u.If.body))
            pushed += narrow_push(in, s->u.If.test, true, rest, rest_len);
        else if (s->kind == NODE_Assert)
            pushed += narrow_push(in, s->u.Assert.test, true, rest, rest_len);
    }
    narrow_pop(in, pushed);
}

/* ---- finishing ------------------------------------------------------------------------ */

/* Binds the unknown element types left inside t to int: a container whose
 * elements were never given a type is empty wherever it is used (`set()`
 * tested for truth, `[]` passed around), and int is the cheapest layout. */
static void default_elems(Infer *in, Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_VAR) {
        type_unify(in->tt, t, type_int(in->tt));
        return;
    }
    for (int i = 0; i < t->nargs; i++) default_elems(in, t->args[i]);
    if (t->ret) default_elems(in, t->ret);
}

static bool finish_type(Infer *in, Type **slot, const Node *site, const char *what) {
    Type *t = type_resolve(*slot);
    if (!type_is_ground(t) && t->kind != TY_VAR &&
        (t->kind == TY_LIST || t->kind == TY_SET || t->kind == TY_FROZENSET || t->kind == TY_DICT))
        default_elems(in, t);
    if (!type_is_ground(t)) {
        if (t->kind == TY_VAR) {
            /* never given a value on any path that runs: treat as None */
            type_unify(in->tt, t, type_none(in->tt));
        } else {
            diag_error(in->diag, &in->mod->src, site->span, "cannot infer the type of %s (%s); add an annotation",
                       what, tname(in, t));
            return false;
        }
    }
    *slot = type_intern(in->tt, type_resolve(*slot));
    return true;
}

static void finish_map(Infer *in, PtrMap *map, const Node *site) {
    for (size_t i = 0; i < map->cap; i++) {
        if (!map->keys[i]) continue;
        Type *t = map->values[i];
        finish_type(in, &t, site, "a value");
        map->values[i] = t;
    }
}

bool infer_program(Checked *c, Program *prog, TypeTable *types, const Options *opts) {
    memset(c, 0, sizeof *c);
    c->prog = prog;
    c->types = types;
    c->opts = opts;
    ptrmap_init(&c->globals, prog->arena);
    ptrmap_init(&c->specs_of_def, prog->arena);
    ptrmap_init(&c->builtin_classes, prog->arena);
    ptrmap_init(&c->default_types, prog->arena);
    ptrmap_init(&c->reflected, prog->arena);
    Infer in;
    memset(&in, 0, sizeof in);
    in.c = c;
    in.prog = prog;
    in.diag = prog->diag;
    in.tt = types;
    in.arena = prog->arena;
    int errors_before = diag_error_count(prog->diag);
    exception_type(&in); /* lowering asks for it by name */
    for (int i = 0; i < prog->modules.len; i++) {
        Module *m = prog->modules.items[i];
        if (m->is_builtin) continue;
        in.mod = m;
        FuncSpec *init = spec_new(&in, m->ast, m->scope, m);
        init->ret = type_none(types);
        init->c_name = arena_printf(prog->arena, "%s__init", m->c_prefix);
        ptrvec_push(prog->arena, &c->inits, init);
        infer_spec_body(&in, init);
    }
    narrow_finish(&in);
    for (int i = 0; i < in.default_int.len; i++) {
        Type *v = type_resolve(in.default_int.items[i]);
        if (v->kind == TY_VAR) type_unify(types, v, type_int(types));
    }
    if (diag_error_count(prog->diag) != errors_before) return false;
    for (int i = 0; i < c->specs.len; i++) {
        FuncSpec *s = c->specs.items[i];
        in.mod = s->module;
        finish_map(&in, &s->types, s->def);
        finish_map(&in, &s->locals, s->def);
        finish_type(&in, &s->ret, s->def, "the return value");
    }
    for (int i = 0; i < c->classes.len; i++) {
        ClassData *cd = c->classes.items[i];
        in.mod = cd->module;
        for (int f = 0; f < cd->fields.len; f++) {
            FieldInfo *fi = cd->fields.items[f];
            finish_type(&in, &fi->type, fi->site, arena_printf(in.arena, "field '%s'", fi->name));
        }
    }
    in.mod = prog->main;
    finish_map(&in, &c->globals, prog->main->ast);
    finish_map(&in, &c->default_types, prog->main->ast);
    return diag_error_count(prog->diag) == errors_before;
}
