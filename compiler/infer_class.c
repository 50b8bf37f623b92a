/* infer_class.c — the program's classes, as inference sees them.
 *
 * A class is a ClassData: its fields (found from every `self.x = ...` in its
 * methods, each with one type), its methods (FunctionDefs specialised like
 * functions, self first), its class attributes (variables of the class body,
 * kept like globals).  Exception classes with an empty body are a separate,
 * simpler case (a type id and a name).  Dunder methods are specialisations
 * recorded on the node that calls them (FuncSpec.dunders).
 */
#include "infer_internal.h"

/* field(default_factory=list): a new empty container per instance. */
bool is_default_factory(Node *d) {
    if (d->kind != NODE_Call || d->u.Call.func->kind != NODE_Name || strcmp(d->u.Call.func->u.Name.id, "field"))
        return false;
    return d->u.Call.keywords.len == 1 && !strcmp(((Node *)d->u.Call.keywords.items[0])->u.keyword.arg, "default_factory");
}

void check_dataclass_fields(ClassData *cd, PtrVec *out, Arena *arena) {
    if (cd->base) check_dataclass_fields(cd->base, out, arena);
    for (int i = 0; i < cd->fields.len; i++) {
        FieldInfo *f = cd->fields.items[i];
        if (f->in_init) ptrvec_push(arena, out, f);
    }
}

/* C(args) of a @dataclass without __init__: the arguments fill the fields in
 * order (by position or keyword, else their defaults).  The argument node of
 * each field is kept in method_args for lowering. */
Type *infer_dataclass_init(Infer *in, Node *call, ClassData *cd) {
    PtrVec fields = {0};
    check_dataclass_fields(cd, &fields, in->arena);
    Node **slots = arena_alloc(in->arena, (size_t)(fields.len + 1) * sizeof *slots);
    memset(slots, 0, (size_t)(fields.len + 1) * sizeof *slots);
    const char *cname = cd->info->name;
    if (call->u.Call.args.len > fields.len) {
        diag_error(in->diag, &in->mod->src, call->span, "%s.__init__() takes %d positional arguments but %d were given",
                   cname, fields.len + 1, call->u.Call.args.len + 1);
        return type_never(in->tt);
    }
    for (int i = 0; i < call->u.Call.args.len; i++) slots[i] = call->u.Call.args.items[i];
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *kw = call->u.Call.keywords.items[k];
        int at = -1;
        for (int i = 0; i < fields.len && kw->u.keyword.arg; i++)
            if (!strcmp(((FieldInfo *)fields.items[i])->name, kw->u.keyword.arg)) at = i;
        if (at < 0 || slots[at]) {
            diag_error(in->diag, &in->mod->src, kw->span, at < 0 ? "%s.__init__() got an unexpected keyword argument '%s'"
                                                              : "%s.__init__() got multiple values for argument '%s'",
                       cname, kw->u.keyword.arg ? kw->u.keyword.arg : "**");
            return type_never(in->tt);
        }
        slots[at] = kw->u.keyword.value;
    }
    for (int i = 0; i < fields.len; i++) { /* each argument against its field's type */
        Node *a = slots[i];
        if (!a) continue;
        Type *w = type_resolve(((FieldInfo *)fields.items[i])->type);
        bool display = w->kind == TY_TUPLE || (w->kind == TY_LIST && type_resolve(w->args[0])->kind == TY_TUPLE);
        if (poisoned(in, infer_expect(in, a, display ? w : NULL))) return type_never(in->tt);
    }
    for (int i = 0; i < fields.len; i++) {
        FieldInfo *f = fields.items[i];
        if (!slots[i]) {
            if (!f->dflt) {
                diag_error(in->diag, &in->mod->src, call->span, "%s.__init__() missing 1 required positional argument: '%s'",
                           cname, f->name);
                return type_never(in->tt);
            }
            if (!is_default_factory(f->dflt) && !default_is_constant(f->dflt))
                return unsupported(in, f->dflt, "a dataclass default that is not a constant (use field(default_factory=...))");
            continue;
        }
        Type *t = check_type_of(in->spec, slots[i]);
        if (!type_accepts(in, f->type, t)) {
            diag_error(in->diag, &in->mod->src, slots[i]->span, "field '%s' of %s is %s, not %s", f->name, cname,
                       tname(in, f->type), tname(in, t));
            return type_never(in->tt);
        }
    }
    ptrmap_put(&in->spec->method_args, call, slots);
    if (class_method(cd, "__post_init__", NULL)) { /* runs after the fields are set */
        FuncSpec *post = dunder_spec(in, (Node *)((char *)call + 4), type_class(in->tt, cd->info), "__post_init__", NULL, 0);
        if (!post) return type_never(in->tt);
        if (type_resolve(post->ret)->kind != TY_NONE && type_resolve(post->ret)->kind != TY_NEVER) {
            diag_error(in->diag, &in->mod->src, call->span, "__post_init__() should return None, not '%s'",
                       tname(in, post->ret));
            return type_never(in->tt);
        }
    }
    return type_class(in->tt, cd->info);
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
ClassData *class_data_of(Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_OPTIONAL) t = type_resolve(t->args[0]);
    if (t->kind != TY_CLASS || !t->cls->info || t->cls->module == NULL || !strcmp(t->cls->module, "builtins"))
        return NULL;
    return t->cls->info;
}

