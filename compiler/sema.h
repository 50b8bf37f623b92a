/* sema.h — the program as the checker sees it: modules, scopes, symbols.
 *
 * program.c loads the modules a program imports (each parsed by parse.c);
 * resolve.c then builds, for each module, the tree of scopes (module,
 * function, lambda, class, comprehension) and binds every Name to the
 * Symbol it means, following Python's rules: a name bound anywhere in a
 * function is local to it unless declared global or nonlocal; a free name is
 * looked up in the enclosing functions (class bodies skipped), then the
 * module, then the builtins.  Resolution also reports the errors CPython
 * raises at compile time from its symbol table ('return' outside function,
 * nonlocal without binding, ...) and those of names krait knows and refuses
 * (eval, exec, globals, ...).
 *
 * The AST is not modified: Names map to Symbols through Module.names.
 */
#ifndef KRAIT_SEMA_H
#define KRAIT_SEMA_H

#include <stdbool.h>

#include "arena.h"
#include "ast.h"
#include "builtins.h"
#include "ptrmap.h"

typedef struct Scope Scope;
typedef struct Module Module;

typedef enum SymbolKind {
    SYM_VAR,      /* a variable: module global, local, or class attribute */
    SYM_PARAM,    /* a function parameter */
    SYM_FUNC,     /* bound by a def (it may also be rebound like a variable) */
    SYM_CLASS,    /* bound by a class statement */
    SYM_MODULE,   /* bound by import */
    SYM_IMPORTED, /* bound by from-import: `target` is the symbol it names */
    SYM_BUILTIN,  /* print, len, ValueError, ... */
} SymbolKind;

typedef struct Symbol Symbol;
struct Symbol {
    const char *name;
    SymbolKind kind;
    Scope *scope;          /* the scope that owns it (NULL for builtins) */
    Node *decl;            /* first binding: Name, FunctionDef, ClassDef, arg, alias, ... */
    int bindings;          /* how many places bind it */
    bool bound_in_loop;    /* some binding runs once per iteration of a loop */
    bool captured;         /* read or written by a nested function: lives in a cell */
    bool written_by_inner; /* a nested function assigns it (nonlocal/global) */
    const Builtin *builtin;/* SYM_BUILTIN */
    Module *module;        /* SYM_MODULE: the module; SYM_IMPORTED: where target lives */
    Symbol *target;        /* SYM_IMPORTED */
    int index;             /* position in scope->symbols */
};

typedef enum ScopeKind {
    SCOPE_MODULE,
    SCOPE_FUNCTION,       /* def and lambda */
    SCOPE_CLASS,
    SCOPE_COMPREHENSION,  /* list/set/dict comprehensions and generator expressions */
} ScopeKind;

struct Scope {
    ScopeKind kind;
    Scope *parent;
    Node *node;            /* Module, FunctionDef, Lambda, ClassDef, ListComp, ... */
    Module *module;
    const char *name;      /* qualified: "Sensor.read", "main.<locals>.helper" */
    PtrVec symbols;        /* Symbol*, in order of first binding */
    PtrVec children;       /* Scope* */
    PtrMap by_name;        /* interned name -> Symbol* */
    bool is_generator;     /* contains yield */
    bool has_free;         /* reads variables of enclosing functions (a closure) */
    bool inlined;          /* a lambda krait expands where it is used (key=): its
                              variables live in the enclosing function's frame */
};

typedef enum ModuleState { MODULE_LOADING, MODULE_LOADED } ModuleState;

struct Module {
    const char *name;      /* dotted: "app", "drivers.imu" */
    const char *c_prefix;  /* for C names: "app", "drivers_imu" */
    const char *path;      /* file it was read from; NULL for krait's built-in modules */
    Source src;
    Node *ast;             /* Module node; NULL for built-in modules */
    Scope *scope;          /* module scope after resolve */
    PtrMap names;          /* Name node -> Symbol* (after resolve) */
    PtrMap scopes;         /* FunctionDef/Lambda/ClassDef/comprehension node -> Scope* */
    ModuleState state;
    bool is_builtin;       /* sys, typing, ...: provided by krait */
    Node *import_site;     /* where it was first imported (for cycle messages) */
    Module *imported_from;
};

typedef struct Program {
    Arena *arena;
    Diag *diag;
    PtrVec modules;        /* Module*, dependencies before dependants */
    Module *main;
    const char *const *search_dirs;
    int search_dir_count;
    PtrMap interned;       /* unused slot kept for symmetry; names use sema_intern */
} Program;

/* Interns a name: equal strings give the same pointer (scope tables key on it). */
const char *sema_intern(Program *prog, const char *name);

/* Loads the main module and everything it imports (program.c); false after
 * diagnostics (unreadable files, syntax errors, unknown modules, cycles). */
bool program_load(Program *prog, const char *main_path);

/* Resolves every module of prog (resolve.c); false after diagnostics. */
bool resolve_program(Program *prog);

/* The absolute module name an ImportFrom node names (`from .x import y` in
 * pkg.sub.mod is pkg.sub.x); NULL when a relative import climbs too far (the
 * loader reported it). */
const char *sema_import_name(Program *prog, const Module *mod, const Node *import_from);

/* The module an expression names: `m` (import m) or `pkg.sub.m` (import
 * pkg.sub.m, a chain of submodules); NULL when it names something else. */
Module *sema_module_of_expr(Program *prog, const Module *mod, const Node *n);

/* Lookups for later stages. */
Symbol *sema_symbol_of(const Module *mod, const Node *name_node);
Scope *sema_scope_of(const Module *mod, const Node *def_node);

#endif
