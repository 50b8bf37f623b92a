/* infer_namedtuple.c — typing.NamedTuple classes and collections.namedtuple.
 *
 *     class Sample(NamedTuple):          Point = namedtuple("Point", ["x", "y"])
 *         channel: int                   Point = namedtuple("Point", "x y")
 *         value: float = 0.0
 *
 * A named tuple is a tuple: a value type, a C struct of its fields, compared,
 * hashed, ordered, indexed and unpacked like any tuple.  Its type is the
 * tuple type of its fields tagged with the class (Type.cls, as enums tag
 * ints), so it prints as `Sample(channel=2, value=1.5)` and knows its field
 * names.  A plain tuple of the same field types goes wherever the named
 * tuple is wanted and the other way round (`p == (3, 4)`, `(0, 72) in
 * table`): lowering rebuilds the value with the other tag.
 *
 * The fields of a NamedTuple class have their annotated types; those of a
 * namedtuple() are inferred at the construction sites, one type per field
 * (a field given values of two types is an error).  Defaults must be
 * constants.  What a program does with one: construct it by position and
 * keyword, read fields by name, `_replace(field=value)` and `_fields`.
 * Methods in the class body, `_asdict()` and `_make()` are refused; fields
 * cannot be assigned (the tuple is immutable, as in CPython).
 */
#include "infer_internal.h"

NamedTupleData *check_namedtuple_of_type(Type *t) {
    t = type_resolve(t);
    if (!t || t->kind != TY_TUPLE || !t->cls) return NULL;
    return t->cls->info;
}

NamedTupleData *check_namedtuple_of_def(const Checked *c, const Node *def) {
    for (int i = 0; i < c->namedtuples.len; i++) {
        NamedTupleData *nt = c->namedtuples.items[i];
        if (nt->def == def) return nt;
    }
    return NULL;
}

/* Does `n` (a Name or module.Name) name `name` of built-in module `module`? */
static bool names_builtin(Infer *in, Node *n, const char *module, const char *name) {
    if (n->kind == NODE_Name) {
        Symbol *sym = sema_symbol_of(in->mod, n);
        return sym && sym->kind == SYM_IMPORTED && sym->module && !strcmp(sym->module->name, module) && sym->decl &&
               sym->decl->kind == NODE_alias && !strcmp(sym->decl->u.alias.name, name);
    }
    if (n->kind == NODE_Attribute && n->u.Attribute.value->kind == NODE_Name) {
        Module *m = sema_module_of_expr(in->prog, in->mod, n->u.Attribute.value);
        return m && !strcmp(m->name, module) && !strcmp(n->u.Attribute.attr, name);
    }
    return false;
}

/* The named tuple a name stands for (the class, or the namedtuple() variable), or NULL. */
static NamedTupleData *namedtuple_named(Infer *in, Node *name) {
    if (name->kind != NODE_Name) return NULL;
    Symbol *sym = follow_import(sema_symbol_of(in->mod, name));
    if (!sym) return NULL;
    for (int i = 0; i < in->c->namedtuples.len; i++) {
        NamedTupleData *nt = in->c->namedtuples.items[i];
        if (nt->sym == sym) return nt;
    }
    return NULL;
}

Type *namedtuple_annotation(Infer *in, Symbol *sym) {
    for (int i = 0; i < in->c->namedtuples.len; i++) {
        NamedTupleData *nt = in->c->namedtuples.items[i];
        if (nt->sym == sym) return type_intern(in->tt, nt->type);
    }
    return NULL;
}

static NamedTupleData *namedtuple_new(Infer *in, Node *def, Symbol *sym, const char *name, int n) {
    NamedTupleData *nt = arena_alloc(in->arena, sizeof *nt);
    memset(nt, 0, sizeof *nt);
    nt->def = def;
    nt->sym = sym;
    nt->module = in->mod;
    nt->names = arena_alloc(in->arena, (size_t)(n + 1) * sizeof *nt->names);
    nt->dflts = arena_alloc(in->arena, (size_t)(n + 1) * sizeof *nt->dflts);
    memset(nt->dflts, 0, (size_t)(n + 1) * sizeof *nt->dflts);
    ClassInfo *ci = arena_alloc(in->arena, sizeof *ci);
    memset(ci, 0, sizeof *ci);
    ci->name = name;
    ci->module = in->mod->name;
    ci->info = nt;
    nt->info = ci;
    return nt;
}

