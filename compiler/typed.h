/* typed.h — the typed program: what infer.c decides and lower.c reads.
 *
 * Functions are monomorphised: each distinct tuple of argument types a
 * function is called with gets its own FuncSpec, with its own types for
 * every local and every expression of its body.  A module's top level is a
 * FuncSpec too (its variables are the module's globals, typed program-wide).
 *
 * All types here are resolved and interned once infer_program returns true.
 */
#ifndef KRAIT_TYPED_H
#define KRAIT_TYPED_H

#include "options.h"
#include "sema.h"
#include "types.h"

/* Specialisations one function may get before krait asks for annotations:
 * each is a separate C function, so this bounds code size. */
#define CHECK_MAX_SPECS 8

typedef struct ClassData ClassData;
typedef struct FuncSpec FuncSpec;

/* A field of a program class: one type for every instance. */
typedef struct FieldInfo {
    const char *name;     /* interned */
    Type *type;
    Node *site;           /* first assignment */
    Node *dflt;           /* @dataclass: the default value (or field(default_factory=...)); NULL */
    bool in_init;         /* @dataclass: a parameter of the generated __init__ */
} FieldInfo;

/* A class of the program (not an exception class). */
struct ClassData {
    Node *def;            /* ClassDef */
    Module *module;
    Scope *scope;         /* the class body's scope */
    ClassInfo *info;      /* the type's class (info->info points back here) */
    ClassData *base;      /* single inheritance; NULL */
    PtrVec fields;        /* FieldInfo*, in the order they were found */
    int index;            /* among the program's plain classes */
    FuncSpec *str_spec;   /* __str__ (or __repr__), when printed */
    FuncSpec *repr_spec;  /* __repr__, when repr() is taken */
    FuncSpec *eq_spec;    /* __eq__, when compared */
    FuncSpec *truth_spec; /* __bool__ (or __len__), when tested for truth */
    bool dataclass;       /* @dataclass: __init__, __repr__ and __eq__ generated */
    bool order;           /* @dataclass(order=True): <, <=, >, >= compare the fields */
    bool frozen;          /* @dataclass(frozen=True) */
    bool auto_repr;       /* printing uses the generated __repr__ */
    FuncSpec *lt_spec;    /* __lt__, when lists of instances are sorted */
    bool sorted;          /* lists of instances are sorted (by lt_spec, or a dataclass's order=True fields) */
    FuncSpec *hash_spec;  /* __hash__, when instances are dict keys or set members (infer_dunder.c) */
    bool keyed;           /* instances are dict keys or set members (or hash()ed) */
    FuncSpec *iter_spec;  /* __iter__, when instances are iterated (infer_dunder.c) */
    Type *iter_elem;      /* what iterating over an instance yields */
    FuncSpec *next_spec;  /* __next__, when instances are iterators (returned by an __iter__) */
    bool holds_subclasses; /* a subclass instance was accepted where this class is wanted */
    bool constructed;     /* C(...) was inferred: its fields have their types */
    bool weak_target;     /* weakref.ref() of an instance is taken (infer_weakref.c) */
    Node *exc_base;       /* exception classes whose base is built-in or field-less: that base's name */
    FuncSpec *exc_str;    /* exception classes with a __str__: its specialisation on this class (infer_exc.c) */
};

/* What a closure's environment holds (infer_closure.c): a variable of an
 * enclosing function (copied, or its shared cell), or the value of one of
 * its own parameters' defaults, evaluated when the closure is made. */
typedef struct Capture {
    Symbol *sym;          /* the variable, or the parameter a default belongs to */
    Node *dflt;           /* a parameter's default value; NULL for a variable */
    bool cell;            /* the environment holds the variable's shared cell */
} Capture;

