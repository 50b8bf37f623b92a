/* types.c — interning, inference variables and unification of types.
 *
 * Interning: a chained hash table keyed by (kind, args, ret, cls).  Only
 * ground types enter it; a constructor given an open argument returns a fresh
 * node, and type_intern later maps it to the canonical one.
 *
 * Unification: classic first-order unification over the type tree with
 * variables bound in place.  Every binding is pushed on a trail, so a failed
 * unify undoes what it bound and leaves the caller's types as they were (the
 * checker then reports both sides of the conflict).  There is no occurs-check
 * failure mode in practice, but one is kept so a recursive binding can never
 * make type_resolve loop.
 */
#include "types.h"

#include <string.h>

#include "arena.h"

/* Buckets of the intern table; a big program has a few hundred types. */
#define TYPES_BUCKETS 1024

struct TypeTable {
    Arena *arena;
    Type *buckets[TYPES_BUCKETS];
    Type *singletons[TY__COUNT];
    int next_var;
    PtrVec trail; /* variables bound since the outermost unify started */
    ClassInfo seq_tuple; /* the tag of tuple[T, ...] (type_seq_tuple) */
};

static Type *type_alloc(TypeTable *tt, TypeKind kind) {
    Type *t = arena_alloc(tt->arena, sizeof *t);
    t->kind = kind;
    return t;
}

TypeTable *types_new(Arena *arena) {
    TypeTable *tt = arena_alloc(arena, sizeof *tt);
    tt->arena = arena;
    static const TypeKind simple[] = {TY_NONE, TY_BOOL, TY_INT, TY_FLOAT, TY_STR,
                                      TY_BYTES, TY_BYTEARRAY, TY_RANGE, TY_NEVER};
    for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++) {
        Type *t = type_alloc(tt, simple[i]);
        t->hash = (unsigned)simple[i] * 2654435761u;
        tt->singletons[simple[i]] = t;
    }
    tt->seq_tuple.name = "tuple";
    tt->seq_tuple.module = "builtins";
    return tt;
}

Type *type_none(TypeTable *tt) { return tt->singletons[TY_NONE]; }
Type *type_bool(TypeTable *tt) { return tt->singletons[TY_BOOL]; }
Type *type_int(TypeTable *tt) { return tt->singletons[TY_INT]; }
Type *type_float(TypeTable *tt) { return tt->singletons[TY_FLOAT]; }
Type *type_str(TypeTable *tt) { return tt->singletons[TY_STR]; }
Type *type_bytes(TypeTable *tt) { return tt->singletons[TY_BYTES]; }
Type *type_bytearray(TypeTable *tt) { return tt->singletons[TY_BYTEARRAY]; }
Type *type_range(TypeTable *tt) { return tt->singletons[TY_RANGE]; }
Type *type_never(TypeTable *tt) { return tt->singletons[TY_NEVER]; }

Type *type_resolve(Type *t) {
    while (t && t->kind == TY_VAR && t->bound) t = t->bound;
    return t;
}

bool type_is_ground(Type *t) {
    t = type_resolve(t);
    if (!t) return false;
    if (t->kind == TY_VAR) return false;
    for (int i = 0; i < t->nargs; i++)
        if (!type_is_ground(t->args[i])) return false;
    if (t->ret && !type_is_ground(t->ret)) return false;
    return true;
}

static unsigned type_hash_parts(TypeKind kind, Type **args, int n, Type *ret, ClassInfo *cls) {
    unsigned h = (unsigned)kind * 2654435761u;
    for (int i = 0; i < n; i++) h = (h ^ args[i]->hash) * 16777619u + (unsigned)i;
    if (ret) h = (h ^ ret->hash) * 16777619u + 7u;
    if (cls) h ^= (unsigned)((size_t)cls >> 4) * 40503u;
    return h;
}

/* The canonical type with these (already interned) parts. */
static Type *type_lookup_or_add(TypeTable *tt, TypeKind kind, Type **args, int n, Type *ret,
                                ClassInfo *cls) {
    unsigned h = type_hash_parts(kind, args, n, ret, cls);
    Type **bucket = &tt->buckets[h % TYPES_BUCKETS];
    for (Type *t = *bucket; t; t = t->next_in_bucket) {
        if (t->hash != h || t->kind != kind || t->nargs != n || t->ret != ret || t->cls != cls)
            continue;
        bool same = true;
        for (int i = 0; i < n && same; i++) same = t->args[i] == args[i];
        if (same) return t;
    }
    Type *t = type_alloc(tt, kind);
    t->nargs = n;
    if (n) {
        t->args = arena_alloc(tt->arena, (size_t)n * sizeof *t->args);
        memcpy(t->args, args, (size_t)n * sizeof *args);
    }
    t->ret = ret;
    t->cls = cls;
    t->hash = h;
    t->next_in_bucket = *bucket;
    *bucket = t;
    return t;
}