static void namedtuple_set_type(Infer *in, NamedTupleData *nt, Type **fields) {
    nt->info->fields = nt->names;
    nt->type = type_named_tuple(in->tt, fields, nt->n, nt->info);
    ptrvec_push(in->arena, &in->c->namedtuples, nt);
}

static bool field_name_taken(NamedTupleData *nt, const char *name) {
    for (int i = 0; i < nt->n; i++)
        if (!strcmp(nt->names[i], name)) return true;
    return false;
}

/* class Name(NamedTuple): annotated fields, maybe with constant defaults. */
bool infer_namedtuple_class_def(Infer *in, Node *n) {
    NodeList bases = n->u.ClassDef.bases;
    if (bases.len != 1 || !names_builtin(in, bases.items[0], "typing", "NamedTuple")) return false;
    if (check_namedtuple_of_def(in->c, n)) return true;
    if (in->spec->def->kind != NODE_Module) {
        unsupported(in, n, "NamedTuple classes defined inside functions");
        return true;
    }
    if (n->u.ClassDef.decorator_list.len) {
        unsupported(in, n->u.ClassDef.decorator_list.items[0], "decorators on a NamedTuple class");
        return true;
    }
    NodeList body = n->u.ClassDef.body;
    Symbol *sym = ptrmap_get(&in->mod->scope->by_name, sema_intern(in->prog, n->u.ClassDef.name));
    NamedTupleData *nt = namedtuple_new(in, n, sym, n->u.ClassDef.name, body.len);
    Type **fields = arena_alloc(in->arena, (size_t)(body.len + 1) * sizeof *fields);
    for (int i = 0; i < body.len; i++) {
        Node *st = body.items[i];
        if (st->kind == NODE_Pass || (st->kind == NODE_Expr && st->u.Expr.value->kind == NODE_Constant)) continue;
        if (st->kind != NODE_AnnAssign || st->u.AnnAssign.target->kind != NODE_Name) {
            unsupported(in, st, st->kind == NODE_FunctionDef ? "methods in a NamedTuple class"
                                                             : "this statement in a NamedTuple class (only `field: type`)");
            continue; /* the fields still make the type */
        }
        const char *fname = sema_intern(in->prog, st->u.AnnAssign.target->u.Name.id);
        Type *ft = annotation_type(in, st->u.AnnAssign.annotation);
        if (poisoned(in, ft)) return true;
        Node *d = st->u.AnnAssign.value;
        if (fname[0] == '_') {
            diag_error(in->diag, &in->mod->src, st->span, "field names of a NamedTuple cannot start with an underscore: '%s'",
                       fname);
            return true;
        }
        if (d) {
            if (!default_is_constant(d)) {
                unsupported(in, d, "a NamedTuple default that is not a constant");
                return true;
            }
            Type *t = infer_expr(in, d);
            if (poisoned(in, t)) return true;
            if (!type_accepts(in, ft, t)) {
                diag_error(in->diag, &in->mod->src, d->span, "the default of field '%s' is %s, not %s", fname,
                           tname(in, t), tname(in, ft));
                return true;
            }
        } else if (nt->n && nt->dflts[nt->n - 1]) {
            diag_error(in->diag, &in->mod->src, st->span, "non-default namedtuple field %s cannot follow default field %s",
                       fname, nt->names[nt->n - 1]);
            return true;
        }
        if (type_is_ground(ft) && !tuple_field_ok(ft)) {
            unsupported(in, st->u.AnnAssign.annotation, arena_printf(in->arena, "a NamedTuple field of type %s", tname(in, ft)));
            return true;
        }
        nt->names[nt->n] = fname;
        nt->dflts[nt->n] = d;
        fields[nt->n++] = ft;
    }
    namedtuple_set_type(in, nt, fields);
    return true;
}

