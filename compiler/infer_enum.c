/* infer_enum.c — enum.IntEnum and enum.Enum classes with int values.
 *
 *     class Mode(Enum):
 *         OFF = 0
 *         ACTIVE = 2
 *
 * A member is a compile-time constant: at run time it is its value, a
 * machine int, and costs no RAM.  Its type is an int type tagged with the
 * enum's class (type_enum), so `.name`, printing and repr() know the names
 * while the C code sees a krt_int.  An IntEnum member goes wherever an int
 * is wanted (arithmetic gives plain ints, as in CPython); an Enum member
 * only compares with members of its own enum.
 *
 * What a program can do with the class itself: `Mode.OFF`, `Mode(3)`
 * (ValueError when no member has the value), `Mode["OFF"]` (KeyError),
 * and use `Mode` as a value, which is the list of its members (for
 * loops, len, list, sorted, min/max, comprehensions).
 */
#include "infer_internal.h"

EnumData *check_enum_of_type(Type *t) {
    t = type_resolve(t);
    if (!t || t->kind != TY_INT || !t->cls) return NULL;
    return t->cls->info;
}

EnumData *check_enum_named(const Checked *c, Module *mod, Node *name) {
    if (name->kind != NODE_Name) return NULL;
    Symbol *sym = sema_symbol_of(mod, name);
    while (sym && sym->kind == SYM_IMPORTED && sym->target) sym = sym->target;
    if (!sym || sym->kind != SYM_CLASS) return NULL;
    for (int i = 0; i < c->enums.len; i++) {
        EnumData *ed = c->enums.items[i];
        if (ed->def == sym->decl) return ed;
    }
    return NULL;
}

/* Which enum base a class names: 1 IntEnum, 2 Enum, 0 neither. */
static int enum_base_kind(Infer *in, Node *base) {
    const char *name = NULL;
    if (base->kind == NODE_Name) {
        Symbol *sym = sema_symbol_of(in->mod, base);
        if (!sym || sym->kind != SYM_IMPORTED || !sym->module || strcmp(sym->module->name, "enum") || !sym->decl ||
            sym->decl->kind != NODE_alias)
            return 0;
        name = sym->decl->u.alias.name;
    } else if (base->kind == NODE_Attribute && base->u.Attribute.value->kind == NODE_Name) {
        Module *m = sema_module_of_expr(in->prog, in->mod, base->u.Attribute.value);
        if (!m || strcmp(m->name, "enum")) return 0;
        name = base->u.Attribute.attr;
    }
    if (!name) return 0;
    if (!strcmp(name, "IntEnum")) return 1;
    if (!strcmp(name, "Enum")) return 2;
    return 0;
}

/* An int constant (maybe negated), into *out. */
static bool int_constant(Node *v, long long *out) {
    bool neg = false;
    if (v->kind == NODE_UnaryOp && v->u.UnaryOp.op == UNARYOP_USub) {
        neg = true;
        v = v->u.UnaryOp.operand;
    }
    if (v->kind != NODE_Constant || v->u.Constant.value.kind != CONST_INT) return false;
    *out = neg ? -(long long)v->u.Constant.value.i : (long long)v->u.Constant.value.i;
    return true;
}

bool infer_enum_class_def(Infer *in, Node *n) {
    NodeList bases = n->u.ClassDef.bases;
    int kind = bases.len == 1 ? enum_base_kind(in, bases.items[0]) : 0;
    if (!kind) return false;
    for (int i = 0; i < in->c->enums.len; i++)
        if (((EnumData *)in->c->enums.items[i])->def == n) return true;
    if (n->u.ClassDef.decorator_list.len) {
        unsupported(in, n->u.ClassDef.decorator_list.items[0], "decorators on an enum class");
        return true;
    }
    EnumData *ed = arena_alloc(in->arena, sizeof *ed);
    memset(ed, 0, sizeof *ed);
    ed->def = n;
    ed->module = in->mod;
    ed->is_int = kind == 1;
    int cap = n->u.ClassDef.body.len + 1;
    ed->names = arena_alloc(in->arena, (size_t)cap * sizeof *ed->names);
    ed->values = arena_alloc(in->arena, (size_t)cap * sizeof *ed->values);
    for (int i = 0; i < n->u.ClassDef.body.len; i++) {
        Node *st = n->u.ClassDef.body.items[i];
        if (st->kind == NODE_Pass || (st->kind == NODE_Expr && st->u.Expr.value->kind == NODE_Constant)) continue;
        long long v;
        if (st->kind != NODE_Assign || st->u.Assign.targets.len != 1 ||
            ((Node *)st->u.Assign.targets.items[0])->kind != NODE_Name) {
            unsupported(in, st, st->kind == NODE_FunctionDef ? "methods of an enum class" : "this statement in an enum class");
            return true;
        }
        Node *target = st->u.Assign.targets.items[0];
        if (!int_constant(st->u.Assign.value, &v)) {
            unsupported(in, st->u.Assign.value, "an enum member whose value is not an int literal");
            return true;
        }
        bool alias = false; /* a second name for a value is an alias of the first member */
        for (int k = 0; k < ed->n; k++) {
            if (!strcmp(ed->names[k], target->u.Name.id)) {
                diag_error(in->diag, &in->mod->src, target->span, "enum member '%s' is defined twice",
                           target->u.Name.id);
                return true;
            }
            alias = alias || ed->values[k] == v;
        }
        if (alias) {
            unsupported(in, st, "enum aliases (two members with one value)");
            return true;
        }
        ed->names[ed->n] = target->u.Name.id;
        ed->values[ed->n++] = v;
    }
    ClassInfo *ci = arena_alloc(in->arena, sizeof *ci);
    memset(ci, 0, sizeof *ci);
    ci->name = n->u.ClassDef.name;
    ci->module = in->mod->name;
    ci->info = ed;
    ed->info = ci;
    ed->type = type_enum(in->tt, ci);
    ptrvec_push(in->arena, &in->c->enums, ed);
    return true;
}

