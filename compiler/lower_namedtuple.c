/* lower_namedtuple.c — named tuples (infer_namedtuple.c) as IR.
 *
 * A named tuple is a tuple struct, so most of its operations are the
 * tuple's.  What is its own: construction (`Point(3, y=4)`: each field from
 * its argument or its constant default), `p.field` (a field read, like
 * p[i]), `p._replace(f=v)` (a new tuple taking the other fields from p),
 * `p._fields` (a tuple of constant strs), and re-tagging: a plain tuple
 * where the named one is wanted (or the other way round) is rebuilt field
 * by field, the new struct borrowing the fields' references.  The class
 * body and the `P = namedtuple(...)` statement run nothing.
 */
#include "lower_internal.h"

/* Does statement n define a named tuple (nothing to run)? */
bool lower_namedtuple_skip(Lower *L, Node *n) {
    return check_namedtuple_of_def(L->c, n) != NULL;
}

/* v, a tuple, as a tuple of type `to` with the same number of fields. */
IrTemp *namedtuple_recast(Lower *L, IrTemp *v, Type *to) {
    Type *t = type_resolve(to), *from = type_resolve(v->type);
    if (t == from || t->kind != TY_TUPLE || from->kind != TY_TUPLE || t->nargs != from->nargs) return NULL;
    if (!t->cls && !from->cls) return NULL;
    IrTemp **f = arena_alloc(L->arena, (size_t)(t->nargs + 1) * sizeof *f);
    for (int i = 0; i < t->nargs; i++) f[i] = coerce(L, tuple_field(L, v, i), t->args[i]);
    IrTemp *d = temp(L, to);
    emit(L, IR_TUPLE_MAKE, d, t->nargs, f);
    return d;
}

/* Point(args) and p._replace(field=value). */
bool lower_namedtuple_call(Lower *L, Node *n, Val *out) {
    Node *f = n->u.Call.func;
    Node **slots = ptrmap_get(&L->spec->method_args, n);
    if (!slots) return false;
    bool replace = f->kind == NODE_Attribute && !strcmp(f->u.Attribute.attr, "_replace") &&
                   check_namedtuple_of_type(ty_of(L, f->u.Attribute.value));
    Type *t = ty_of(L, n);
    NamedTupleData *nt = check_namedtuple_of_type(t);
    if (!nt || (!replace && f->kind != NODE_Name)) return false;
    Type *tt = type_resolve(t);
    IrTemp *old = replace ? lower_value(L, f->u.Attribute.value) : NULL;
    IrTemp **fields = arena_alloc(L->arena, (size_t)(nt->n + 1) * sizeof *fields);
    for (int i = 0; i < nt->n; i++) {
        if (slots[i]) {
            fields[i] = tuple_field_value(L, lower_expr(L, slots[i]), tt->args[i]);
        } else if (old) {
            Val keep = {tuple_field(L, old, i), false};
            fields[i] = take(L, keep);
        } else {
            Val dflt = {lower_value(L, nt->dflts[i]), false};
            fields[i] = tuple_field_value(L, dflt, tt->args[i]);
        }
    }
    *out = tuple_make(L, t, type_resolve(t)->nargs, fields);
    return true;
}

/* The named tuple type a Name stands for (Point in Point._fields), or NULL. */
static NamedTupleData *namedtuple_named(Lower *L, Node *name) {
    if (name->kind != NODE_Name) return NULL;
    Symbol *sym = sema_symbol_of(L->mod, name);
    while (sym && sym->kind == SYM_IMPORTED && sym->target) sym = sym->target;
    for (int i = 0; sym && i < L->c->namedtuples.len; i++) {
        NamedTupleData *nt = L->c->namedtuples.items[i];
        if (nt->sym == sym) return nt;
    }
    return NULL;
}

/* p.field, p._fields and Point._fields. */
bool lower_namedtuple_attribute(Lower *L, Node *n, Val *out) {
    NamedTupleData *nt = namedtuple_named(L, n->u.Attribute.value);
    Type *bt = nt ? NULL : ty_of(L, n->u.Attribute.value);
    if (!nt) nt = bt ? check_namedtuple_of_type(bt) : NULL;
    if (!nt) return false;
    const char *name = n->u.Attribute.attr;
    if (!strcmp(name, "_fields")) {
        IrTemp **fields = arena_alloc(L->arena, (size_t)(nt->n + 1) * sizeof *fields);
        for (int i = 0; i < nt->n; i++) {
            Val s = {const_str(L, nt->names[i], strlen(nt->names[i])), false};
            fields[i] = take(L, s);
        }
        *out = tuple_make(L, ty_of(L, n), type_resolve(ty_of(L, n))->nargs, fields);
        return true;
    }
    IrTemp *base = lower_value(L, n->u.Attribute.value);
    for (int i = 0; i < nt->n; i++) {
        if (strcmp(nt->names[i], name)) continue;
        out->t = tuple_field(L, base, i);
        out->owned = false;
        return true;
    }
    return false;
}