/* Appends the names in a field-list string ("x y", "x, y") to nt. */
static bool split_field_string(Infer *in, NamedTupleData *nt, const char *s, int cap) {
    while (*s) {
        while (*s == ' ' || *s == ',') s++;
        const char *start = s;
        while (*s && *s != ' ' && *s != ',') s++;
        if (s == start) break;
        if (nt->n >= cap) return false;
        nt->names[nt->n++] = sema_intern(in->prog, arena_strndup(in->arena, start, (size_t)(s - start)));
    }
    return true;
}

/* Name = namedtuple("Name", [fields]) at module level. */
bool infer_namedtuple_assign(Infer *in, Node *n) {
    Node *v = n->u.Assign.value;
    if (v->kind != NODE_Call || !names_builtin(in, v->u.Call.func, "collections", "namedtuple")) return false;
    if (check_namedtuple_of_def(in->c, n)) return true;
    Node *target = n->u.Assign.targets.items[0];
    if (in->spec->def->kind != NODE_Module || n->u.Assign.targets.len != 1 || target->kind != NODE_Name) {
        unsupported(in, n, "namedtuple() other than `Name = namedtuple(...)` at module level");
        return true;
    }
    if (v->u.Call.keywords.len) {
        unsupported(in, v->u.Call.keywords.items[0], "keyword arguments of namedtuple() (defaults=, rename=)");
        return true;
    }
    NodeList args = v->u.Call.args;
    Node *tn = args.len == 2 ? args.items[0] : NULL, *fl = args.len == 2 ? args.items[1] : NULL;
    if (!tn || tn->kind != NODE_Constant || tn->u.Constant.value.kind != CONST_STR) {
        unsupported(in, v, "namedtuple() whose arguments are not a name and a list of field names");
        return true;
    }
    Symbol *sym = sema_symbol_of(in->mod, target);
    if (sym && sym->bindings > 1) {
        diag_error(in->diag, &in->mod->src, target->span, "'%s' names a namedtuple type and cannot be bound again",
                   target->u.Name.id);
        return true;
    }
    int cap = fl->kind == NODE_Constant && fl->u.Constant.value.kind == CONST_STR ? (int)fl->u.Constant.value.len + 1
              : fl->kind == NODE_List ? fl->u.List.elts.len
              : fl->kind == NODE_Tuple ? fl->u.Tuple.elts.len : -1;
    if (cap < 0) {
        unsupported(in, fl, "namedtuple() field names that are not a literal list or string");
        return true;
    }
    NamedTupleData *nt = namedtuple_new(in, n, sym, tn->u.Constant.value.s, cap);
    if (fl->kind == NODE_Constant) {
        split_field_string(in, nt, fl->u.Constant.value.s, cap);
    } else {
        NodeList elts = fl->kind == NODE_List ? fl->u.List.elts : fl->u.Tuple.elts;
        for (int i = 0; i < elts.len; i++) {
            Node *e = elts.items[i];
            if (e->kind != NODE_Constant || e->u.Constant.value.kind != CONST_STR) {
                unsupported(in, e, "a namedtuple() field name that is not a string literal");
                return true;
            }
            nt->names[nt->n++] = sema_intern(in->prog, e->u.Constant.value.s);
        }
    }
    Type **fields = arena_alloc(in->arena, (size_t)(nt->n + 1) * sizeof *fields);
    for (int i = 0; i < nt->n; i++) {
        const char *f = nt->names[i];
        bool ident = (f[0] == '_' || (f[0] >= 'a' && f[0] <= 'z') || (f[0] >= 'A' && f[0] <= 'Z'));
        for (const char *p = f; *p && ident; p++)
            ident = *p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9');
        nt->names[i] = "";
        if (!ident || f[0] == '_' || field_name_taken(nt, f)) {
            diag_error(in->diag, &in->mod->src, fl->span,
                       !ident ? "namedtuple() field names must be identifiers: '%s'"
                       : f[0] == '_' ? "namedtuple() field names cannot start with an underscore: '%s'"
                                     : "namedtuple() got the field name '%s' twice",
                       f);
            return true;
        }
        nt->names[i] = f;
        fields[i] = type_var(in->tt);
    }
    namedtuple_set_type(in, nt, fields);
    return true;
}

