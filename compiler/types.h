/* types.h — krait's static types, interned so they compare by pointer.
 *
 * Every value in a krait program has one type known at compile time.  Ground
 * types (int, list[str], tuple[int, float], Optional[Node], …) are interned in
 * a TypeTable: building list[int] twice gives the same pointer, so `a == b`
 * is type equality and types can key hash tables.
 *
 * Inference works with type variables (TY_VAR): a variable is either unbound
 * or bound to another type; type_resolve follows the bindings.  Variables are
 * not interned (each is its own identity); a type that contains an unbound
 * variable is "open".  Once inference finishes, every type the later stages
 * see is ground and interned.
 */
#ifndef KRAIT_TYPES_H
#define KRAIT_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "fwd.h"

/* X(kind, python spelling) */
#define TYPE_KIND_LIST(X)                                                   \
    X(TY_NONE, "None")             /* the None value's type */              \
    X(TY_BOOL, "bool")                                                       \
    X(TY_INT, "int")                                                         \
    X(TY_FLOAT, "float")                                                     \
    X(TY_STR, "str")                                                         \
    X(TY_BYTES, "bytes")                                                     \
    X(TY_BYTEARRAY, "bytearray")                                             \
    X(TY_RANGE, "range")                                                     \
    X(TY_LIST, "list")             /* args[0]: element */                   \
    X(TY_DICT, "dict")             /* args[0]: key, args[1]: value */       \
    X(TY_SET, "set")               /* args[0]: element */                   \
    X(TY_FROZENSET, "frozenset")   /* args[0]: element */                   \
    X(TY_TUPLE, "tuple")           /* args: the fields, in order */         \
    X(TY_OPTIONAL, "Optional")     /* args[0]: the non-None type */         \
    X(TY_CALLABLE, "Callable")     /* args[0..n-1]: params, ret: result */  \
    X(TY_ITER, "Iterator")         /* args[0]: what next() yields */        \
    X(TY_WEAKREF, "weakref.ref")   /* args[0]: the class referred to */     \
    X(TY_CLASS, "class")           /* cls: a program or built-in class */   \
    X(TY_NEVER, "NoReturn")        /* an expression that never completes */ \
    X(TY_VAR, "?")                 /* inference variable */

typedef enum TypeKind {
#define X(kind, name) kind,
    TYPE_KIND_LIST(X)
#undef X
        TY__COUNT
} TypeKind;

/* A class known to the program: built-in (exceptions) or defined in it.  The
 * checker hangs its own data (fields, methods) off `info`. */
typedef struct ClassInfo ClassInfo;
struct ClassInfo {
    const char *name;     /* Python name: "ValueError", "Sensor" */
    const char *module;   /* defining module: "builtins", "app" */
    ClassInfo *base;      /* single inheritance; NULL for roots */
    void *info;           /* the checker's record of fields and methods */
    const char *c_name;   /* the program's classes: C struct name ("app__Sensor") */
    bool is_exception;    /* a program exception class with fields or methods: instances are KrtExc */
    const char **fields;  /* a named tuple's field names, in order (its repr spells them); NULL otherwise */
};

typedef struct Type Type;
struct Type {
    TypeKind kind;
    int nargs;           /* LIST/DICT/SET/TUPLE/OPTIONAL/CALLABLE/ITER */
    Type **args;
    Type *ret;           /* CALLABLE: result */
    ClassInfo *cls;      /* CLASS */
    Type *bound;         /* VAR: what it was unified with, or NULL */
    int var_id;          /* VAR: a number for messages ("?3") */
    unsigned hash;       /* interned types: structural hash */
    Type *next_in_bucket;
};

typedef struct TypeTable TypeTable;

TypeTable *types_new(Arena *arena);

/* The singletons. */
Type *type_none(TypeTable *tt);
Type *type_bool(TypeTable *tt);
Type *type_int(TypeTable *tt);
Type *type_float(TypeTable *tt);
Type *type_str(TypeTable *tt);
Type *type_bytes(TypeTable *tt);
Type *type_bytearray(TypeTable *tt);
Type *type_range(TypeTable *tt);
Type *type_never(TypeTable *tt);

/* Constructors: interned when every argument is ground, fresh otherwise. */
Type *type_list(TypeTable *tt, Type *elem);
Type *type_dict(TypeTable *tt, Type *key, Type *value);
Type *type_set(TypeTable *tt, Type *elem);
Type *type_frozenset(TypeTable *tt, Type *elem);
Type *type_tuple(TypeTable *tt, Type **fields, int n);
/* tuple[T, ...]: a tuple whose length is known only at run time.  It is a
 * list underneath (the list code serves it), tagged so that it prints as a
 * tuple and refuses mutation. */
Type *type_seq_tuple(TypeTable *tt, Type *elem);
bool type_is_seq_tuple(Type *t);
/* A named tuple's type: the tuple of its fields, tagged with its class. */
Type *type_named_tuple(TypeTable *tt, Type **fields, int n, ClassInfo *cls);
/* Optional[T]: Optional[Optional[T]] is Optional[T]; Optional[None] is None. */
Type *type_optional(TypeTable *tt, Type *inner);
Type *type_callable(TypeTable *tt, Type **params, int n, Type *ret);
Type *type_iter(TypeTable *tt, Type *elem);
/* weakref.ref[C]: a weak reference to an instance of class C. */
Type *type_weakref(TypeTable *tt, Type *target);
Type *type_class(TypeTable *tt, ClassInfo *cls);
/* The members' type of an enum class: an int, tagged with the class. */
Type *type_enum(TypeTable *tt, ClassInfo *cls);

/* A fresh inference variable. */
Type *type_var(TypeTable *tt);

/* Follows VAR bindings to the representative type. */
Type *type_resolve(Type *t);
/* True when no unbound variable remains inside t. */
bool type_is_ground(Type *t);
/* The interned equivalent of a ground type (after its variables were bound). */
Type *type_intern(TypeTable *tt, Type *t);

/* Unifies a and b, binding variables; false when they cannot be one type (then
 * no binding made by this call is kept). */
bool type_unify(TypeTable *tt, Type *a, Type *b);

/* Python spelling for messages: "list[int]", "tuple[int, str]",
 * "Optional[Node]", "Callable[[int], int]"; variables print as "?". */
const char *type_name(Arena *arena, Type *t);

/* int, float, bool: stored as machine values, never boxed. */
bool type_is_scalar(Type *t);
/* Values that are references to objects (str, list, classes, …). */
bool type_is_reference(Type *t);

#endif
