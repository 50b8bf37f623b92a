/* infer_exc.c — exceptions as inference sees them, beyond a name to raise.
 *
 * Two kinds of program exception class exist.  One with nothing in its body
 * (`class BusError(Exception): pass`) is a type id and a name
 * (c->exc_classes); its instances are plain KrtExc, typed as the one
 * built-in exception type.  One with fields or methods, or deriving from
 * such a class, is a ClassData like any class (infer_class.c builds it)
 * whose ClassInfo says is_exception: its instances are KrtExc followed by
 * its fields, so every exception value shares one C type and a caught
 * exception can be read as the class the except clause names.
 *
 * This file owns what is particular to them:
 *  - arguments: T(a, b, ...) of any exception class without its own
 *    __init__, and super().__init__(a, b, ...) in one with it; each
 *    argument must have a str() and a repr() (e.args keeps their texts);
 *  - e.args (an opaque tuple: printed, formatted, len()), e.__cause__ and
 *    e.__context__ (Optional exceptions), `raise X from Y / from None`;
 *  - `except C as e` where C has fields: e reads as a C in the clause (a
 *    narrowing fact, like an isinstance test);
 *  - printing: str(e) is the runtime's (krt_exc_str), which calls the
 *    class's __str__ when it has one, so a subclass instance caught as its
 *    base prints its own text.  Each constructed class with a __str__ gets
 *    that method specialised on itself (cd->exc_str) for the runtime hook.
 *
 * Not here: keyword arguments to exceptions, e.args[i] (the arguments'
 * values are not kept), repr() of an exception, exception classes defined
 * inside functions.
 */
#include "infer_internal.h"

/* The type of e.args: a built-in class "tuple" of the exception's texts. */
static Type *exc_args_type(Infer *in) {
    return type_class(in->tt, exception_class(in, "tuple"));
}

bool check_is_exc_args(Type *t) {
    t = type_resolve(t);
    return t->kind == TY_CLASS && t->cls->module && !strcmp(t->cls->module, "builtins") && !strcmp(t->cls->name, "tuple");
}

ClassData *check_exception_data(const Checked *c, const Module *mod, Node *name) {
    if (name->kind != NODE_Name) return NULL;
    Symbol *sym = sema_symbol_of(mod, name);
    for (int hops = 0; sym && sym->kind == SYM_IMPORTED && sym->target && hops < 64; hops++) sym = sym->target;
    if (!sym || sym->kind != SYM_CLASS || !sym->decl) return NULL;
    ClassData *cd = check_class_of_def(c, sym->decl);
    return cd && cd->info->is_exception ? cd : NULL;
}

/* Each argument of an exception must print: e.args keeps its repr, str(e)
 * its str.  Instances of the program's classes are refused (their repr may
 * be missing); so are exceptions themselves (repr() of one). */
static bool exc_args_ok(Infer *in, Node *call, NodeList args) {
    if (call->u.Call.keywords.len) {
        unsupported(in, call->u.Call.keywords.items[0], "keyword arguments to an exception");
        return false;
    }
    for (int i = 0; i < args.len; i++) {
        Node *a = args.items[i];
        if (a->kind == NODE_Starred) {
            unsupported(in, a, "*args in a call");
            return false;
        }
        Type *t = check_type_of(in->spec, a);
        if (poisoned(in, t)) return false;
        Type *r = type_resolve(t);
        if (class_data_of(t) || check_is_exc_args(t) || (r->kind == TY_CLASS && r->cls->module &&
                                                          !strcmp(r->cls->module, "builtins")) ||
            !printable(in, t)) {
            unsupported(in, a, arena_printf(in->arena, "an exception argument of type %s (arguments are kept as "
                                                       "their str() and repr())", tname(in, t)));
            return false;
        }
    }
    return true;
}

Type *infer_exc_new_inferred(Infer *in, Node *call) {
    return exc_args_ok(in, call, call->u.Call.args) ? exception_type(in) : type_never(in->tt);
}

Type *infer_exc_new(Infer *in, Node *call) {
    NodeList args = call->u.Call.args;
    for (int i = 0; i < args.len; i++)
        if (poisoned(in, infer_expr(in, args.items[i]))) return type_never(in->tt);
    for (int k = 0; k < call->u.Call.keywords.len; k++)
        infer_expr(in, ((Node *)call->u.Call.keywords.items[k])->u.keyword.value);
    return infer_exc_new_inferred(in, call);
}

/* The specialisation of cd's __str__ (its own or inherited) on cd itself:
 * the runtime's str hook of cd's instances. */