/* from collections import namedtuple: the one name krait provides. */
void infer_namedtuple_import(Infer *in, Node *n) {
    for (int i = 0; i < n->u.ImportFrom.names.len; i++) {
        Node *a = n->u.ImportFrom.names.items[i];
        if (strcmp(a->u.alias.name, "namedtuple"))
            unsupported(in, a, arena_printf(in->arena, "collections.%s", a->u.alias.name));
    }
}

/* Argument nodes by field (position or keyword) of a call to nt or to
 * _replace (keywords only); NULL slots keep a default or the old value. */
static Node **match_fields(Infer *in, Node *call, NamedTupleData *nt, const char *what, bool replace) {
    Node **slots = arena_alloc(in->arena, (size_t)(nt->n + 1) * sizeof *slots);
    memset(slots, 0, (size_t)(nt->n + 1) * sizeof *slots);
    NodeList args = call->u.Call.args;
    if (args.len > (replace ? 0 : nt->n)) {
        diag_error(in->diag, &in->mod->src, call->span,
                   replace ? "%s() takes keyword arguments only" : "%s() takes at most %s positional arguments", what,
                   arena_printf(in->arena, "%d", nt->n));
        return NULL;
    }
    for (int i = 0; i < args.len; i++) {
        if (((Node *)args.items[i])->kind == NODE_Starred) {
            unsupported(in, args.items[i], "*arguments in a named tuple construction");
            return NULL;
        }
        slots[i] = args.items[i];
    }
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *kw = call->u.Call.keywords.items[k];
        int at = -1;
        for (int i = 0; i < nt->n && kw->u.keyword.arg; i++)
            if (!strcmp(nt->names[i], kw->u.keyword.arg)) at = i;
        if (at < 0 || slots[at]) {
            diag_error(in->diag, &in->mod->src, kw->span,
                       at < 0 ? "%s() got an unexpected keyword argument '%s'" : "%s() got multiple values for argument '%s'",
                       what, kw->u.keyword.arg ? kw->u.keyword.arg : "**");
            return NULL;
        }
        slots[at] = kw->u.keyword.value;
    }
    return slots;
}

/* Checks the argument of each field against its type (binding the open
 * field types of a namedtuple()); false after an error. */
static bool check_slots(Infer *in, NamedTupleData *nt, Type *type, Node **slots) {
    Type *tt = type_resolve(type);
    for (int i = 0; i < nt->n; i++) {
        if (!slots[i]) continue;
        Type *t = infer_expr(in, slots[i]);
        if (poisoned(in, t)) return false;
        Type *ft = tt->args[i];
        if (type_resolve(ft)->kind == TY_VAR && !tuple_field_ok(t)) {
            unsupported(in, slots[i], arena_printf(in->arena, "a namedtuple field of type %s", tname(in, t)));
            return false;
        }
        if (!type_accepts(in, ft, t)) {
            diag_error(in->diag, &in->mod->src, slots[i]->span, "field '%s' of %s is %s, not %s", nt->names[i],
                       nt->info->name, tname(in, ft), tname(in, t));
            return false;
        }
    }
    return true;
}

Type *infer_namedtuple_call(Infer *in, Node *call) {
    NamedTupleData *nt = namedtuple_named(in, call->u.Call.func);
    if (!nt) return NULL;
    Node **slots = match_fields(in, call, nt, nt->info->name, false);
    if (!slots) return type_never(in->tt);
    for (int i = 0; i < nt->n; i++) {
        if (slots[i] || nt->dflts[i]) continue;
        diag_error(in->diag, &in->mod->src, call->span, "%s() missing required argument '%s'", nt->info->name,
                   nt->names[i]);
        return type_never(in->tt);
    }
    if (!check_slots(in, nt, nt->type, slots)) return type_never(in->tt);
    ptrmap_put(&in->spec->method_args, call, slots);
    return type_intern(in->tt, nt->type);
}

