/* infer_builtins.c — built-in functions and the methods of built-in types.
 *
 * Each builtin (print, len, sorted, min, ...) and each method of str, list,
 * dict, set and bytes checks its arguments against the types it accepts and
 * gives its result type; what krait does not cover yet is refused with
 * "... is not supported yet by krait".  Method signatures of str and list
 * live in one table (METHOD_LIST).
 */
#include "infer_internal.h"

bool list_elem_ok(Type *t) {
    t = type_resolve(t);
    if (type_is_seq_tuple(t)) return false; /* tuple[T, ...] only as a value of its own (it prints as a tuple) */
    if (t->kind == TY_LIST) return list_elem_ok(t->args[0]); /* lists of lists, by reference */
    if (t->kind == TY_TUPLE) { /* tuples by value: the C emitter writes their element support */
        for (int i = 0; i < t->nargs; i++)
            if (!tuple_field_ok(t->args[i])) return false;
        return true;
    }
    /* dicts, sets and bytearrays by reference, with generated list operations */
    if (t->kind == TY_DICT || t->kind == TY_SET || t->kind == TY_FROZENSET) return container_elem_ok(t);
    if (t->kind == TY_BYTEARRAY) return true;
    if (t->kind == TY_CLASS && class_data_of(t)) return true; /* instances, by reference */
    if (t->kind == TY_OPTIONAL && type_resolve(t->args[0])->kind == TY_CLASS && class_data_of(t->args[0]))
        return true; /* Optional instances: NULL is None (a table of slots) */
    if (t->kind == TY_CALLABLE) return true;                   /* function values, by reference */
    if (t->kind == TY_ITER || t->kind == TY_WEAKREF) return true; /* iterators and weak references, by reference */
    return t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL || t->kind == TY_STR ||
           t->kind == TY_BYTES || t->kind == TY_VAR;
}

/* Can a tuple hold a field of type t?  Scalars and None by value, str,
 * bytes, containers and instances as counted references. */
bool tuple_field_ok(Type *t) {
    t = type_resolve(t);
    switch (t->kind) {
    case TY_INT: case TY_FLOAT: case TY_BOOL: case TY_STR: case TY_NONE: case TY_BYTES: case TY_BYTEARRAY:
    case TY_CALLABLE: case TY_WEAKREF:
        return true;
    case TY_TUPLE: case TY_LIST: case TY_DICT: case TY_SET: case TY_FROZENSET: return list_elem_ok(t);
    case TY_CLASS: return class_data_of(t) != NULL;
    default: return false;
    }
}

/* Can values of type t be printed (str(), repr(), f-strings)?  An element
 * type still unknown (`print([])`, `s = set()` printed before use) is
 * printable: if nothing else decides it by the end, it becomes int (the
 * container is then always empty where it is printed, and prints the same). */

bool printable(Infer *in, Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_VAR) return false; /* a value whose type is not known yet */
    if (check_enum_of_type(t)) return true;
    return printable_elem(in, t);
}

bool printable_elem(Infer *in, Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_CLASS && class_data_of(t)) return false; /* inside a container: not yet */
    if (check_enum_of_type(t)) return false; /* inside a container: its repr is not krait's yet */
    if (t->kind == TY_VAR) {
        ptrvec_push(in->arena, &in->default_int, t);
        return true;
    }
    if (t->kind == TY_LIST && class_data_of(t->args[0]) && type_resolve(t->args[0])->kind == TY_CLASS)
        return class_printing(in, t->args[0], true, class_data_of(t->args[0])->def); /* each one's __repr__ */
    if (t->kind == TY_LIST)
        return list_elem_ok(t->args[0]) && printable_elem(in, t->args[0]);
    if (t->kind == TY_TUPLE) {
        for (int i = 0; i < t->nargs; i++) {
            Type *f = type_resolve(t->args[i]);
            if (f->kind == TY_CLASS && class_data_of(f)) { /* each one's __repr__ */
                if (!class_printing(in, f, true, class_data_of(f)->def)) return false;
            } else if (!printable_elem(in, f) || f->kind == TY_CLASS) {
                return false;
            }
        }
        return true;
    }
    if (t->kind == TY_OPTIONAL) return printable_elem(in, t->args[0]);
    if (t->kind == TY_SET || t->kind == TY_FROZENSET) return printable_elem(in, t->args[0]);
    if (t->kind == TY_DICT && instance_dict(t)) return instance_dict_printable(in, t);
    if (t->kind == TY_DICT)
        return printable_elem(in, t->args[0]) && printable_elem(in, t->args[1]) && type_resolve(t->args[1])->kind != TY_CLASS &&
               type_resolve(t->args[1])->kind != TY_OPTIONAL;
    return t->kind == TY_BYTES || t->kind == TY_BYTEARRAY || t->kind == TY_RANGE || t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL || t->kind == TY_STR ||
           t->kind == TY_NONE || t->kind == TY_CLASS;
}

