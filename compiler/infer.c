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
 *
 * This file holds variables, annotations, specialisation, calls and
 * expressions; infer_narrow.c the narrowing of Optional variables;
 * infer_stmt.c the statements, infer_class.c the program's
 * classes, infer_builtins.c the builtins and built-in types' methods.
 */
#include "infer_internal.h"
#include "modfuncs.h"

const char *tname(Infer *in, Type *t) {
    return type_name(in->arena, t);
}

void infer_error(Infer *in, const Node *n, const char *fmt, const char *a, const char *b) {
    diag_error(in->diag, &in->mod->src, n->span, fmt, a, b);
}

Type *unsupported(Infer *in, const Node *n, const char *what) {
    diag_error(in->diag, &in->mod->src, n->span, "%s is not supported yet by krait", what);
    return type_never(in->tt);
}

/* A type that stands for an earlier error: nothing more is said about it.
 * An unbound variable counts once errors exist (it lost its assignment to
 * one of them). */
bool poisoned(Infer *in, Type *t) {
    t = type_resolve(t);
    return t->kind == TY_NEVER || (t->kind == TY_VAR && diag_error_count(in->diag) > 0);
}

Type *record(Infer *in, Node *n, Type *t) {
    ptrmap_put(&in->spec->types, n, t);
    return t;
}

Type *check_type_of(const FuncSpec *spec, const Node *n) {
    Type *t = ptrmap_get(&spec->types, n);
    return t ? type_resolve(t) : NULL;
}

/* ---- variables ------------------------------------------------------------------ */

bool symbol_is_global(const Symbol *sym) {
    /* module variables, and class attributes (one per class, like globals) */
    return sym->scope && (sym->scope->kind == SCOPE_MODULE || sym->scope->kind == SCOPE_CLASS);
}

Type *check_symbol_type(const Checked *c, const FuncSpec *spec, const Symbol *sym) {
    Type *t = symbol_is_global(sym) ? ptrmap_get(&c->globals, sym)
                                    : ptrmap_get(&check_owner_spec((FuncSpec *)spec, sym)->locals, sym);
    return t ? type_resolve(t) : NULL;
}

/* The (variable) type of a variable symbol in the current specialisation. */
Type *var_type(Infer *in, Symbol *sym) {
    PtrMap *map = symbol_is_global(sym) ? &in->c->globals : &check_owner_spec(in->spec, sym)->locals;
    Type *t = ptrmap_get(map, sym);
    if (!t) {
        t = type_var(in->tt);
        ptrmap_put(map, sym, t);
    }
    return t;
}

bool type_is_numeric(Type *t) {
    t = type_resolve(t);
    return t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL;
}