struct FuncSpec {
    Node *def;            /* FunctionDef, or Module for a module's top level */
    Scope *scope;
    Module *module;
    int nparams;
    Symbol **params;      /* in order */
    Type **param_types;
    Type *ret;            /* None's type for procedures */
    PtrMap types;         /* expression Node* -> Type* */
    PtrMap locals;        /* Symbol* -> Type* (function locals) */
    PtrMap callees;       /* Call Node* -> FuncSpec* */
    PtrMap method_args;   /* method Call Node* -> Node** (argument of each parameter; NULL: absent) */
    PtrMap dunders;       /* BinOp/UnaryOp node (or a Compare operand's address + 1) -> FuncSpec* of its dunder */
    const char *c_name;   /* "app__fib" or "app__fib__1" for further specs */
    int state;            /* 0 new, 1 inferring, 2 done */
    Node *first_call;     /* where this specialisation was first requested */
    FuncSpec *next_same_def;
    ClassData *self_class; /* a method: the class of its self parameter */
    /* functions as values (infer_closure.c, lower_closure.c) */
    FuncSpec *outer;      /* a nested def or lambda: the specialisation whose variables it reads */
    PtrVec captures;      /* Capture*: its environment, in field order (closures) */
    bool is_closure;      /* its C function takes the function value first (nested def or lambda) */
    int nvalue_params;    /* as a value: the parameters a caller passes (the rest take their defaults) */
    bool as_value;        /* a plain function also used as a value: it gets a wrapper */
    bool is_gen;          /* a generator function: ret is Iterator[gen_yield] */
    Type *gen_yield;      /* generators: what yield produces */
    Type *gen_ret;        /* generators: what return gives (StopIteration.value, yield from) */
};

typedef struct Checked {
    Program *prog;
    TypeTable *types;
    const Options *opts;
    PtrVec specs;         /* FuncSpec*, module inits included, in creation order */
    PtrVec inits;         /* FuncSpec* of module top levels, in prog->modules order */
    PtrMap globals;       /* Symbol* -> Type* (module variables) */
    PtrMap specs_of_def;  /* FunctionDef Node* -> FuncSpec* (first) */
    PtrMap builtin_classes; /* interned name -> ClassInfo* of built-in exceptions */
    PtrMap default_types; /* non-constant default value Node* -> Type* (evaluated once, at the def) */
    PtrVec exc_classes;   /* ClassDef Node* of the program's exception classes, in definition order */
    PtrVec classes;       /* ClassData* of the program's other classes (type ids follow the exception classes') */
    PtrMap reflected;     /* BinOp Node* whose dunder is the right operand's (__radd__, ...) */
    PtrMap lambda_defs;   /* Lambda Node* -> the FunctionDef it stands for (infer_closure.c) */
    PtrMap lambda_vars;   /* Symbol* -> Lambda Node*: `name = lambda ...` bound once, called like a def */
    PtrMap dispatches;    /* FuncSpec* of a method overridden in subclasses -> Dispatch* (infer_dispatch.c) */
    PtrVec virtual_sites; /* VirtualSite*: method calls through instances, checked again once every class exists */
    PtrVec enums;         /* EnumData*: the program's IntEnum and Enum classes */
    PtrVec namedtuples;   /* NamedTupleData*: typing.NamedTuple classes and collections.namedtuple types */
} Checked;

/* A typing.NamedTuple class or a collections.namedtuple(...) type.  Its
 * values are tuples (value-type C structs); the type is a tuple type tagged
 * with the class (Type.cls), so printing, attribute names, construction and
 * _replace know the field names (infer_namedtuple.c). */
typedef struct NamedTupleData {
    Node *def;            /* ClassDef, or the Assign `P = namedtuple(...)` */
    Symbol *sym;          /* the name the type is bound to */
    Module *module;
    ClassInfo *info;      /* info->info points back here */
    Type *type;           /* TY_TUPLE tagged with info (fields open until constructed, for namedtuple()) */
    int n;                /* fields, in order */
    const char **names;
    Node **dflts;         /* each field's default (a constant); NULL when required */
} NamedTupleData;

/* split, join, strip, lstrip, rstrip, lower, upper: the text-like methods of bytes (infer_bytes_text.c). */
bool bytes_text_method(const char *name);

/* The named tuple a type is, or NULL. */
NamedTupleData *check_namedtuple_of_type(Type *t);
/* The named tuple defined by a ClassDef or an Assign node, or NULL. */
NamedTupleData *check_namedtuple_of_def(const Checked *c, const Node *def);

/* An enum.IntEnum or enum.Enum class with int values.  Its members are
 * compile-time constants: a member is its value (a machine int) and the
 * type, an int type tagged with the class (Type.cls), says which names
 * and spelling it prints with. */