static bool exc_str_spec(Infer *in, ClassData *cd, Node *site) {
    if (cd->exc_str) return true;
    ClassData *owner = NULL;
    Node *def = class_method(cd, "__str__", &owner);
    if (!def) return true;
    DefSig sig;
    def_signature(in->arena, def, &sig);
    if (sig.n != 1) {
        diag_error(in->diag, &in->mod->src, def->span, "__str__() must take only self");
        return false;
    }
    Type *self = type_class(in->tt, cd->info);
    FuncSpec *spec = spec_for_call(in, def, owner->module, &self, site);
    if (!spec) return false;
    spec->self_class = cd;
    if (type_resolve(spec->ret)->kind != TY_STR && type_resolve(spec->ret)->kind != TY_NEVER) {
        diag_error(in->diag, &in->mod->src, def->span, "__str__ returned non-string (type %s)", tname(in, spec->ret));
        return false;
    }
    cd->exc_str = spec;
    return true;
}

bool infer_exc_constructed(Infer *in, Node *call, ClassData *cd) {
    return exc_str_spec(in, cd, call);
}

/* super().__init__(args...) in a method of an exception class whose base is
 * built in (or field-less): sets e.args. */
Type *infer_exc_super(Infer *in, Node *call, ClassData *owner) {
    Node *f = call->u.Call.func;
    (void)owner;
    if (strcmp(f->u.Attribute.attr, "__init__"))
        return unsupported(in, call, arena_printf(in->arena, "super().%s() of a built-in exception class",
                                                  f->u.Attribute.attr));
    record(in, f->u.Attribute.value, in->spec->param_types[0]);
    if (poisoned(in, infer_exc_new(in, call))) return type_never(in->tt);
    return type_none(in->tt);
}

Type *infer_exc_attribute(Infer *in, Node *n, Type *base) {
    if (!is_exception_type(in, base)) return NULL;
    const char *attr = n->u.Attribute.attr;
    if (!strcmp(attr, "args")) return exc_args_type(in);
    if (!strcmp(attr, "__cause__") || !strcmp(attr, "__context__"))
        return type_optional(in->tt, exception_type(in));
    if (!strcmp(attr, "__traceback__") || !strcmp(attr, "__notes__") || !strcmp(attr, "with_traceback") ||
        !strcmp(attr, "add_note") || !strcmp(attr, "__suppress_context__"))
        return unsupported(in, n, arena_printf(in->arena, "the exception attribute '%s'", attr));
    if (type_resolve(base)->cls->is_exception) return NULL; /* a field or method of the class */
    return unsupported(in, n, arena_printf(in->arena, "the attribute '%s' of a built-in exception (its "
                                                      "class is known only when it runs)", attr));
}

/* raise X from cause: cause is None or an exception. */
bool infer_exc_cause(Infer *in, Node *cause) {
    if (cause->kind == NODE_Constant && cause->u.Constant.value.kind == CONST_NONE) return true;
    Node *fn = cause->kind == NODE_Call ? cause->u.Call.func : NULL;
    if (fn && names_exception_class(in, fn)) {
        unsupported(in, cause, "raise ... from a new exception (name a caught one, or None)");
        return false;
    }
    Type *t = infer_expr(in, cause);
    if (poisoned(in, t)) return false;
    if (!is_exception_type(in, t)) {
        infer_error(in, cause, "exception causes must derive from BaseException, not %s%s", tname(in, t), "");
        return false;
    }
    return true;
}

bool infer_exc_printing(Infer *in, Type *t, bool repr, Node *site) {
    if (repr) {
        unsupported(in, site, "repr() of an exception");
        return false;
    }
    if (type_resolve(t)->kind == TY_OPTIONAL) {
        unsupported(in, site, "printing an Optional instance (test it for None first)");
        return false;
    }
    return exc_str_spec(in, class_data_of(t), site);
}

/* `except C as e:` with C a class with fields: e is a C in the clause. */
int infer_exc_handler_push(Infer *in, Node *h) {
    Node *type = h->u.ExceptHandler.type;
    if (!type || !h->u.ExceptHandler.name || type->kind == NODE_Tuple || in->nnarrowed >= INFER_MAX_NARROW) return 0;
    ClassData *cd = check_exception_data(in->c, in->mod, type);
    if (!cd) return 0;
    Symbol *sym = ptrmap_get(&in->spec->scope->by_name, sema_intern(in->prog, h->u.ExceptHandler.name));
    if (!sym) return 0;
    NodeList body = h->u.ExceptHandler.body;
    if (region_assigns(in, body.items, body.len, sym)) return 0;
    in->narrowed_to[in->nnarrowed] = type_class(in->tt, cd->info);
    in->narrowed_attr[in->nnarrowed] = NULL;
    in->narrowed[in->nnarrowed++] = sym;
    return 1;
}