/* The class a name stands for, or NULL. */
ClassData *class_named(Infer *in, Node *name) {
    if (name->kind != NODE_Name) return NULL;
    Symbol *sym = follow_import(sema_symbol_of(in->mod, name));
    ClassData *cls = classmethod_cls(in->c, in->spec, sym);
    if (cls) return cls;
    if (!sym || sym->kind != SYM_CLASS || !sym->decl) return NULL;
    return check_class_of_def(in->c, sym->decl);
}

/* What a method's decorator makes it. */

MethodKind method_kind(Node *def) {
    NodeList decos = def->u.FunctionDef.decorator_list;
    if (decos.len == 0) return METHOD_PLAIN;
    if (decos.len > 1) return METHOD_OTHER;
    Node *d = decos.items[0];
    if (d->kind == NODE_Name && !strcmp(d->u.Name.id, "staticmethod")) return METHOD_STATIC;
    if (d->kind == NODE_Name && !strcmp(d->u.Name.id, "classmethod")) return METHOD_CLASS;
    if (d->kind == NODE_Name && !strcmp(d->u.Name.id, "property")) return METHOD_GETTER;
    if (d->kind == NODE_Attribute && !strcmp(d->u.Attribute.attr, "setter") && d->u.Attribute.value->kind == NODE_Name &&
        !strcmp(d->u.Attribute.value->u.Name.id, def->u.FunctionDef.name))
        return METHOD_SETTER;
    return METHOD_OTHER;
}

/* The def of `name` of cd or its bases with the given kind (getter and
 * setter share a name), or NULL; *owner gets the class that defines it. */
Node *class_def_of_kind(ClassData *cd, const char *name, bool setter, ClassData **owner) {
    for (; cd; cd = cd->base) {
        NodeList body = cd->def->u.ClassDef.body;
        for (int i = 0; i < body.len; i++) {
            Node *st = body.items[i];
            if (st->kind == NODE_FunctionDef && !strcmp(st->u.FunctionDef.name, name) &&
                (method_kind(st) == METHOD_SETTER) == setter) {
                if (owner) *owner = cd;
                return st;
            }
        }
    }
    return NULL;
}

/* The method `name` of cd or its bases (the FunctionDef), or NULL; *owner
 * gets the class that defines it. */
