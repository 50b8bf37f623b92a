/* infer_weakref.c — types of weak references (`import weakref`).
 *
 *   weakref.ref(x)      x an instance of a program class C: weakref.ref[C]
 *   w()                 Optional[C]: the instance, or None once it died
 *   weakref.ref[C]      the annotation (a field `parent: weakref.ref[Node]`)
 *
 * A weak reference is the firmware engineer's way to point back (a child
 * at its parent, an observer at its subject) without building a reference
 * cycle: cycles.c follows no edge through weakref.ref[C], so such a back
 * pointer costs no cycle collector.  Taking weakref.ref() of an instance
 * marks its class (ClassData.weak_target): lowering gives that class and
 * its subclasses a drop function that clears the weak reference when an
 * instance dies (runtime/weakref.c).
 *
 * Refused with a reason: weak references to values that are not instances
 * of a program class (CPython also refuses int, str, list, tuple and None),
 * callbacks, and the rest of the module (WeakValueDictionary, finalize...).
 */
#include "infer_internal.h"

/* Is n the name of the weakref module (`import weakref`)? */
static bool names_weakref_module(Infer *in, Node *n) {
    if (n->kind != NODE_Name) return false;
    Symbol *sym = sema_symbol_of(in->mod, n);
    return sym && sym->kind == SYM_MODULE && strcmp(((Node *)sym->decl)->u.alias.name, "weakref") == 0;
}

bool infer_is_weakref_ref(Infer *in, Node *f) {
    return f->kind == NODE_Attribute && strcmp(f->u.Attribute.attr, "ref") == 0 &&
           names_weakref_module(in, f->u.Attribute.value);
}

/* The class a weak reference may refer to, or NULL after an error at n. */
static ClassData *weak_target_class(Infer *in, Node *n, Type *t) {
    t = type_resolve(t);
    ClassData *cd = t->kind == TY_CLASS ? class_data_of(t) : NULL;
    if (cd && !cd->info->is_exception) return cd;
    if (t->kind == TY_OPTIONAL && class_data_of(t->args[0])) {
        infer_error(in, n, "weakref.ref() of %s: test it for None first (a weak reference to None is a TypeError)",
                    tname(in, t), "");
        return NULL;
    }
    infer_error(in, n, "cannot create weak reference to '%s' object%s", tname(in, t), "");
    return NULL;
}

Type *infer_weakref_new(Infer *in, Node *call) {
    NodeList args = call->u.Call.args;
    if (call->u.Call.keywords.len || args.len > 1) return unsupported(in, call, "weakref.ref() with a callback");
    if (args.len != 1) {
        infer_error(in, call, "weakref.ref() takes one argument, the object to refer to%s%s", "", "");
        return type_never(in->tt);
    }
    Type *t = infer_expr(in, args.items[0]);
    if (poisoned(in, t)) return type_never(in->tt);
    ClassData *cd = weak_target_class(in, args.items[0], t);
    if (!cd) return type_never(in->tt);
    cd->weak_target = true;
    return type_weakref(in->tt, type_class(in->tt, cd->info));
}

Type *infer_weakref_call(Infer *in, Node *call, Type *w) {
    if (call->u.Call.args.len || call->u.Call.keywords.len) {
        infer_error(in, call, "a weak reference takes no arguments when called%s%s", "", "");
        return type_never(in->tt);
    }
    return type_optional(in->tt, type_resolve(w)->args[0]);
}

Type *infer_weakref_annotation(Infer *in, Node *a, Node **args, int nargs) {
    Node *base = a->u.Subscript.value;
    if (base->kind != NODE_Attribute || !names_weakref_module(in, base->u.Attribute.value) ||
        (strcmp(base->u.Attribute.attr, "ref") != 0 && strcmp(base->u.Attribute.attr, "ReferenceType") != 0))
        return NULL;
    if (nargs != 1) {
        infer_error(in, a, "weakref.ref[...] takes one class%s%s", "", "");
        return type_never(in->tt);
    }
    Type *t = annotation_type(in, args[0]);
    if (poisoned(in, t)) return type_never(in->tt);
    ClassData *cd = weak_target_class(in, args[0], t);
    return cd ? type_weakref(in->tt, type_class(in->tt, cd->info)) : type_never(in->tt);
}