/* Builds a compound type: interned if ground, a fresh open node otherwise. */
static Type *type_make(TypeTable *tt, TypeKind kind, Type **args, int n, Type *ret, ClassInfo *cls) {
    bool ground = true;
    for (int i = 0; i < n; i++) {
        args[i] = type_resolve(args[i]);
        if (!type_is_ground(args[i])) ground = false;
    }
    if (ret) {
        ret = type_resolve(ret);
        if (!type_is_ground(ret)) ground = false;
    }
    if (ground) {
        for (int i = 0; i < n; i++) args[i] = type_intern(tt, args[i]);
        if (ret) ret = type_intern(tt, ret);
        return type_lookup_or_add(tt, kind, args, n, ret, cls);
    }
    Type *t = type_alloc(tt, kind);
    t->nargs = n;
    if (n) {
        t->args = arena_alloc(tt->arena, (size_t)n * sizeof *t->args);
        memcpy(t->args, args, (size_t)n * sizeof *args);
    }
    t->ret = ret;
    t->cls = cls;
    return t;
}

Type *type_intern(TypeTable *tt, Type *t) {
    t = type_resolve(t);
    if (!t || t->kind == TY_VAR) return t;
    if (t->nargs == 0 && !t->ret && !t->cls) return tt->singletons[t->kind] ? tt->singletons[t->kind] : t;
    Type *small[8];
    Type **args = t->nargs <= 8 ? small : arena_alloc(tt->arena, (size_t)t->nargs * sizeof *args);
    for (int i = 0; i < t->nargs; i++) {
        args[i] = type_intern(tt, t->args[i]);
        if (!args[i] || args[i]->kind == TY_VAR || !type_is_ground(args[i])) return t;
    }
    Type *ret = t->ret ? type_intern(tt, t->ret) : NULL;
    if (ret && !type_is_ground(ret)) return t;
    return type_lookup_or_add(tt, t->kind, args, t->nargs, ret, t->cls);
}

Type *type_list(TypeTable *tt, Type *elem) { return type_make(tt, TY_LIST, &elem, 1, NULL, NULL); }
Type *type_set(TypeTable *tt, Type *elem) { return type_make(tt, TY_SET, &elem, 1, NULL, NULL); }
Type *type_frozenset(TypeTable *tt, Type *elem) { return type_make(tt, TY_FROZENSET, &elem, 1, NULL, NULL); }
Type *type_iter(TypeTable *tt, Type *elem) { return type_make(tt, TY_ITER, &elem, 1, NULL, NULL); }
Type *type_weakref(TypeTable *tt, Type *target) { return type_make(tt, TY_WEAKREF, &target, 1, NULL, NULL); }

Type *type_dict(TypeTable *tt, Type *key, Type *value) {
    Type *args[2] = {key, value};
    return type_make(tt, TY_DICT, args, 2, NULL, NULL);
}

Type *type_tuple(TypeTable *tt, Type **fields, int n) {
    Type *small[8];
    Type **args = n <= 8 ? small : arena_alloc(tt->arena, (size_t)n * sizeof *args);
    for (int i = 0; i < n; i++) args[i] = fields[i];
    return type_make(tt, TY_TUPLE, args, n, NULL, NULL);
}

Type *type_seq_tuple(TypeTable *tt, Type *elem) {
    return type_make(tt, TY_LIST, &elem, 1, NULL, &tt->seq_tuple);
}

bool type_is_seq_tuple(Type *t) {
    t = type_resolve(t);
    return t && t->kind == TY_LIST && t->cls && !strcmp(t->cls->name, "tuple");
}

Type *type_named_tuple(TypeTable *tt, Type **fields, int n, ClassInfo *cls) {
    Type *small[8];
    Type **args = n <= 8 ? small : arena_alloc(tt->arena, (size_t)n * sizeof *args);
    for (int i = 0; i < n; i++) args[i] = fields[i];
    return type_make(tt, TY_TUPLE, args, n, NULL, cls);
}

Type *type_optional(TypeTable *tt, Type *inner) {
    inner = type_resolve(inner);
    if (inner->kind == TY_NONE || inner->kind == TY_OPTIONAL) return inner;
    return type_make(tt, TY_OPTIONAL, &inner, 1, NULL, NULL);
}

Type *type_callable(TypeTable *tt, Type **params, int n, Type *ret) {
    Type *small[8];
    Type **args = n <= 8 ? small : arena_alloc(tt->arena, (size_t)n * sizeof *args);
    for (int i = 0; i < n; i++) args[i] = params[i];
    return type_make(tt, TY_CALLABLE, args, n, ret, NULL);
}