Node *class_method(ClassData *cd, const char *name, ClassData **owner) {
    for (; cd; cd = cd->base) {
        NodeList body = cd->def->u.ClassDef.body;
        for (int i = 0; i < body.len; i++) {
            Node *st = body.items[i];
            if (st->kind == NODE_FunctionDef && !strcmp(st->u.FunctionDef.name, name) &&
                method_kind(st) != METHOD_SETTER) {
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

void scan_self_assign(Node *n, void *ctx) {
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
bool class_assigns_field(ClassData *cd, const char *field) {
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

typedef struct FieldAnnScan {
    const char *self_name;
    const char *field;
    Node *annotation;
} FieldAnnScan;

static void scan_field_annotation(Node *n, void *ctx) {
    FieldAnnScan *sc = ctx;
    if (sc->annotation || !n) return;
    if (n->kind == NODE_AnnAssign) {
        Node *t = n->u.AnnAssign.target;
        if (t->kind == NODE_Attribute && t->u.Attribute.value->kind == NODE_Name &&
            !strcmp(t->u.Attribute.value->u.Name.id, sc->self_name) && !strcmp(t->u.Attribute.attr, sc->field)) {
            sc->annotation = n->u.AnnAssign.annotation;
            return;
        }
    }
    if (n->kind == NODE_FunctionDef || n->kind == NODE_Lambda || n->kind == NODE_ClassDef) return;
    ast_visit_children(n, scan_field_annotation, ctx);
}

/* The annotation of `self.field: T = ...` in a method of cd, or NULL. */
static Node *field_annotation(ClassData *cd, const char *field) {
    NodeList body = cd->def->u.ClassDef.body;
    for (int i = 0; i < body.len; i++) {
        Node *st = body.items[i];
        if (st->kind != NODE_FunctionDef) continue;
        NodeList params = st->u.FunctionDef.args->u.arguments.args;
        if (!params.len) continue;
        FieldAnnScan sc = {((Node *)params.items[0])->u.arg.arg, field, NULL};
        for (int k = 0; k < st->u.FunctionDef.body.len && !sc.annotation; k++)
            scan_field_annotation(st->u.FunctionDef.body.items[k], &sc);
        if (sc.annotation) return sc.annotation;
    }
    return NULL;
}

/* The field `name` of cd, created when one of the class's methods assigns
 * it: with the type its `self.name: T` declaration gives, else unknown
 * until an assignment is inferred; NULL when the class has no such field. */
FieldInfo *class_field(Infer *in, ClassData *cd, const char *name, Node *site) {
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
    Node *ann = field_annotation(owner, name);
    f->type = ann ? annotation_type(in, ann) : type_var(in->tt);
    f->site = site;
    ptrvec_push(in->arena, &cd->fields, f);
    return f;
}

/* The class attribute `name` (a variable of the class body) of cd or its bases. */
Symbol *class_attr(Infer *in, ClassData *cd, const char *name) {
    for (; cd; cd = cd->base) {
        Symbol *sym = ptrmap_get(&cd->scope->by_name, sema_intern(in->prog, name));
        if (sym && sym->kind == SYM_VAR) return sym;
    }
    return NULL;
}

/* Every field and method name of cd, for "did you mean". */
const char *class_suggestion(Infer *in, ClassData *cd, const char *name) {
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


Type *no_attribute(Infer *in, Node *n, ClassData *cd, const char *name) {
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

void infer_class_def(Infer *in, Node *n) {
    NodeList bases = n->u.ClassDef.bases;
    if (in->spec->def->kind == NODE_Module && infer_enum_class_def(in, n)) return;
    if (infer_namedtuple_class_def(in, n)) return;
    bool simple_body = true;
    for (int i = 0; i < n->u.ClassDef.body.len; i++) {
        Node *st = n->u.ClassDef.body.items[i];
        if (st->kind == NODE_Pass) continue;
        if (st->kind == NODE_Expr && st->u.Expr.value->kind == NODE_Constant) continue; /* docstring, ... */
        simple_body = false;
    }
    if (in->spec->def->kind == NODE_Module && bases.len == 1 && simple_body && !n->u.ClassDef.decorator_list.len &&
        names_exception_class(in, bases.items[0]) && !check_exception_data(in->c, in->mod, bases.items[0])) {
        if (check_exception_class_index(in->c, n) < 0) ptrvec_push(in->arena, &in->c->exc_classes, n);
        return;
    }
    /* a plain class: fields from its methods, methods as functions */
    if (in->spec->def->kind != NODE_Module) {
        unsupported(in, n, "classes defined inside functions");
        return;
    }
    bool dataclass = false, order = false, frozen = false;
    for (int i = 0; i < n->u.ClassDef.decorator_list.len; i++) {
        Node *d = n->u.ClassDef.decorator_list.items[i];
        Node *name = d->kind == NODE_Call ? d->u.Call.func : d;
        if (name->kind != NODE_Name || strcmp(name->u.Name.id, "dataclass") || n->u.ClassDef.decorator_list.len > 1) {
            unsupported(in, d, "class decorators other than @dataclass");
            return;
        }
        dataclass = true;
        if (d->kind == NODE_Call) {
            for (int k = 0; k < d->u.Call.keywords.len; k++) {
                Node *kw = d->u.Call.keywords.items[k];
                Node *v = kw->u.keyword.value;
                bool on = v->kind == NODE_Constant && v->u.Constant.value.kind == CONST_TRUE;
                bool off = v->kind == NODE_Constant && v->u.Constant.value.kind == CONST_FALSE;
                if (kw->u.keyword.arg && !strcmp(kw->u.keyword.arg, "order") && (on || off)) order = on;
                else if (kw->u.keyword.arg && !strcmp(kw->u.keyword.arg, "frozen") && (on || off)) frozen = on;
                else if (kw->u.keyword.arg && !strcmp(kw->u.keyword.arg, "eq") && on) continue;
                else {
                    unsupported(in, kw, "this @dataclass option");
                    return;
                }
            }
            if (d->u.Call.args.len) {
                unsupported(in, d, "@dataclass with positional arguments");
                return;
            }
        }
    }
    ClassData *base = NULL;
    Node *exc_base = NULL; /* an exception class's built-in or field-less base (infer_exc.c) */
    if (bases.len == 1) {
        Node *b = bases.items[0];
        bool is_object = b->kind == NODE_Name && !strcmp(b->u.Name.id, "object");
        if (!is_object) {
            base = class_named(in, b);
            if (!base && names_exception_class(in, b) && !dataclass) {
                exc_base = b;
            } else if (!base) {
                unsupported(in, b, "this base class");
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
        if (st->kind == NODE_FunctionDef && method_kind(st) == METHOD_OTHER) {
            unsupported(in, st, "this method decorator (@classmethod and others)");
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
    cd->exc_base = exc_base;
    ci->is_exception = exc_base || (base && base->info->is_exception);
    if (ci->is_exception && dataclass) {
        unsupported(in, n, "a @dataclass exception class");
        return;
    }
    cd->dataclass = dataclass;
    cd->order = order;
    cd->frozen = frozen;
    if (dataclass && base && !base->dataclass) {
        unsupported(in, n, "a @dataclass deriving from a plain class");
        return;
    }
    ptrvec_push(in->arena, &in->c->classes, cd);
    /* the class body runs now: class attributes (constants) */
    for (int i = 0; i < n->u.ClassDef.body.len; i++) {
        Node *st = n->u.ClassDef.body.items[i];
        if (dataclass && st->kind == NODE_AnnAssign && st->u.AnnAssign.target->kind == NODE_Name) {
            /* x: int = default — a field of the generated __init__ */
            FieldInfo *f = arena_alloc(in->arena, sizeof *f);
            memset(f, 0, sizeof *f);
            f->name = sema_intern(in->prog, st->u.AnnAssign.target->u.Name.id);
            f->type = annotation_type(in, st->u.AnnAssign.annotation);
            f->site = st;
            f->dflt = st->u.AnnAssign.value;
            f->in_init = true;
            if (f->dflt && !is_default_factory(f->dflt)) {
                Type *t = infer_expr(in, f->dflt);
                if (!poisoned(in, t) && !type_accepts(in, f->type, t)) {
                    diag_error(in->diag, &in->mod->src, f->dflt->span, "the default of field '%s' is %s, not %s",
                               f->name, tname(in, t), tname(in, f->type));
                    return;
                }
            }
            ptrvec_push(in->arena, &cd->fields, f);
        } else if (st->kind == NODE_Assign || (st->kind == NODE_AnnAssign && st->u.AnnAssign.value)) {
            infer_stmt(in, st);
        } else if (st->kind == NODE_AnnAssign && st->u.AnnAssign.target->kind == NODE_Name) {
            /* x: int — a field declared with its type */
            FieldInfo *f = arena_alloc(in->arena, sizeof *f);
            memset(f, 0, sizeof *f);
            f->name = sema_intern(in->prog, st->u.AnnAssign.target->u.Name.id);
            f->type = annotation_type(in, st->u.AnnAssign.annotation);
            f->site = st;
            ptrvec_push(in->arena, &cd->fields, f);
        }
    }
}

/* The ClassInfo of a built-in exception class (one per name). */
ClassInfo *exception_class(Infer *in, const char *name) {
    const char *iname = sema_intern(in->prog, name);
    ClassInfo *ci = ptrmap_get(&in->c->builtin_classes, iname);
    if (!ci) {
        ci = arena_alloc(in->arena, sizeof *ci);
        memset(ci, 0, sizeof *ci);
        ci->name = iname;
        ci->module = "builtins";
        ptrmap_put(&in->c->builtin_classes, iname, ci);
    }
    return ci;
}

/* The type of a caught or raised built-in exception.  Every built-in
 * exception is a KrtExc at run time, so krait types them all as one class
 * for now (program exception classes come with classes). */
Type *exception_type(Infer *in) {
    return type_class(in->tt, exception_class(in, "BaseException"));
}

bool is_exception_type(Infer *in, Type *t) {
    if (type_resolve(t)->kind == TY_CLASS && type_resolve(t)->cls->is_exception) return true;
    return type_resolve(t) == exception_type(in);
}

/* Element types lists hold so far: machine scalars unboxed, str by reference. */
Type *infer_class_method_call(Infer *in, Node *call, Type *self_type, ClassData *start, const char *name) {
    ClassData *owner = NULL;
    Node *def = class_method(start, name, &owner);
    if (!def) return no_attribute(in, call->u.Call.func, start, name);
    DefSig sig;
    def_signature(in->arena, def, &sig);
    bool is_static = method_kind(def) == METHOD_STATIC;
    if (method_kind(def) == METHOD_GETTER) {
        unsupported(in, call, "calling a property");
        return type_never(in->tt);
    }
    bool is_cls = method_kind(def) == METHOD_CLASS;
    if (is_cls) self_type = type_none(in->tt); /* cls: the class itself, not a value krait passes */
    if ((!is_static && sig.n < 1) || def->u.FunctionDef.args->u.arguments.vararg) {
        unsupported(in, call, "methods without a self parameter (use @staticmethod)");
        return type_never(in->tt);
    }
    DefSig msig = sig; /* the parameters after self */
    if (!is_static) {
        msig.n--;
        msig.npositional--;
        msig.nposonly = msig.nposonly > 0 ? msig.nposonly - 1 : 0;
        msig.params++;
        msig.defaults++;
    }
    Node **arg_nodes = arena_alloc(in->arena, (size_t)(sig.n + 1) * sizeof *arg_nodes);
    if (!match_arguments(in, call, def, &msig, arg_nodes)) return type_never(in->tt);
    closure_expect_args(in, call, &msig, arg_nodes); /* lambdas passed to parameters declared Callable */
    for (int i = 0; i < call->u.Call.args.len; i++) {
        Node *a = call->u.Call.args.items[i];
        if (poisoned(in, infer_expect(in, a, arg_display_want(in, &msig, arg_nodes, a)))) return type_never(in->tt);
    }
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *a = ((Node *)call->u.Call.keywords.items[k])->u.keyword.value;
        if (poisoned(in, infer_expect(in, a, arg_display_want(in, &msig, arg_nodes, a)))) return type_never(in->tt);
    }
    Type **arg_types = arena_alloc(in->arena, (size_t)(sig.n + 1) * sizeof *arg_types);
    int first = is_static ? 0 : 1;
    if (!is_static) arg_types[0] = self_type;
    for (int i = 0; i < msig.n; i++) {
        Node *a = arg_nodes[i];
        if (a) {
            arg_types[i + first] = check_type_of(in->spec, a);
        } else if (default_is_constant(msig.defaults[i])) {
            arg_types[i + first] = infer_expr(in, msig.defaults[i]);
        } else {
            unsupported(in, call, "a method default value that is not a constant");
            return type_never(in->tt);
        }
    }
    FuncSpec *spec = spec_for_call(in, def, owner->module, arg_types, call);
    if (!spec) return type_never(in->tt);
    if (!is_static && !is_cls) spec->self_class = class_data_of(self_type);
    ptrmap_put(&in->spec->callees, call, spec);
    return spec->ret;
}

/* The specialisation of __str__ / __repr__ that printing an instance of
 * type t calls (str() falls back on __repr__, as in CPython).  False after a
 * diagnostic. */
bool class_printing(Infer *in, Type *t, bool repr, Node *site) {
    ClassData *cd = class_data_of(t);
    if (cd->info->is_exception) return infer_exc_printing(in, t, repr, site); /* the runtime's str(e) */
    if (type_resolve(t)->kind == TY_OPTIONAL) {
        unsupported(in, site, "printing an Optional instance (test it for None first)");
        return false;
    }
    const char *name = !repr && class_method(cd, "__str__", NULL) ? "__str__" : "__repr__";
    ClassData *owner = NULL;
    Node *def = class_method(cd, name, &owner);
    if (!def && cd->dataclass) { /* the generated __repr__: Name(field=repr(value), ...) */
        if (cd->auto_repr) return true;
        cd->auto_repr = true;
        PtrVec fields = {0};
        check_dataclass_fields(cd, &fields, in->arena);
        for (int i = 0; i < fields.len; i++) {
            FieldInfo *f = fields.items[i];
            if (class_data_of(f->type) && type_resolve(f->type)->kind == TY_CLASS) {
                if (!class_printing(in, f->type, true, site)) return false;
            } else if (!printable(in, f->type)) {
                unsupported(in, site, arena_printf(in->arena, "printing a %s whose field '%s' is %s", cd->info->name,
                                                   f->name, tname(in, f->type)));
                cd->auto_repr = false;
                return false;
            }
        }
        return true;
    }
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
    if (!repr && !strcmp(name, "__repr__")) dispatch_str_via_repr(in, site, cd); /* checked at the end */
    dispatch_spec(in, site, cd, spec); /* a subclass's override */
    return true;
}

/* The specialisation of dunder method `name` of self's class called with
 * args (after self); recorded as site's callee.  NULL when the class has no
 * such method (nothing reported); poisoned specs report themselves. */
FuncSpec *dunder_spec(Infer *in, Node *site, Type *self, const char *name, Type **args, int nargs) {
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
    if (type_resolve(self)->kind == TY_CLASS) dispatch_spec(in, site, cd, spec); /* a subclass's override */
    return spec;
}

/* The class whose body defines method def. */
ClassData *method_owner(Infer *in, Node *def) {
    for (int i = 0; i < in->c->classes.len; i++) {
        ClassData *cd = in->c->classes.items[i];
        for (int k = 0; k < cd->def->u.ClassDef.body.len; k++)
            if (cd->def->u.ClassDef.body.items[k] == def) return cd;
    }
    return NULL;
}


/* Inside a @classmethod: the class its `cls` parameter names, when sym is
 * that parameter (cls(...) constructs it, cls.X reads its attributes). */
ClassData *classmethod_cls(const Checked *c, const FuncSpec *spec, const Symbol *sym) {
    if (!spec || spec->def->kind != NODE_FunctionDef || spec->nparams < 1 || spec->params[0] != sym) return NULL;
    NodeList decos = spec->def->u.FunctionDef.decorator_list;
    if (decos.len != 1 || ((Node *)decos.items[0])->kind != NODE_Name ||
        strcmp(((Node *)decos.items[0])->u.Name.id, "classmethod"))
        return NULL;
    for (int i = 0; i < c->classes.len; i++) {
        ClassData *cd = c->classes.items[i];
        for (int k = 0; k < cd->def->u.ClassDef.body.len; k++)
            if (cd->def->u.ClassDef.body.items[k] == spec->def) return cd;
    }
    return NULL;
}