/* p._replace(field=value): a copy with those fields changed. */
Type *infer_namedtuple_method(Infer *in, Node *call, Type *recv) {
    NamedTupleData *nt = check_namedtuple_of_type(recv);
    if (!nt) return NULL;
    const char *name = call->u.Call.func->u.Attribute.attr;
    if (!strcmp(name, "_replace")) {
        Node **slots = match_fields(in, call, nt, "_replace", true);
        if (!slots || !check_slots(in, nt, recv, slots)) return type_never(in->tt);
        ptrmap_put(&in->spec->method_args, call, slots);
        return type_intern(in->tt, recv);
    }
    if (!strcmp(name, "count") || !strcmp(name, "index")) return NULL; /* the tuple methods */
    if (!strcmp(name, "_asdict") || !strcmp(name, "_make"))
        return unsupported(in, call, arena_printf(in->arena, "%s() of a named tuple", name));
    diag_error(in->diag, &in->mod->src, call->u.Call.func->span, "'%s' object has no attribute '%s'", nt->info->name, name);
    return type_never(in->tt);
}

static Type *fields_type(Infer *in, NamedTupleData *nt) {
    Type **strs = arena_alloc(in->arena, (size_t)(nt->n + 1) * sizeof *strs);
    for (int i = 0; i < nt->n; i++) strs[i] = type_str(in->tt);
    return type_tuple(in->tt, strs, nt->n);
}

/* Point._fields: the only attribute of the type itself krait provides. */
Type *infer_namedtuple_class_attribute(Infer *in, Node *n) {
    NamedTupleData *nt = namedtuple_named(in, n->u.Attribute.value);
    if (!nt) return NULL;
    if (!strcmp(n->u.Attribute.attr, "_fields")) return fields_type(in, nt);
    return unsupported(in, n, arena_printf(in->arena, "%s.%s", nt->info->name, n->u.Attribute.attr));
}

/* p.field, and p._fields (a tuple of the field names). */
Type *infer_namedtuple_attribute(Infer *in, Node *n, Type *bt) {
    NamedTupleData *nt = check_namedtuple_of_type(bt);
    if (!nt) return NULL;
    const char *name = n->u.Attribute.attr;
    if (!strcmp(name, "_fields")) return fields_type(in, nt);
    for (int i = 0; i < nt->n; i++)
        if (!strcmp(nt->names[i], name)) return type_resolve(bt)->args[i];
    diag_error(in->diag, &in->mod->src, n->span, "'%s' object has no attribute '%s'", nt->info->name, name);
    return type_never(in->tt);
}

/* p.field = value: refused, a named tuple is immutable (CPython: AttributeError). */
bool infer_namedtuple_store(Infer *in, Node *target, Type *bt) {
    NamedTupleData *nt = check_namedtuple_of_type(bt);
    if (!nt) return false;
    diag_error(in->diag, &in->mod->src, target->span, "cannot assign to field '%s' of %s: a named tuple is immutable (use _replace())",
               target->u.Attribute.attr, nt->info->name);
    return true;
}

/* A plain tuple where a named tuple of the same fields is wanted, or the
 * other way round (lowering re-tags the value field by field). */
bool namedtuple_accepts(Type *want, Type *got) {
    Type *w = type_resolve(want), *g = type_resolve(got);
    if (!w || !g || w->kind != TY_TUPLE || g->kind != TY_TUPLE || w->nargs != g->nargs || w->cls == g->cls) return false;
    if (w->cls && g->cls) return false;
    for (int i = 0; i < w->nargs; i++) {
        Type *a = type_resolve(w->args[i]), *b = type_resolve(g->args[i]);
        if (a != b && !(a->kind == TY_FLOAT && b->kind == TY_INT)) return false;
    }
    return true;
}