/* Gives variable sym (first bound at decl) a value of type value at site. */
void assign_var(Infer *in, Symbol *sym, Type *value, Node *site) {
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
    if (class_upcast_ok(cur, val)) return; /* a subclass instance in a base-typed variable */
    if (val->kind == TY_OPTIONAL && type_unify(in->tt, cur, val->args[0])) {
        diag_error(in->diag, &in->mod->src, site->span, "variable '%s' of type %s cannot hold an %s: the value may be None here",
                   sym->name, tname(in, cur), tname(in, val));
        diag_note(in->diag, &in->mod->src, site->span, "test it with 'is not None' before this assignment, or declare "
                  "'%s: Optional[...]'", sym->name);
        return;
    }
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
bool type_accepts(Infer *in, Type *want, Type *got) {
    Type *w = type_resolve(want), *g = type_resolve(got);
    if (w->kind == TY_FLOAT && g->kind == TY_INT) return true;
    if (type_unify(in->tt, w, g)) return true;
    if (w->kind == TY_OPTIONAL) {
        if (g->kind == TY_NONE) return true;
        if (type_resolve(w->args[0])->kind == TY_FLOAT && g->kind == TY_INT) return true;
        return type_unify(in->tt, w->args[0], g) || class_upcast_ok(w, g);
    }
    return class_upcast_ok(w, g);
}

/* ---- annotations ------------------------------------------------------------------ */


Type *annotation_name(Infer *in, Node *a, const char *name) {
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
    Type *named_tuple = sym ? namedtuple_annotation(in, sym) : NULL;
    if (named_tuple) return named_tuple;
    if (sym && sym->kind == SYM_CLASS && sym->decl) {
        ClassData *cd = check_class_of_def(in->c, sym->decl);
        if (cd) return type_class(in->tt, cd->info);
        if (check_exception_class_index(in->c, sym->decl) >= 0) return exception_type(in);
        for (int i = 0; i < in->c->enums.len; i++)
            if (((EnumData *)in->c->enums.items[i])->def == sym->decl) return ((EnumData *)in->c->enums.items[i])->type;
        return unsupported(in, a, arena_printf(in->arena, "the class '%s' here (its definition has not run yet)", name));
    }
    if (sym && sym->kind == SYM_BUILTIN && sym->builtin->kind == BUILTIN_EXCEPTION) return exception_type(in);
    Type *it = infer_iter_annotation(in, a, name, NULL, 0);
    if (it) return it;
    if (strcmp(name, "Callable") == 0) return unsupported(in, a, arena_printf(in->arena, "'%s' annotations", name));
    infer_error(in, a, "unknown type '%s' in annotation%s", name, "");
    return type_never(in->tt);
}

Type *annotation_type(Infer *in, Node *a) {
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
        Type *it = infer_iter_annotation(in, a, name, (Node **)args.items, args.len);
        if (it) return it;
        if ((it = infer_weakref_annotation(in, a, (Node **)args.items, args.len))) return it;
        if (strcmp(name, "Callable") == 0) return closure_annotation(in, args);
        if ((strcmp(name, "dict") == 0 || strcmp(name, "Dict") == 0) && args.len == 2)
            return type_dict(in->tt, annotation_type(in, args.items[0]), annotation_type(in, args.items[1]));
        if (strcmp(name, "Optional") == 0 && args.len == 1)
            return type_optional(in->tt, annotation_type(in, args.items[0]));
        if (strcmp(name, "Final") == 0 && args.len == 1) return annotation_type(in, args.items[0]);
        if (strcmp(name, "tuple") == 0 || strcmp(name, "Tuple") == 0) {
            Node *last = args.len == 2 ? args.items[1] : NULL;
            if (last && last->kind == NODE_Constant && last->u.Constant.value.kind == CONST_ELLIPSIS) /* tuple[int, ...] */
                return type_seq_tuple(in->tt, annotation_type(in, args.items[0]));
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

FuncSpec *spec_new(Infer *in, Node *def, Scope *scope, Module *mod) {
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
const char *spec_c_name(Infer *in, Module *mod, const char *qualname, int index) {
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
FuncSpec *spec_for_call(Infer *in, Node *def, Module *def_mod, Type **arg_types, Node *call) {
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
    /* a property's setter shares its getter's name: its C name says so */
    NodeList decos = def->u.FunctionDef.decorator_list;
    bool setter = decos.len == 1 && ((Node *)decos.items[0])->kind == NODE_Attribute &&
                  !strcmp(((Node *)decos.items[0])->u.Attribute.attr, "setter");
    const char *qual = def->u.FunctionDef.name[0] == '<' /* a lambda bound to a name: its line tells it apart */
                           ? arena_printf(in->arena, "%s_%u", scope->name, (unsigned)def->span.begin.line) : scope->name;
    spec->c_name = spec_c_name(in, def_mod, setter ? arena_printf(in->arena, "%s.setter", scope->name) : qual, count);
    for (int i = 0; i < n; i++) {
        Node *p = params.items[i];
        Symbol *sym = ptrmap_get(&scope->by_name, sema_intern(in->prog, p->u.arg.arg));
        spec->params[i] = sym;
        ptrmap_put(&spec->locals, sym, ptypes[i]);
    }
    spec->ret = def->u.FunctionDef.returns ? annotation_type(in, def->u.FunctionDef.returns) : type_var(in->tt);
    infer_gen_begin(in, spec);
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

void infer_spec_body(Infer *in, FuncSpec *spec) {
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
    infer_return_hint(in, spec); /* `return out` of a declared list: out's type */
    infer_block(in, body);
    infer_gen_end(in, spec);
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

Type *infer_binop_types(Infer *in, Node *n, BinOpKind op, Type *l, Type *r) {
    l = type_resolve(l);
    r = type_resolve(r);
    const char *sym = ast_binop_symbol(op);
    if (poisoned(in, l) || poisoned(in, r)) return type_never(in->tt);
    if (!enum_binop_ok(in, n, l, r)) return type_never(in->tt);
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
    if (l->kind == TY_STR && op == BINOP_Mod) return infer_percent(in, n, r);
    if (l->kind == TY_OPTIONAL || r->kind == TY_OPTIONAL)
        return unsupported(in, n, "arithmetic on an Optional value (narrowing by 'is not None')");
    if (n->kind == NODE_AugAssign && type_is_seq_tuple(l)) /* in place on the list underneath: not a tuple's += */
        return unsupported(in, n, arena_printf(in->arena, "augmented assignment to a %s", tname(in, l)));
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
    if (l->kind == TY_TUPLE || r->kind == TY_TUPLE) return infer_tuple_binop(in, n, op, l, r);
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
Symbol *follow_import(Symbol *sym) {
    for (int hops = 0; sym && sym->kind == SYM_IMPORTED && sym->target && hops < 64; hops++) sym = sym->target;
    return sym;
}

Type *infer_name(Infer *in, Node *n) {
    Symbol *sym = follow_import(sema_symbol_of(in->mod, n));
    if (!sym) return type_never(in->tt);
    if (namedtuple_annotation(in, sym)) /* the type itself, not a value of it */
        return unsupported(in, n, arena_printf(in->arena, "the named tuple type '%s' as a value", sym->name));
    switch (sym->kind) {
    case SYM_VAR:
    case SYM_PARAM:
        if (sym->scope && sym->scope != in->spec->scope && !symbol_is_global(sym) &&
            check_owner_spec(in->spec, sym) == in->spec && !in_comprehension_of(sym->scope, in->spec->scope))
            return unsupported(in, n, "reading a variable of an enclosing function (closures)");
        if (strcmp(sym->name, "__name__") == 0 && symbol_is_global(sym)) return type_str(in->tt);
        if (is_narrowed(in, sym)) return narrowed_type(in, sym, n);
        return var_type(in, sym);
    case SYM_BUILTIN:
        if (strcmp(sym->name, "None") == 0) return type_none(in->tt);
        return unsupported(in, n, arena_printf(in->arena, "using builtin '%s' as a value", sym->name));
    case SYM_FUNC:
        return unsupported(in, n, "using a function as a value");
    case SYM_CLASS: {
        Type *members = infer_enum_as_value(in, sym); /* an enum class: the list of its members */
        if (members) return members;
        return unsupported(in, n, "classes");
    }
    default:
        return unsupported(in, n, arena_printf(in->arena, "using '%s' as a value", sym->name));
    }
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
bool names_exception_class(Infer *in, Node *name) {
    Symbol *sym = name->kind == NODE_Name ? follow_import(sema_symbol_of(in->mod, name)) : NULL;
    if (sym && sym->kind == SYM_BUILTIN && sym->builtin->kind == BUILTIN_EXCEPTION) return true;
    return check_exception_class(in->c, in->mod, name) != NULL || check_exception_data(in->c, in->mod, name);
}

Type *infer_call(Infer *in, Node *n) {
    Node *f = n->u.Call.func;
    Symbol *callee_sym = NULL;
    Type *member = infer_enum_lookup(in, n); /* Mode(value) */
    if (member) return member;
    if ((member = infer_namedtuple_call(in, n))) return member; /* Point(x, y) */
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
        if (sym && sym->kind == SYM_BUILTIN && sym->builtin && sym->builtin->id == B_INT &&
            !strcmp(f->u.Attribute.attr, "from_bytes"))
            return infer_int_from_bytes(in, n); /* int.from_bytes(b, "little") */
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
        if (struct_names_module_attr(in->mod, f)) return infer_struct_call(in, n); /* struct.pack(...) */
        if (infer_is_weakref_ref(in, f)) return infer_weakref_new(in, n); /* weakref.ref(x) */
        const ModuleFunc *mf = sym && sym->kind == SYM_MODULE
                                   ? module_func(((Node *)sym->decl)->u.alias.name, f->u.Attribute.attr)
                                   : NULL;
        if (!mf && sym && sym->kind == SYM_MODULE && module_has_funcs(((Node *)sym->decl)->u.alias.name))
            return unsupported(in, n, arena_printf(in->arena, "%s.%s()", ((Node *)sym->decl)->u.alias.name,
                                                   f->u.Attribute.attr));
        if (mf) { /* gc.collect() and the like (modfuncs.c) */
            if (n->u.Call.args.len || n->u.Call.keywords.len) {
                diag_error(in->diag, &in->mod->src, n->span, "%s.%s() takes no arguments", mf->module, mf->name);
                return type_never(in->tt);
            }
            return mf->ret == MODFUNC_INT ? type_int(in->tt) : mf->ret == MODFUNC_BOOL ? type_bool(in->tt) : type_none(in->tt);
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
    if (f->kind != NODE_Name && !callee_sym) return closure_value_call(in, n, closure_callee_type(in, n));
    Symbol *sym = callee_sym ? callee_sym : follow_import(sema_symbol_of(in->mod, f));
    if (!sym) return type_never(in->tt);
    if (sym->kind == SYM_IMPORTED) return unsupported(in, n, "calling a name imported from a built-in module");
    if (sym->kind == SYM_BUILTIN) return infer_builtin_call(in, n, sym->builtin);
    ClassData *cls_of = classmethod_cls(in->c, in->spec, sym);
    if (cls_of || (sym->kind == SYM_CLASS && sym->decl && check_class_of_def(in->c, sym->decl))) {
        /* C(args) (or cls(args) in a classmethod): a new instance, then __init__ when the class has one */
        ClassData *cd = cls_of ? cls_of : check_class_of_def(in->c, sym->decl);
        Type *t = type_class(in->tt, cd->info);
        cd->constructed = true; /* (its overrides can be specialised now: infer_dispatch.c) */
        if (!class_method(cd, "__init__", NULL) && cd->dataclass) return infer_dataclass_init(in, n, cd);
        if (!class_method(cd, "__init__", NULL) && cd->info->is_exception) /* Exception's own __init__ */
            return poisoned(in, infer_exc_new(in, n)) || !infer_exc_constructed(in, n, cd) ? type_never(in->tt) : t;
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
        if (cd->info->is_exception && !infer_exc_constructed(in, n, cd)) return type_never(in->tt); /* its __str__ */
        return t;
    }
    if (sym->kind == SYM_CLASS && check_exception_class(in->c, in->mod, f)) return infer_exc_new(in, n);
    if (closure_calls_value(in, sym)) return closure_value_call(in, n, infer_expr(in, f)); /* a function value */
    Node *lambda = closure_lambda_var(in, sym);
    if (!lambda && (sym->kind == SYM_VAR || sym->kind == SYM_PARAM)) { /* an instance with __call__ */
        Type *vt = type_resolve(infer_expr(in, f));
        if (poisoned(in, vt)) return type_never(in->tt);
        if (vt->kind == TY_CLASS && class_data_of(vt) && class_method(class_data_of(vt), "__call__", NULL))
            return infer_class_method_call(in, n, vt, class_data_of(vt), "__call__");
    }
    if (!lambda && (sym->kind != SYM_FUNC || !sym->decl || sym->decl->kind != NODE_FunctionDef))
        return unsupported(in, n, arena_printf(in->arena, "calling '%s'", sym->name));
    if (sym->bindings > 1)
        return unsupported(in, n, arena_printf(in->arena, "calling '%s', which is bound more than once", sym->name));
    Node *def = lambda ? closure_def_of(in, lambda) : sym->decl;
    Module *def_mod = sym->scope ? sym->scope->module : in->mod;
    if (def->u.FunctionDef.decorator_list.len) return unsupported(in, n, "decorated functions");
    Scope *def_scope = sema_scope_of(def_mod, def);
    if (def_scope && def_scope->has_free) return unsupported(in, n, "closures");
    if (def_scope && def_scope->parent->kind != SCOPE_MODULE) return unsupported(in, n, "nested functions");
    DefSig sig;
    def_signature(in->arena, def, &sig);
    Node **arg_nodes = arena_alloc(in->arena, (size_t)(sig.n + 1) * sizeof *arg_nodes);
    if (!match_arguments(in, n, def, &sig, arg_nodes)) return type_never(in->tt);
    closure_expect_args(in, n, &sig, arg_nodes);
    Type **arg_types = arena_alloc(in->arena, (size_t)(sig.n + 1) * sizeof *arg_types);
    /* arguments are evaluated as written, left to right */
    for (int i = 0; i < n->u.Call.args.len; i++) {
        Node *a = n->u.Call.args.items[i];
        Type *t = infer_expect(in, a, arg_display_want(in, &sig, arg_nodes, a));
        if (type_resolve(t)->kind == TY_NEVER) return type_never(in->tt);
    }
    for (int k = 0; k < n->u.Call.keywords.len; k++) {
        Node *a = ((Node *)n->u.Call.keywords.items[k])->u.keyword.value;
        Type *t = infer_expect(in, a, arg_display_want(in, &sig, arg_nodes, a));
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
bool comparable_scalar(Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_CLASS && class_data_of(t)) return true; /* __eq__ or identity */
    return t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL || t->kind == TY_STR;
}

Type *infer_compare(Infer *in, Node *n) {
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
        if (!enum_compare_ok(in, n, op, l, r)) return type_never(in->tt);
        bool in_optionals = (op == CMPOP_In || op == CMPOP_NotIn) && r->kind == TY_LIST &&
                            type_resolve(r->args[0])->kind == TY_OPTIONAL; /* None in slots */
        if ((l->kind == TY_OPTIONAL || r->kind == TY_OPTIONAL || l->kind == TY_NONE || r->kind == TY_NONE) &&
            op != CMPOP_Is && op != CMPOP_IsNot && op != CMPOP_Eq && op != CMPOP_NotEq && !in_optionals)
            return unsupported(in, n, "ordering comparisons with an Optional value (narrowing by 'is not None')");
        if ((op == CMPOP_Is || op == CMPOP_IsNot) && class_data_of(l) && class_data_of(r)) {
            if (class_data_of(l) != class_data_of(r)) return unsupported(in, n, "'is' between instances of different classes");
        } else if ((op == CMPOP_Eq || op == CMPOP_NotEq) && l->kind == TY_CLASS && class_data_of(l) &&
                   (l == r || class_join(in, l, r))) {
            /* __eq__ when the class has one, else identity (object.__eq__); related classes: their common base's */
            if (l != r) l = r = class_join(in, l, r);
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
                dispatch_spec(in, n, cd, spec); /* a subclass's override */
            }
        } else if (op == CMPOP_Is || op == CMPOP_IsNot) {
            if (r->kind != TY_NONE && l->kind != TY_NONE && !(l->kind == TY_BOOL && r->kind == TY_BOOL) &&
                !(l == r && check_enum_of_type(l)) && /* members are singletons */
                !(l == r && type_is_reference(l) && l->kind != TY_OPTIONAL)) /* identity of two objects */
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
                if (enum_widens_to(e, l) || enum_widens_to(l, e)) l = e; /* IntEnum members are ints */
                if (namedtuple_accepts(e, l)) l = e; /* (1, 2) in a list of Points */
                if (in_optionals && container_accepts(in, e, l)) l = e; /* None (or an instance) in slots */
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
        } else if ((type_is_seq_tuple(l) && r->kind == TY_TUPLE) || (type_is_seq_tuple(r) && l->kind == TY_TUPLE)) {
            return unsupported(in, n, arena_printf(in->arena, "comparing %s with %s", tname(in, l), tname(in, r)));
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
            if (class_data_of(l) && l == r && class_data_of(l)->order && !class_method(class_data_of(l), "__lt__", NULL)) {
                left = right; /* @dataclass(order=True): the fields, as a tuple */
                continue;
            }
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
Type *infer_boolop(Infer *in, Node *n, bool as_condition) {
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
bool infer_generators(Infer *in, NodeList gens) {
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

Type *infer_comprehension(Infer *in, Node *n) {
    if (!infer_generators(in, n->u.ListComp.generators)) return type_never(in->tt);
    Type *elt = infer_expr(in, n->u.ListComp.elt);
    if (poisoned(in, elt)) return type_never(in->tt);
    return list_of(in, n, elt);
}

/* The truth of an instance: __bool__, else __len__, else always true. */
void infer_truth_of(Infer *in, Type *t, Node *site) {
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
Type *infer_condition(Infer *in, Node *n) {
    if (n->kind == NODE_BoolOp) return record(in, n, infer_boolop(in, n, true));
    Type *t = infer_expr(in, n);
    infer_truth_of(in, t, n);
    return t;
}

Type *infer_joined_str(Infer *in, Node *n) {
    for (int i = 0; i < n->u.JoinedStr.values.len; i++) {
        Node *v = n->u.JoinedStr.values.items[i];
        if (v->kind != NODE_FormattedValue) continue;
        if (!v->u.FormattedValue.format_spec && v->u.FormattedValue.conversion != 'r' &&
            v->u.FormattedValue.conversion != 'a')
            in->str_ifexp = v->u.FormattedValue.value; /* f"{v if ok else '--'}" */
        Type *t = infer_expr(in, v->u.FormattedValue.value);
        in->str_ifexp = NULL;
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

Type *infer_expr_kind(Infer *in, Node *n) {
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
        bool as_text = in->str_ifexp == n; /* print(v if v is not None else "--") */
        in->str_ifexp = NULL;
        infer_condition(in, n->u.IfExp.test);
        int k = narrow_push(in, n->u.IfExp.test, true, &n->u.IfExp.body, 1);
        if (as_text) in->str_ifexp = n->u.IfExp.body;
        Type *a = infer_expr(in, n->u.IfExp.body);
        narrow_pop(in, k);
        k = narrow_push(in, n->u.IfExp.test, false, &n->u.IfExp.orelse, 1);
        if (as_text) in->str_ifexp = n->u.IfExp.orelse;
        Type *b = infer_expr(in, n->u.IfExp.orelse);
        in->str_ifexp = NULL;
        narrow_pop(in, k);
        if (type_resolve(a)->kind == TY_NEVER) return b;
        if (type_resolve(b)->kind == TY_NEVER) return a;
        if (type_unify(in->tt, a, b)) return a;
        if (type_resolve(a)->kind == TY_NONE) return type_optional(in->tt, b);
        if (type_resolve(b)->kind == TY_NONE) return type_optional(in->tt, a);
        if (class_join(in, a, b)) return class_join(in, a, b); /* instances of related classes: their base */
        if (as_text && printable(in, a) && printable(in, b) && !class_data_of(a) && !class_data_of(b))
            return type_str(in->tt); /* each branch as its own text (lower_ifexp) */
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
        Type *member = infer_enum_lookup(in, n); /* Mode["NAME"] */
        if (member) return member;
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
        if (base->kind == TY_TUPLE && sl->kind == NODE_Slice) return infer_tuple_slice(in, n, base);
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
        if (check_is_exc_args(base))
            return unsupported(in, n, "indexing e.args (an exception's arguments are kept as text: keep the value in "
                                      "a field of an exception class)");
        return unsupported(in, n, "this subscript");
    }
    case NODE_List: {
        Type *elem = type_var(in->tt);
        for (int i = 0; i < n->u.List.elts.len; i++) {
            Node *e = n->u.List.elts.items[i];
            if (e->kind == NODE_Starred) return unsupported(in, e, "starred elements in a list display");
            Type *t = infer_expr(in, e);
            if (poisoned(in, t)) return type_never(in->tt);
            Type *joined = type_unify(in->tt, elem, t) ? NULL : class_join(in, elem, t);
            if (joined) elem = joined; /* instances of subclasses: a list of their common base */
            if (!joined && !type_unify(in->tt, elem, t)) {
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
            if (!tuple_field_ok(f) && !(f->kind == TY_LIST && type_resolve(f->args[0])->kind == TY_VAR))
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
        return infer_comprehension(in, n);
    case NODE_GeneratorExp: { /* an iterator (built eagerly: lower_gen.c) */
        Type *l = infer_comprehension(in, n);
        return poisoned(in, l) ? l : type_iter(in->tt, type_resolve(l)->args[0]);
    }
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
        Type *et = infer_enum_attribute(in, n, NULL); /* Mode.OFF */
        if (et) return et;
        if ((et = infer_namedtuple_class_attribute(in, n))) return et; /* Point._fields */
        ClassData *named = class_named(in, base); /* Class.CONSTANT */
        if (named) {
            Symbol *attr = class_attr(in, named, n->u.Attribute.attr);
            if (!attr) return no_attribute(in, n, named, n->u.Attribute.attr);
            return var_type(in, attr);
        }
        Type *bt = infer_expr(in, base);
        if (poisoned(in, bt)) return type_never(in->tt);
        if ((et = infer_enum_attribute(in, n, bt))) return et; /* member.name, member.value */
        ClassData *cd = class_data_of(bt);
        Type *stop_value = cd ? NULL : infer_stop_value(in, n); /* `except StopIteration as e`: e.value */
        if (stop_value) return stop_value;
        Type *xt = infer_exc_attribute(in, n, bt); /* e.args, e.__cause__ */
        if (xt) return xt;
        if ((et = infer_namedtuple_attribute(in, n, bt))) return et; /* point.x */
        if (!cd) return unsupported(in, n, arena_printf(in->arena, "attributes of %s", tname(in, bt)));
        Node *getter = class_method(cd, n->u.Attribute.attr, NULL);
        if (getter && method_kind(getter) == METHOD_GETTER) { /* @property */
            if (type_resolve(bt)->kind == TY_OPTIONAL) return unsupported(in, n, "a property of an Optional value");
            FuncSpec *spec = dunder_spec(in, n, bt, n->u.Attribute.attr, NULL, 0);
            return spec ? spec->ret : type_never(in->tt);
        }
        FieldInfo *f = class_field(in, cd, n->u.Attribute.attr, n);
        if (f) return narrowed_field_type(in, n, f->type); /* inside `if x.f is not None:` */
        Symbol *attr = class_attr(in, cd, n->u.Attribute.attr);
        if (attr) {
            dispatch_class_attr(in, n, cd, n->u.Attribute.attr, var_type(in, attr));
            return var_type(in, attr);
        }
        if (class_method(cd, n->u.Attribute.attr, NULL)) return unsupported(in, n, "methods as values (bound methods)");
        return no_attribute(in, n, cd, n->u.Attribute.attr);
    }
    case NODE_NamedExpr: return unsupported(in, n, "assignment expressions (:=)");
    case NODE_Starred: return unsupported(in, n, "starred expressions");
    case NODE_Yield: case NODE_YieldFrom: return infer_yield(in, n);
    default:
        return unsupported(in, n, ast_kind_name(n->kind));
    }
}

Type *infer_expr(Infer *in, Node *n) {
    Type *want = in->expect;
    in->expect = NULL;
    Type *t = closure_infer_expected(in, n, want);
    if (!t && want) t = infer_tuple_expected(in, n, want); /* (1, None) as a tuple[int, Optional[C]] */
    return record(in, n, t ? t : infer_expr_kind(in, n));
}

/* ---- finishing ------------------------------------------------------------------------ */

/* Binds the unknown element types left inside t to int: a container whose
 * elements were never given a type is empty wherever it is used (`set()`
 * tested for truth, `[]` passed around), and int is the cheapest layout. */
void default_elems(Infer *in, Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_VAR) {
        type_unify(in->tt, t, type_int(in->tt));
        return;
    }
    for (int i = 0; i < t->nargs; i++) default_elems(in, t->args[i]);
    if (t->ret) default_elems(in, t->ret);
}

bool finish_type(Infer *in, Type **slot, const Node *site, const char *what) {
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

void finish_map(Infer *in, PtrMap *map, const Node *site) {
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
    ptrmap_init(&c->lambda_defs, prog->arena);
    ptrmap_init(&c->lambda_vars, prog->arena);
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
    dispatch_finish(&in);
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
        infer_gen_finish(&in, s);
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
