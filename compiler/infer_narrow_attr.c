/* infer_narrow_attr.c — narrowing of Optional fields read through a local
 * variable or parameter: `if e.prev is not None: e.prev.next = e.next`,
 * `if self.last is None: return ...` then `self.last` is a float.
 *
 * A field can change under code the test does not see, so a fact about
 * `x.attr` (x a local variable or parameter) holds only until the program
 * may have changed it:
 *
 *  - x is assigned (it names another object),
 *  - any `.attr` is assigned (another name may alias x),
 *  - any call runs (program code may assign x.attr; a builtin call may run
 *    a dunder), a yield suspends the function,
 *  - when some dunder method of the program assigns a field named attr
 *    (not __init__, which only runs on a new object), any operator,
 *    subscript, f-string field, `for` or `with` (each may run a dunder).
 *
 * Fields that are properties anywhere in the program are never narrowed
 * (each read runs the getter).  The facts live in Infer's narrowing stack
 * with narrowed_attr set (infer_narrow.c pushes and ends them); infer.c
 * gives a narrowed read the inner type and lowering unwraps it.
 */
#include "infer_internal.h"

#include <string.h>

/* ---- what the whole program does with field names ------------------------------------ */

typedef struct FieldNames {
    PtrVec dunder_stores; /* const char*: fields some dunder method (not __init__) assigns */
    PtrVec properties;    /* const char*: names of @property getters and setters */
} FieldNames;

static bool has_name(const PtrVec *v, const char *name) {
    for (int i = 0; i < v->len; i++)
        if (strcmp(v->items[i], name) == 0) return true;
    return false;
}

typedef struct StoreScan {
    Infer *in;
    PtrVec *out;
} StoreScan;

static void scan_stores(Node *n, void *ctx) {
    StoreScan *s = ctx;
    if (!n) return;
    if (n->kind == NODE_Attribute && n->u.Attribute.ctx != CTX_Load && !has_name(s->out, n->u.Attribute.attr))
        ptrvec_push(s->in->arena, s->out, (void *)n->u.Attribute.attr);
    ast_visit_children(n, scan_stores, ctx);
}

static bool is_dunder(const char *name) {
    size_t n = strlen(name);
    return n > 4 && strncmp(name, "__", 2) == 0 && strcmp(name + n - 2, "__") == 0;
}

static const FieldNames *field_names(Infer *in) {
    if (in->field_names) return in->field_names;
    FieldNames *f = arena_alloc(in->arena, sizeof *f);
    memset(f, 0, sizeof *f);
    StoreScan scan = {in, &f->dunder_stores};
    for (int i = 0; i < in->c->classes.len; i++) {
        ClassData *cd = in->c->classes.items[i];
        if (!cd->def) continue;
        NodeList body = cd->def->u.ClassDef.body;
        for (int k = 0; k < body.len; k++) {
            Node *m = body.items[k];
            if (m->kind != NODE_FunctionDef) continue;
            MethodKind mk = method_kind(m);
            if ((mk == METHOD_GETTER || mk == METHOD_SETTER) && !has_name(&f->properties, m->u.FunctionDef.name))
                ptrvec_push(in->arena, &f->properties, (void *)m->u.FunctionDef.name);
            if (is_dunder(m->u.FunctionDef.name) && strcmp(m->u.FunctionDef.name, "__init__") != 0)
                scan_stores(m, &scan);
        }
    }
    in->field_names = f;
    return f;
}

/* ---- which code can change x.attr ------------------------------------------------------ */

typedef struct KillScan {
    Infer *in;
    Symbol *base;
    const char *attr;
    bool dunders; /* a dunder of the program assigns .attr */
    bool found;
} KillScan;

static void scan_kills(Node *n, void *ctx) {
    KillScan *k = ctx;
    if (k->found || !n) return;
    switch (n->kind) {
    case NODE_Name:
        if (n->u.Name.ctx != CTX_Load && sema_symbol_of(k->in->mod, n) == k->base) k->found = true;
        return;
    case NODE_Attribute:
        if (n->u.Attribute.ctx != CTX_Load && strcmp(n->u.Attribute.attr, k->attr) == 0) k->found = true;
        break;
    case NODE_Call: case NODE_Yield: case NODE_YieldFrom: case NODE_Await:
    case NODE_FunctionDef: case NODE_ClassDef: case NODE_Lambda:
        k->found = true;
        return;
    case NODE_BinOp: case NODE_UnaryOp: case NODE_Subscript: case NODE_FormattedValue: case NODE_For:
    case NODE_With: case NODE_AugAssign:
        if (k->dunders) k->found = true;
        break;
    case NODE_Compare:
        for (int i = 0; i < n->u.Compare.comparators.len && k->dunders; i++)
            if (n->u.Compare.ops[i] != CMPOP_Is && n->u.Compare.ops[i] != CMPOP_IsNot) k->found = true;
        break;
    default:
        break;
    }
    if (!k->found) ast_visit_children(n, scan_kills, ctx);
}

