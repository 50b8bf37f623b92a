/* infer_dunder.c — instances of the program's classes as dict keys and set
 * members, and the hash() builtin.
 *
 * A class's instances hash as CPython's would: the class that decides is
 * the nearest one (the class itself, then its bases) defining __hash__ or
 * __eq__, or a @dataclass:
 *
 *  - __hash__ defined: hash(x) is x.__hash__() (an int), keys compare by
 *    __eq__ when the class has one, else by identity;
 *  - __eq__ defined without __hash__: unhashable (CPython sets __hash__ to
 *    None), refused at compile time;
 *  - @dataclass(frozen=True): the hash of the tuple of its fields, equality
 *    field by field (the generated methods); a plain @dataclass is
 *    unhashable (its __eq__ is generated, its __hash__ is None);
 *  - none of these: identity (object.__hash__).
 *
 * The class is marked (ClassData.keyed) so lowering gives it an element
 * descriptor whose hash and eq call these (lower_dunder.c, emit_c.c).
 */
#include "infer_internal.h"

/* Does class k's own body define method name? */
static bool defines(ClassData *k, const char *name) {
    ClassData *owner = NULL;
    return class_method(k, name, &owner) && owner == k;
}

/* __eq__ of keys of type t, when the class has one: its specialisation for
 * (t, t), kept in cd->eq_spec as comparing two instances does. */
static bool key_eq_spec(Infer *in, ClassData *cd, Type *t, Node *site) {
    ClassData *owner = NULL;
    Node *def = class_method(cd, "__eq__", &owner);
    if (!def || cd->eq_spec) return true;
    Type *args2[2] = {t, t};
    DefSig sig;
    def_signature(in->arena, def, &sig);
    if (sig.n != 2) {
        unsupported(in, site, "__eq__ with other than one parameter");
        return false;
    }
    FuncSpec *spec = spec_for_call(in, def, owner->module, args2, site);
    if (!spec) return false;
    spec->self_class = cd;
    if (type_resolve(spec->ret)->kind != TY_BOOL) {
        unsupported(in, site, "__eq__ returning other than bool");
        return false;
    }
    cd->eq_spec = spec;
    dispatch_spec(in, site, cd, spec);
    return true;
}

bool instance_key(Infer *in, Type *t, Node *site) {
    ClassData *cd = class_data_of(t);
    if (type_resolve(t)->kind != TY_CLASS) {
        unsupported(in, site, "Optional instances as dict keys or set members");
        return false;
    }
    t = type_resolve(t);
    if (cd->keyed) return true;
    for (ClassData *k = cd; k; k = k->base) {
        if (defines(k, "__hash__")) {
            /* keyed by a fake site: the node may itself call a dunder */
            FuncSpec *spec = dunder_spec(in, (Node *)((char *)site + 5), t, "__hash__", NULL, 0);
            if (!spec) return false;
            Type *r = type_resolve(spec->ret);
            if (r->kind != TY_INT && r->kind != TY_BOOL) {
                diag_error(in->diag, &in->mod->src, site->span, "__hash__ method of '%s' should return an integer",
                           cd->info->name);
                return false;
            }
            cd->hash_spec = spec;
            break;
        }
        if (k->dataclass && k->frozen) {
            PtrVec fields = {0};
            check_dataclass_fields(k, &fields, in->arena);
            for (int i = 0; i < fields.len; i++) {
                FieldInfo *f = fields.items[i];
                if (!hashable(f->type)) {
                    diag_error(in->diag, &in->mod->src, site->span,
                               "unhashable type: '%s' (its field '%s' is %s)", cd->info->name, f->name,
                               tname(in, f->type));
                    return false;
                }
            }
            break;
        }
        if (k->dataclass || defines(k, "__eq__")) {
            diag_error(in->diag, &in->mod->src, site->span, "unhashable type: '%s' (%s)", cd->info->name,
                       k->dataclass ? "a @dataclass without frozen=True has no __hash__"
                                    : "it defines __eq__ without __hash__");
            return false;
        }
    }
    if (!key_eq_spec(in, cd, t, site)) return false;
    cd->keyed = true;
    return true;
}

/* hash(x): an int; x an int, float, bool, str, bytes, frozenset, a tuple of
 * these, or an instance (its __hash__). */
Type *infer_hash_call(Infer *in, Node *call) {
    NodeList args = call->u.Call.args;
    if (args.len != 1 || call->u.Call.keywords.len) {
        diag_error(in->diag, &in->mod->src, call->span, "hash() takes exactly one argument (%d given)", args.len);
        return type_never(in->tt);
    }
    Node *a = args.items[0];
    Type *t = infer_expr(in, a);
    if (poisoned(in, t)) return type_never(in->tt);
    if (class_data_of(t)) return instance_key(in, t, a) ? type_int(in->tt) : type_never(in->tt);
    if (type_resolve(t)->kind == TY_VAR) type_unify(in->tt, t, type_int(in->tt));
    if (!hashable(t)) {
        diag_error(in->diag, &in->mod->src, a->span, "unhashable type: '%s'", tname(in, t));
        return type_never(in->tt);
    }
    return type_int(in->tt);
}

/* A dict whose keys or values are instances (printed with their __repr__). */
bool instance_dict(Type *t) {
    t = type_resolve(t);
    if (t->kind != TY_DICT) return false;
    for (int i = 0; i < 2; i++)
        if (type_resolve(t->args[i])->kind == TY_CLASS && class_data_of(t->args[i])) return true;
    return false;
}