/* What iterating over a value of type t yields (NULL: not iterable here).
 * A tuple is iterable when its fields share one type. */
Type *iter_elem(Infer *in, Type *t) {
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
    case TY_ITER: return t->args[0];
    case TY_CLASS: return class_data_of(t) ? instance_iter_elem(in, t, class_data_of(t)->def) : NULL;
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
bool container_accepts(Infer *in, Type *slot, Type *got) {
    if (type_resolve(slot)->kind == TY_FLOAT && type_resolve(got)->kind == TY_INT) return true;
    if (type_resolve(slot)->kind == TY_OPTIONAL && type_resolve(got)->kind == TY_NONE) return true;
    return type_unify(in->tt, slot, got) || class_upcast_ok(slot, got); /* a subclass instance, an IntEnum member */
}

/* Can values of type t be dict keys and set members?  (Unknown yet: yes.) */
bool hashable(Type *t) {
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
bool container_elem_ok(Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_DICT) return container_elem_ok(t->args[0]) && container_elem_ok(t->args[1]);
    if (t->kind == TY_SET || t->kind == TY_FROZENSET) return container_elem_ok(t->args[0]);
    return list_elem_ok(t);
}

/* dict[key, value], with the key and value kinds krait supports. */
Type *dict_of(Infer *in, Node *site, Type *key, Type *value) {
    if (class_data_of(key)) {
        if (!instance_key(in, key, site)) return type_never(in->tt);
    } else if (!hashable(key)) {
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
bool is_dict_view_call(Infer *in, Node *n) {
    if (n->kind != NODE_Call || n->u.Call.func->kind != NODE_Attribute) return false;
    const char *m = n->u.Call.func->u.Attribute.attr;
    if (strcmp(m, "keys") && strcmp(m, "values") && strcmp(m, "items")) return false;
    Type *recv = check_type_of(in->spec, n->u.Call.func->u.Attribute.value);
    return recv && type_resolve(recv)->kind == TY_DICT;
}

Type *refuse_view_print(Infer *in, Node *n) {
    return unsupported(in, n, "printing a dict view directly (krait's d.keys(), d.values() and d.items() are "
                              "lists; print list(d.keys()) or sorted(d.items()))");
}

/* set[elem] or frozenset[elem]. */
Type *set_of(Infer *in, Node *site, Type *elem, bool frozen) {
    if (class_data_of(elem)) {
        if (!instance_key(in, elem, site)) return type_never(in->tt);
    } else if (!hashable(elem)) {
        diag_error(in->diag, &in->mod->src, site->span, "unhashable type: '%s' cannot be a set element",
                   tname(in, elem));
        return type_never(in->tt);
    }
    if (!container_elem_ok(elem))
        return unsupported(in, site, arena_printf(in->arena, "sets of %s", tname(in, elem)));
    return frozen ? type_frozenset(in->tt, elem) : type_set(in->tt, elem);
}

bool is_set(Type *t) {
    t = type_resolve(t);
    return t->kind == TY_SET || t->kind == TY_FROZENSET;
}

bool is_bytes_like(Type *t) {
    t = type_resolve(t);
    return t->kind == TY_BYTES || t->kind == TY_BYTEARRAY;
}

/* A list of elem, with the element kinds krait supports so far. */
Type *list_of(Infer *in, Node *site, Type *elem) {
    if (!list_elem_ok(elem))
        return unsupported(in, site, arena_printf(in->arena, "lists of %s", tname(in, elem)));
    return type_list(in->tt, elem);
}

/* One argument of a builtin that takes a fixed type. */
void expect_arg(Infer *in, Node *call, int i, Type *got, Type *want, const char *fname) {
    Type *g = type_resolve(got);
    if (g->kind == TY_NEVER) return;
    if (type_resolve(want)->kind == TY_FLOAT && (g->kind == TY_INT || g->kind == TY_BOOL)) return;
    if (type_resolve(want)->kind == TY_INT && g->kind == TY_BOOL) return;
    if (enum_widens_to(want, got)) return; /* an IntEnum member */
    if (!type_unify(in->tt, got, want))
        diag_error(in->diag, &in->mod->src, ((Node *)call->u.Call.args.items[i])->span,
                   "argument %d of %s() must be %s, not %s", i + 1, fname, tname(in, want), tname(in, g));
}

/* The built-in class a Name of isinstance()'s second argument names; NULL
 * after a diagnostic. */
const Builtin *isinstance_class(Infer *in, Node *c) {
    static const Builtin user_exception = {"<exception class>", BUILTIN_EXCEPTION, 0, NULL};
    static const Builtin user_class = {"<class>", BUILTIN_TYPE, -1, NULL};
    if (check_exception_class(in->c, in->mod, c) || check_exception_data(in->c, in->mod, c)) return &user_exception;
    if (class_named(in, c)) return &user_class; /* decided by the static type */
    Symbol *sym = c->kind == NODE_Name ? follow_import(sema_symbol_of(in->mod, c)) : NULL;
    if (sym && sym->kind == SYM_BUILTIN && sym->builtin &&
        (sym->builtin->kind == BUILTIN_TYPE || sym->builtin->kind == BUILTIN_EXCEPTION))
        return sym->builtin;
    unsupported(in, c, "isinstance() with anything but built-in classes");
    return NULL;
}

/* isinstance(x, C) / isinstance(x, (C, D)): x's static type decides, except
 * for exceptions, whose class is checked when it runs. */
Type *infer_isinstance(Infer *in, Node *call) {
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
bool infer_sort_keywords(Infer *in, Node *call, const char *what) {
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
Node *keyword_value(Node *call, const char *name) {
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *kw = call->u.Call.keywords.items[k];
        if (kw->u.keyword.arg && !strcmp(kw->u.keyword.arg, name)) return kw->u.keyword.value;
    }
    return NULL;
}

/* Can values of type e be ordered (sorted, min, max)? */
bool orderable(Type *e) {
    e = type_resolve(e);
    if (e->kind == TY_TUPLE) {
        for (int i = 0; i < e->nargs; i++)
            if (!orderable(e->args[i])) return false;
        return true;
    }
    if (e->kind == TY_LIST) return orderable(e->args[0]);
    return e->kind == TY_INT || e->kind == TY_FLOAT || e->kind == TY_BOOL || e->kind == TY_STR || e->kind == TY_BYTES;
}

/* key= of sorted(), list.sort(), min() and max(): a one-parameter lambda,
 * which krait expands at the call (no function object), or the name of a
 * function of the program (called once per item).  Returns the key type,
 * NULL after a diagnostic. */
Type *infer_key_function(Infer *in, Node *key, Type *elem) {
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
    if (!sym || !((sym->kind == SYM_FUNC && !closure_calls_value(in, sym)) ||
                  (sym->kind == SYM_BUILTIN && (sym->builtin->id == B_LEN || sym->builtin->id == B_ABS))))
        return closure_key_function(in, key, elem);
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
Type *infer_min_max_keyed(Infer *in, Node *call, const Builtin *b) {
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
    if (!orderable(ordered) && !instance_orderable(in, ordered, call))
        return unsupported(in, call, arena_printf(in->arena, "%s() by %s values", b->name, tname(in, ordered)));
    return e;
}

Type *infer_sorted(Infer *in, Node *call) {
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
    if (!orderable(ordered) && !instance_orderable(in, ordered, call))
        return unsupported(in, call, arena_printf(in->arena, "sorting by %s values", tname(in, ordered)));
    return list_of(in, call, e);
}

/* enumerate(it, start=0), zip(a, b, ...), reversed(seq): krait builds the
 * list of what they yield (pairs, tuples, items backwards), which a for
 * loop, list(), dict() or a comprehension then takes whole. */
Type *infer_iter_builtin(Infer *in, Node *call, const Builtin *b) {
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
            type_resolve(t)->kind != TY_STR && type_resolve(t)->kind != TY_TUPLE && !is_bytes_like(t) &&
            type_resolve(t)->kind != TY_DICT) /* a dict: its keys, last first */
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
        if (b->id == B_ZIP && kw->u.keyword.arg && !strcmp(kw->u.keyword.arg, "strict")) {
            Type *t = type_resolve(infer_expr(in, kw->u.keyword.value));
            if (t->kind != TY_BOOL && !poisoned(in, t))
                return unsupported(in, kw, arena_printf(in->arena, "zip() strict of type %s", tname(in, t)));
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
        return list_of(in, call, type_tuple(in->tt, elems, nargs));
    default: /* reversed */
        if (nargs != 1) break;
        return list_of(in, call, elems[0]);
    }
    diag_error(in->diag, &in->mod->src, call->span, "%s() cannot take %d arguments", b->name, nargs);
    return type_never(in->tt);
}

/* Builtins whose first argument may be any iterable. */
static bool consumes_iterable(const Builtin *b) {
    return b->id == B_LIST || b->id == B_SUM || b->id == B_MIN || b->id == B_MAX || b->id == B_SET ||
           b->id == B_TUPLE || b->id == B_ITER || b->id == B_FROZENSET;
}

Type *infer_builtin_call(Infer *in, Node *call, const Builtin *b) {
    if (b->id == B_ISINSTANCE) return infer_isinstance(in, call);
    if (b->id == B_SORTED) return infer_sorted(in, call);
    if (b->id == B_HASH) return infer_hash_call(in, call);
    if (b->id == B_ENUMERATE || b->id == B_ZIP || b->id == B_REVERSED) return infer_iter_builtin(in, call, b);
    if (b->id == B_MAP || b->id == B_FILTER) return closure_map_filter(in, call, b->id == B_MAP);
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
        if (b->id == B_PRINT || (b->id == B_STR && nargs == 1)) in->str_ifexp = a; /* only turned into text */
        at[i] = infer_expr(in, a);
        in->str_ifexp = NULL;
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
        if (class_data_of(at[i]) && b->id != B_PRINT && b->id != B_STR && b->id != B_REPR && b->id != B_ISINSTANCE &&
            !(i == 0 && consumes_iterable(b) && iter_elem(in, at[0]))) /* an iterable instance (__iter__) */
            return unsupported(in, call, arena_printf(in->arena, "%s() of an instance (its dunder methods)", name));
    if (b->kind == BUILTIN_EXCEPTION) {
        return infer_exc_new_inferred(in, call);
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
        if (b->id == B_ZIP && kw->u.keyword.arg && !strcmp(kw->u.keyword.arg, "strict")) {
            Type *t = type_resolve(infer_expr(in, kw->u.keyword.value));
            if (t->kind != TY_BOOL && !poisoned(in, t))
                return unsupported(in, kw, arena_printf(in->arena, "zip() strict of type %s", tname(in, t)));
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
        if (check_is_exc_args(at[0])) return type_int(in->tt); /* len(e.args) */
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
    case B_TUPLE: {
        Type *r = infer_tuple_builtin(in, call, at, nargs);
        if (r) return r;
        break;
    }
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
        if (e->kind == TY_VAR) { /* sum([]) / sum([], start): the start's type, else int */
            Type *st = nargs == 2 ? type_resolve(at[1]) : NULL;
            type_unify(in->tt, e, st && type_is_numeric(st) ? st : type_int(in->tt));
            e = type_resolve(e);
        }
        if (e->kind == TY_LIST && nargs == 2 && type_unify(in->tt, e, at[1])) return e; /* concatenation */
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
            if (e->kind == TY_TUPLE && !orderable(e))
                return unsupported(in, call, arena_printf(in->arena, "%s() of a list of unorderable tuples", name));
            if (class_data_of(e) && !instance_orderable(in, e, call))
                return unsupported(in, call, arena_printf(in->arena, "%s() of %s values", name, tname(in, e)));
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
    case B_ITER:
    case B_NEXT:
        return infer_iter_next(in, call, b, at, nargs);
    default:
        return unsupported(in, call, arena_printf(in->arena, "%s()", name));
    }
    diag_error(in->diag, &in->mod->src, call->span, "%s() cannot take these arguments (%d given)", name, nargs);
    return type_never(in->tt);
}

Symbol *scope_lookup_name(Infer *in, Module *m, const char *name) {
    if (!m->scope) return NULL;
    return ptrmap_get(&m->scope->by_name, sema_intern(in->prog, name));
}

/* Maps a call's arguments onto def's parameters (positional-only, ordinary,
 * keyword-only); fills arg_nodes (NULL where a default applies).  False
 * after a diagnostic with CPython's wording. */
bool match_arguments(Infer *in, Node *call, Node *def, const DefSig *sig, Node **arg_nodes) {
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

Type *sig_type(Infer *in, char code, Type *recv) {
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
Type *infer_dict_method(Infer *in, Node *n, Type *d, const char *name) {
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
Type *infer_bytes_method(Infer *in, Node *n, Type *bt, const char *name) {
    NodeList args = n->u.Call.args;
    bool mutable_ = type_resolve(bt)->kind == TY_BYTEARRAY;
    if (n->u.Call.keywords.len) return unsupported(in, n, arena_printf(in->arena, "keyword arguments to %s.%s()", tname(in, bt), name));
    Type *at[3] = {NULL, NULL, NULL};
    for (int i = 0; i < args.len && i < 3; i++) {
        at[i] = type_resolve(infer_expr(in, args.items[i]));
        if (poisoned(in, at[i])) return type_never(in->tt);
    }
    if (!strcmp(name, "hex") && (args.len == 0 || (args.len <= 2 && (at[0]->kind == TY_STR || at[0]->kind == TY_BYTES) &&
                                                   (!at[1] || at[1]->kind == TY_INT || at[1]->kind == TY_BOOL))))
        return type_str(in->tt); /* hex(sep, bytes_per_sep) */
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
    Type *text = mutable_ ? NULL : infer_bytes_text(in, n, name, at, args.len); /* split, join, strip, lower, ... */
    if (text) return text;
    return unsupported(in, n, arena_printf(in->arena, "%s.%s() with these arguments", tname(in, bt), name));
}

/* Methods of set (and the non-mutating ones of frozenset). */
Type *infer_set_method(Infer *in, Node *n, Type *st, const char *name) {
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
Type *infer_method_call(Infer *in, Node *n) {
    Node *f = n->u.Call.func;
    Node *fv = f->u.Attribute.value;
    if (fv->kind == NODE_Call && fv->u.Call.func->kind == NODE_Name && !strcmp(fv->u.Call.func->u.Name.id, "super") &&
        !fv->u.Call.args.len) {
        /* super().m(...): the method of the defining class's base, on self */
        ClassData *owner = in->spec->def->kind == NODE_FunctionDef ? method_owner(in, in->spec->def) : NULL;
        if (owner && !owner->base && owner->exc_base && in->spec->nparams >= 1) return infer_exc_super(in, n, owner);
        if (!owner || !owner->base || in->spec->nparams < 1) return unsupported(in, n, "super() outside a method of a derived class");
        record(in, fv, in->spec->param_types[0]);
        return infer_class_method_call(in, n, in->spec->param_types[0], owner->base, f->u.Attribute.attr);
    }
    ClassData *named = class_named(in, fv);
    if (named) { /* Class.static_method(...) */
        Node *def = class_method(named, f->u.Attribute.attr, NULL);
        if (!def || (method_kind(def) != METHOD_STATIC && method_kind(def) != METHOD_CLASS))
            return unsupported(in, n, "calling a method through its class (use an instance, or @staticmethod)");
        return infer_class_method_call(in, n, NULL, named, f->u.Attribute.attr);
    }
    Type *recv = type_resolve(infer_expr(in, f->u.Attribute.value));
    if (poisoned(in, recv)) return type_never(in->tt);
    const char *name = f->u.Attribute.attr;
    if (class_data_of(recv)) {
        ClassData *cd = class_data_of(recv);
        if (class_field(in, cd, name, n)) return closure_value_call(in, n, infer_expr(in, f)); /* a function value, a weak reference */
        if (recv->kind == TY_OPTIONAL) recv = type_resolve(recv->args[0]); /* AttributeError when None */
        Type *r = infer_class_method_call(in, n, recv, cd, name);
        dispatch_method_call(in, n, cd);
        return r;
    }
    Type *nt_result = infer_namedtuple_method(in, n, recv); /* p._replace(...) */
    if (nt_result) return nt_result;
    if ((recv->kind == TY_TUPLE || type_is_seq_tuple(recv)) && (nt_result = infer_tuple_method(in, n, recv, name))) return nt_result;
    if (recv->kind == TY_STR && (nt_result = infer_str_partition(in, n, name))) return nt_result;
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
        if (!orderable(ordered) && !instance_orderable(in, ordered, n))
            return unsupported(in, n, arena_printf(in->arena, "sorting by %s values", tname(in, ordered)));
        return type_none(in->tt);
    }
    if (recv->kind == TY_LIST && !strcmp(name, "index") && n->u.Call.args.len > 1 &&
        type_resolve(recv->args[0])->kind == TY_TUPLE)
        return unsupported(in, n, "index() with start or end on a list of tuples");
    if (recv->kind == TY_INT || recv->kind == TY_BOOL) { /* n.to_bytes(...), n.bit_length() */
        Type *r = infer_int_method(in, n, name);
        if (r) return r;
    }
    const MethodSig *sig = NULL;
    for (size_t i = 0; i < sizeof method_table / sizeof method_table[0]; i++)
        if (method_table[i].receiver == recv->kind && strcmp(method_table[i].name, name) == 0) sig = &method_table[i];
    if (!sig) {
        if (recv->kind == TY_STR || recv->kind == TY_LIST)
            return unsupported(in, n, arena_printf(in->arena, "%s.%s()", tname(in, recv), name));
        if (recv->kind == TY_ITER)
            return unsupported(in, n, arena_printf(in->arena, "%s() of generators and iterators (they only produce "
                                                              "values: use next() and for)", name));
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
        Type *t = infer_expect(in, arg, *a == 'E' ? sig_type(in, *a, recv) : NULL); /* a lambda appended */
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
        if (!type_unify(in->tt, want, t) && !class_upcast_ok(want, t) &&
            !(type_resolve(want)->kind == TY_OPTIONAL && type_resolve(t)->kind == TY_NONE)) {
            diag_error(in->diag, &in->mod->src, arg->span, "argument %d of %s.%s() must be %s, not %s", k + 1,
                       tname(in, recv), name, tname(in, want), tname(in, t));
            return type_never(in->tt);
        }
        k++;
    }
    if (recv->kind == TY_LIST && !list_elem_ok(recv->args[0])) return list_of(in, n, recv->args[0]);
    return sig_type(in, sig->result[0], recv);
}