/* The member of ed named name, or -1. */
int enum_member_index(const EnumData *ed, const char *name) {
    for (int i = 0; i < ed->n; i++)
        if (!strcmp(ed->names[i], name)) return i;
    return -1;
}

/* Enum.MEMBER (bt NULL), or member.name, member.value (bt: the type of
 * the value); NULL when n is none of these. */
Type *infer_enum_attribute(Infer *in, Node *n, Type *bt) {
    Node *base = n->u.Attribute.value;
    const char *attr = n->u.Attribute.attr;
    EnumData *ed = bt ? NULL : check_enum_named(in->c, in->mod, base);
    if (ed) {
        if (enum_member_index(ed, attr) >= 0) return ed->type;
        diag_error(in->diag, &in->mod->src, n->span, "type object '%s' has no attribute '%s'", ed->info->name, attr);
        return type_never(in->tt);
    }
    ed = bt ? check_enum_of_type(bt) : NULL;
    if (!ed) return NULL;
    if (!strcmp(attr, "name")) return type_str(in->tt);
    if (!strcmp(attr, "value")) return type_int(in->tt);
    diag_error(in->diag, &in->mod->src, n->span, "'%s' object has no attribute '%s'", ed->info->name, attr);
    return type_never(in->tt);
}

/* Enum(value) and Enum["NAME"]; NULL when n is neither. */
Type *infer_enum_lookup(Infer *in, Node *n) {
    if (n->kind == NODE_Call) {
        EnumData *ed = check_enum_named(in->c, in->mod, n->u.Call.func);
        if (!ed) return NULL;
        if (n->u.Call.args.len != 1 || n->u.Call.keywords.len)
            return unsupported(in, n, "calling an enum class with other than one value");
        Type *t = infer_expr(in, n->u.Call.args.items[0]);
        if (poisoned(in, t)) return type_never(in->tt);
        if (type_resolve(t)->kind != TY_INT && type_resolve(t)->kind != TY_BOOL)
            return unsupported(in, n, arena_printf(in->arena, "looking up an enum member by a %s", tname(in, t)));
        return ed->type;
    }
    EnumData *ed = check_enum_named(in->c, in->mod, n->u.Subscript.value);
    if (!ed) return NULL;
    Type *t = infer_expr(in, n->u.Subscript.slice);
    if (poisoned(in, t)) return type_never(in->tt);
    if (type_resolve(t)->kind != TY_STR)
        return unsupported(in, n, arena_printf(in->arena, "looking up an enum member by a %s", tname(in, t)));
    return ed->type;
}

/* The enum class as a value: the list of its members. */
Type *infer_enum_as_value(Infer *in, Symbol *sym) {
    for (int i = 0; i < in->c->enums.len; i++) {
        EnumData *ed = in->c->enums.items[i];
        if (ed->def == sym->decl) return type_list(in->tt, ed->type);
    }
    return NULL;
}

/* Operators on Enum (not IntEnum) members: only comparisons with members
 * of the same enum.  False after a diagnostic. */
bool enum_binop_ok(Infer *in, Node *n, Type *l, Type *r) {
    EnumData *a = check_enum_of_type(l), *b = check_enum_of_type(r);
    if ((a && !a->is_int) || (b && !b->is_int)) {
        unsupported(in, n, arena_printf(in->arena, "arithmetic on %s members (CPython raises TypeError; use .value)",
                                        (a && !a->is_int ? a : b)->info->name));
        return false;
    }
    return true;
}

bool enum_compare_ok(Infer *in, Node *n, CmpOpKind op, Type *l, Type *r) {
    EnumData *a = check_enum_of_type(l), *b = check_enum_of_type(r);
    if (!a && !b) return true;
    if (op == CMPOP_In || op == CMPOP_NotIn) return true;
    bool same = type_resolve(l) == type_resolve(r);
    if ((op == CMPOP_Is || op == CMPOP_IsNot) && !same) {
        unsupported(in, n, "'is' between an enum member and another kind of value");
        return false;
    }
    if ((a && !a->is_int) || (b && !b->is_int)) {
        bool eq = op == CMPOP_Eq || op == CMPOP_NotEq || op == CMPOP_Is || op == CMPOP_IsNot;
        if (!eq || !same) {
            unsupported(in, n, eq ? "comparing an Enum member with another kind of value (always unequal)"
                                  : "ordering Enum members (CPython raises TypeError; use IntEnum or .value)");
            return false;
        }
    }
    return true;
}

/* Does an IntEnum member go where want (an int) is wanted? */
bool enum_widens_to(Type *want, Type *got) {
    Type *w = type_resolve(want);
    EnumData *ed = check_enum_of_type(got);
    if (w->kind == TY_OPTIONAL) w = type_resolve(w->args[0]);
    return ed && ed->is_int && ((w->kind == TY_INT && !w->cls) || w->kind == TY_FLOAT);
}