Type *type_class(TypeTable *tt, ClassInfo *cls) {
    return type_make(tt, TY_CLASS, NULL, 0, NULL, cls);
}

Type *type_enum(TypeTable *tt, ClassInfo *cls) {
    return type_make(tt, TY_INT, NULL, 0, NULL, cls);
}

Type *type_var(TypeTable *tt) {
    Type *t = type_alloc(tt, TY_VAR);
    t->var_id = ++tt->next_var;
    return t;
}

static bool type_occurs(Type *var, Type *t) {
    t = type_resolve(t);
    if (t == var) return true;
    for (int i = 0; i < t->nargs; i++)
        if (type_occurs(var, t->args[i])) return true;
    return t->ret && type_occurs(var, t->ret);
}

static bool type_bind(TypeTable *tt, Type *var, Type *t) {
    if (type_occurs(var, t)) return false;
    var->bound = t;
    ptrvec_push(tt->arena, &tt->trail, var);
    return true;
}

static bool type_unify_rec(TypeTable *tt, Type *a, Type *b) {
    a = type_resolve(a);
    b = type_resolve(b);
    if (a == b) return true;
    if (a->kind == TY_VAR) return type_bind(tt, a, b);
    if (b->kind == TY_VAR) return type_bind(tt, b, a);
    if (a->kind != b->kind || a->nargs != b->nargs || a->cls != b->cls) return false;
    if ((a->ret == NULL) != (b->ret == NULL)) return false;
    for (int i = 0; i < a->nargs; i++)
        if (!type_unify_rec(tt, a->args[i], b->args[i])) return false;
    if (a->ret && !type_unify_rec(tt, a->ret, b->ret)) return false;
    return true;
}

bool type_unify(TypeTable *tt, Type *a, Type *b) {
    int mark = tt->trail.len;
    if (type_unify_rec(tt, a, b)) return true;
    while (tt->trail.len > mark) {
        Type *var = tt->trail.items[--tt->trail.len];
        var->bound = NULL;
    }
    return false;
}

static const char *const type_kind_names[] = {
#define X(kind, name) name,
    TYPE_KIND_LIST(X)
#undef X
};

/* Appends the spelling of t to buf (an arena string being grown). */
static char *type_name_into(Arena *arena, char *buf, Type *t) {
    t = type_resolve(t);
    if (type_is_seq_tuple(t)) {
        buf = type_name_into(arena, arena_printf(arena, "%stuple[", buf), t->args[0]);
        return arena_printf(arena, "%s, ...]", buf);
    }
    if (t->cls) return arena_printf(arena, "%s%s", buf, t->cls->name); /* classes and enums */
    switch (t->kind) {
    case TY_VAR:
        return arena_printf(arena, "%s?", buf);
    case TY_CALLABLE: {
        buf = arena_printf(arena, "%sCallable[[", buf);
        for (int i = 0; i < t->nargs; i++) {
            if (i) buf = arena_printf(arena, "%s, ", buf);
            buf = type_name_into(arena, buf, t->args[i]);
        }
        buf = arena_printf(arena, "%s], ", buf);
        buf = type_name_into(arena, buf, t->ret);
        return arena_printf(arena, "%s]", buf);
    }
    case TY_TUPLE:
        if (t->nargs == 0) return arena_printf(arena, "%stuple[()]", buf);
        break;
    default:
        break;
    }
    buf = arena_printf(arena, "%s%s", buf, type_kind_names[t->kind]);
    if (t->nargs == 0) return buf;
    buf = arena_printf(arena, "%s[", buf);
    for (int i = 0; i < t->nargs; i++) {
        if (i) buf = arena_printf(arena, "%s, ", buf);
        buf = type_name_into(arena, buf, t->args[i]);
    }
    return arena_printf(arena, "%s]", buf);
}

const char *type_name(Arena *arena, Type *t) {
    return type_name_into(arena, arena_strdup(arena, ""), t);
}

bool type_is_scalar(Type *t) {
    t = type_resolve(t);
    return t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL;
}

bool type_is_reference(Type *t) {
    t = type_resolve(t);
    switch (t->kind) {
    case TY_STR: case TY_BYTES: case TY_BYTEARRAY: case TY_LIST: case TY_DICT:
    case TY_SET: case TY_FROZENSET: case TY_CLASS: case TY_CALLABLE: case TY_ITER: case TY_WEAKREF:
        return true;
    case TY_OPTIONAL:
        return type_is_reference(t->args[0]);
    default:
        return false;
    }
}