bool instance_dict_printable(Infer *in, Type *t) {
    for (int i = 0; i < 2; i++) {
        Type *a = type_resolve(t->args[i]);
        if (a->kind == TY_CLASS && class_data_of(a)) {
            if (!class_printing(in, a, true, class_data_of(a)->def)) return false;
        } else if (!printable_elem(in, a) || a->kind == TY_OPTIONAL) {
            return false;
        }
    }
    return true;
}

/* What iterating over an instance of t yields: its __iter__ returns an
 * iterator (a generator method) or an instance whose class has __next__.
 * NULL (after a diagnostic when the class has __iter__) otherwise. */
Type *instance_iter_elem(Infer *in, Type *t, Node *site) {
    ClassData *cd = class_data_of(t);
    if (!cd || type_resolve(t)->kind != TY_CLASS) return NULL;
    if (cd->iter_spec) return cd->iter_elem;
    if (!class_method(cd, "__iter__", NULL)) return NULL;
    /* keyed by fake sites: the class is iterated wherever, with one __iter__ */
    FuncSpec *spec = dunder_spec(in, (Node *)((char *)cd->def + 6), type_resolve(t), "__iter__", NULL, 0);
    if (!spec) return NULL;
    Type *r = type_resolve(spec->ret), *elem = NULL;
    ClassData *rc = class_data_of(r);
    if (r->kind == TY_ITER) {
        elem = r->args[0];
    } else if (rc && r->kind == TY_CLASS) {
        if (!rc->next_spec) {
            FuncSpec *next = dunder_spec(in, (Node *)((char *)rc->def + 7), r, "__next__", NULL, 0);
            if (!next) {
                diag_error(in->diag, &in->mod->src, site->span, "iter() returned non-iterator of type '%s'",
                           tname(in, r));
                return NULL;
            }
            if (type_resolve(next->ret)->kind == TY_NONE || type_resolve(next->ret)->kind == TY_VAR) {
                unsupported(in, site, "a __next__ that returns None");
                return NULL;
            }
            rc->next_spec = next;
        }
        elem = rc->next_spec->ret;
    } else {
        diag_error(in->diag, &in->mod->src, site->span, "iter() returned non-iterator of type '%s'", tname(in, r));
        return NULL;
    }
    cd->iter_spec = spec;
    cd->iter_elem = elem;
    return elem;
}

/* obj(args): obj.__call__(args). */
Type *infer_call_dunder(Infer *in, Node *call, Type *t) {
    ClassData *cd = class_data_of(t);
    if (type_resolve(t)->kind != TY_CLASS || !class_method(cd, "__call__", NULL)) {
        diag_error(in->diag, &in->mod->src, call->u.Call.func->span, "'%s' object is not callable", tname(in, t));
        return type_never(in->tt);
    }
    return infer_class_method_call(in, call, type_resolve(t), cd, "__call__");
}

/* An instance f passed where a function of nargs arguments is called with
 * each item (map()): its __call__, recorded as f's dunder.  NULL after a
 * diagnostic. */
Type *infer_call_dunder_value(Infer *in, Node *f, Type *t, Type **args, int nargs) {
    ClassData *cd = class_data_of(t);
    if (type_resolve(t)->kind != TY_CLASS || !class_method(cd, "__call__", NULL)) {
        diag_error(in->diag, &in->mod->src, f->span, "'%s' object is not callable", tname(in, t));
        return NULL;
    }
    if (nargs != 1) {
        unsupported(in, f, "an instance with __call__ mapped over several iterables");
        return NULL;
    }
    FuncSpec *spec = dunder_spec(in, f, type_resolve(t), "__call__", args, nargs);
    return spec ? spec->ret : NULL;
}

/* obj[k] op= v on an instance: obj.__setitem__(k, obj.__getitem__(k) op v),
 * obj and k evaluated once.  The two dunders are keyed by the subscript's
 * address + 2 and + 3 (lower_aug_item_dunder). */
void infer_aug_item_dunder(Infer *in, Node *n) {
    Node *t = n->u.AugAssign.target;
    Type *bt = type_resolve(infer_expr(in, t->u.Subscript.value));
    Type *k = infer_expr(in, t->u.Subscript.slice);
    if (poisoned(in, k)) return;
    FuncSpec *get = dunder_spec(in, (Node *)((char *)t + 2), bt, "__getitem__", &k, 1);
    if (!get) {
        diag_error(in->diag, &in->mod->src, t->span, "'%s' object is not subscriptable", tname(in, bt));
        return;
    }
    Type *v = infer_expr(in, n->u.AugAssign.value);
    if (poisoned(in, v)) return;
    if (class_data_of(get->ret)) {
        unsupported(in, n, "augmented assignment to an item of an instance that is itself an instance");
        return;
    }
    Type *res = infer_binop_types(in, n, n->u.AugAssign.op, get->ret, v);
    if (poisoned(in, res)) return;
    record(in, n, res);
    Type *args2[2] = {k, res};
    if (!dunder_spec(in, (Node *)((char *)t + 3), bt, "__setitem__", args2, 2))
        diag_error(in->diag, &in->mod->src, t->span, "'%s' object does not support item assignment", tname(in, bt));
}