/* May any of these nodes change what base.attr holds? */
bool attr_region_kills(Infer *in, Node **nodes, int count, Symbol *base, const char *attr) {
    KillScan k = {in, base, attr, has_name(&field_names(in)->dunder_stores, attr), false};
    for (int i = 0; i < count && !k.found; i++) scan_kills(nodes[i], &k);
    return k.found;
}

/* Is value a call of the function value base.attr holds, whose arguments
 * change nothing (`self.on_full(self.count)`)?  Python reads the callee
 * before anything else, so the call only changes the field afterwards. */
static bool calls_field_first(Infer *in, Node *value, Symbol *base, const char *attr) {
    if (value->kind != NODE_Call) return false;
    Node *f = value->u.Call.func;
    if (f->kind != NODE_Attribute || strcmp(f->u.Attribute.attr, attr) != 0 ||
        f->u.Attribute.value->kind != NODE_Name || sema_symbol_of(in->mod, f->u.Attribute.value) != base)
        return false;
    if (attr_region_kills(in, (Node **)value->u.Call.args.items, value->u.Call.args.len, base, attr)) return false;
    for (int i = 0; i < value->u.Call.keywords.len; i++) {
        Node *kw = value->u.Call.keywords.items[i];
        if (attr_region_kills(in, &kw->u.keyword.value, 1, base, attr)) return false;
    }
    return true;
}

/* Statement s of a block changes base.attr: can it still read it narrowed
 * first?  An `if` whose test changes nothing (its branches are blocks that
 * end the fact themselves), an assignment whose value changes nothing
 * and whose targets are plain names or fields of names (`self.head =
 * e.next`), or a call of the function value the field holds. */
bool attr_assigns_after_reading(Infer *in, Node *s, Symbol *base, const char *attr) {
    switch (s->kind) {
    case NODE_Expr:
        return calls_field_first(in, s->u.Expr.value, base, attr);
    case NODE_Return:
        return s->u.Return.value && calls_field_first(in, s->u.Return.value, base, attr);
    case NODE_If:
        return !attr_region_kills(in, &s->u.If.test, 1, base, attr);
    case NODE_Assign:
        for (int i = 0; i < s->u.Assign.targets.len; i++) {
            Node *t = s->u.Assign.targets.items[i];
            if (t->kind != NODE_Name && (t->kind != NODE_Attribute || t->u.Attribute.value->kind != NODE_Name)) return false;
        }
        return calls_field_first(in, s->u.Assign.value, base, attr) ||
               !attr_region_kills(in, &s->u.Assign.value, 1, base, attr);
    default:
        return false;
    }
}

/* ---- facts and reads ----------------------------------------------------------------------- */

/* `x.attr` (x a local variable or parameter, attr no property): its
 * variable, else NULL. */
Symbol *attr_fact_base(Infer *in, Node *n) {
    if (n->kind != NODE_Attribute || n->u.Attribute.value->kind != NODE_Name) return NULL;
    Symbol *sym = follow_import(sema_symbol_of(in->mod, n->u.Attribute.value));
    if (!sym || (sym->kind != SYM_VAR && sym->kind != SYM_PARAM) || sym->written_by_inner || symbol_is_global(sym))
        return NULL;
    if (has_name(&field_names(in)->properties, n->u.Attribute.attr)) return NULL;
    return sym;
}

/* The type of a field read n (`x.attr`, declared field_type) where a fact
 * says it is not None. */
Type *narrowed_field_type(Infer *in, Node *n, Type *field_type) {
    Type *ft = type_resolve(field_type);
    if (ft->kind != TY_OPTIONAL) return field_type;
    Symbol *base = attr_fact_base(in, n);
    if (!base) return field_type;
    for (int i = in->nnarrowed - 1; i >= 0; i--)
        if (in->narrowed[i] == base && in->narrowed_attr[i] && strcmp(in->narrowed_attr[i], n->u.Attribute.attr) == 0)
            return ft->args[0];
    return field_type;
}