typedef struct EnumData {
    Node *def;            /* ClassDef */
    Module *module;
    ClassInfo *info;      /* info->info points back here */
    Type *type;           /* the members' type */
    bool is_int;          /* IntEnum: an int everywhere an int is wanted */
    int n;                /* members, in definition order (aliases excluded) */
    const char **names;
    long long *values;
} EnumData;

/* The enum a type is (a member's type), or NULL. */
EnumData *check_enum_of_type(Type *t);
/* The enum class a name stands for (in mod), or NULL. */
EnumData *check_enum_named(const Checked *c, Module *mod, Node *name);

/* A method some subclasses override: a call through a value of the base
 * class's type picks the override of the value's run-time class. */
typedef struct Dispatch {
    FuncSpec *base;       /* the method the static type finds, for a self of that type */
    PtrVec owners;        /* ClassData*: each overriding class, deepest first */
    PtrVec specs;         /* FuncSpec*: its override, for a self of its own type */
    void *lowered;        /* lowering: the IrFunc that tests the run-time class */
} Dispatch;

/* Does `base` occur among sub's classes (sub itself included)? */
bool class_derives(const ClassData *sub, const ClassData *base);
/* The dispatcher of a method call node made in spec (its callee overridden in subclasses), or NULL. */
Dispatch *check_dispatch_of(const Checked *c, const FuncSpec *spec, const Node *call);

/* A def's parameters in order: positional-only, ordinary, keyword-only. */
typedef struct DefSig {
    int n;           /* every parameter */
    int npositional; /* those that may be given by position (the first ones) */
    int nposonly;    /* those that may not be given by keyword (the first ones) */
    Node **params;   /* their arg nodes */
    Node **defaults; /* each one's default value; NULL when it is required */
} DefSig;

void def_signature(Arena *arena, Node *def, DefSig *out);
/* A default value evaluated at each call (a literal); others are evaluated
 * once, when the def statement runs, as in CPython. */
bool default_is_constant(Node *d);

/* The program's exception class a name stands for (its ClassDef), or NULL. */
Node *check_exception_class(const Checked *c, const Module *mod, Node *name);
/* Its index in c->exc_classes (its runtime type id is KRT_T__FIRST_USER + index). */
int check_exception_class_index(const Checked *c, const Node *class_def);
/* The built-in exception class a user exception class derives from, at the root. */
const char *check_exception_root(const Checked *c, const Module *mod, Node *class_def);
/* The program's exception class with fields or methods a name stands for, or NULL (infer_exc.c). */
ClassData *check_exception_data(const Checked *c, const Module *mod, Node *name);
/* Is t the type of e.args (an exception's arguments: printed, measured with len())? */
bool check_is_exc_args(Type *t);

/* Is a @dataclass default `field(default_factory=...)` (a new container per instance)? */
bool is_default_factory(Node *d);
/* @dataclass fields in __init__ order (the bases' first), into out. */
void check_dataclass_fields(ClassData *cd, PtrVec *out, Arena *arena);

/* Inside a @classmethod spec: the class its `cls` parameter (sym) names, or NULL. */
ClassData *classmethod_cls(const Checked *c, const FuncSpec *spec, const Symbol *sym);

/* The program class a ClassDef defines, or NULL. */
ClassData *check_class_of_def(const Checked *c, const Node *class_def);
/* The field of class cd (searching its bases) named name, or NULL. */
FieldInfo *check_field(ClassData *cd, const char *name);

/* Infers and checks every type of prog; false after diagnostics. */
bool infer_program(Checked *c, Program *prog, TypeTable *types, const Options *opts);

/* The specialisation whose frame holds sym: spec, or one it is nested in. */
FuncSpec *check_owner_spec(FuncSpec *spec, const Symbol *sym);
/* Does a captured variable live in a shared cell (written by a nested
 * function, or bound more than once)? */
bool check_is_cell(const Symbol *sym);

/* The type infer_program gave expression n within spec. */
Type *check_type_of(const FuncSpec *spec, const Node *n);
/* The fields a slice with constant bounds picks from a tuple of nargs
 * fields, in order, into picked (room for nargs); their number, or -1 when
 * a bound is not a constant or the step is 0 (infer_slice.c). */
int tuple_slice_pick(const Node *slice, int nargs, int *picked);
/* The type of a variable symbol within spec (locals) or program-wide (globals). */
Type *check_symbol_type(const Checked *c, const FuncSpec *spec, const Symbol *sym);

#endif
