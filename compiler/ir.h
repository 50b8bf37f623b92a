/* ir.h — krait's typed intermediate representation.
 *
 * The IR sits between the typed AST and C.  A program is a set of functions;
 * a function is a list of basic blocks over typed temporaries; a block is a
 * list of instructions ending in one terminator.  Everything the later passes
 * reason about is explicit here:
 *
 *  - Types: every temporary has one ground, interned Type (types.h).
 *  - Exception edges: an instruction flagged IR_MAY_RAISE continues to its
 *    block's `handler` when it leaves an exception pending (the C emitter
 *    writes `if (krt_failed()) goto handler;`).  A function whose
 *    instructions cannot raise has no such edges and its callers test nothing.
 *  - Ownership: every reference-typed temporary is either owned (it holds a
 *    count that must be given back) or borrowed; IR_INCREF and IR_DECREF are
 *    instructions, inserted by the refcount pass, so escape and lifetime
 *    analysis can delete them and the budget can count them.
 *  - Storage: every allocating instruction carries an AllocSite with its
 *    storage class (constant, static, stack or heap), decided by escape.c.
 *
 * The op table below is the one list of operations: name, operand count and
 * flags.  Most library operations are calls to runtime functions described
 * by an RtFunc (C name, signature, whether it raises), which keeps the op set
 * small and the emitter generic.
 */
#ifndef KRAIT_IR_H
#define KRAIT_IR_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "fwd.h"
#include "source.h"
#include "types.h"

/* X(op, name, operands, flags) — operands is the fixed count, -1 variable */
#define IR_OP_LIST(X)                                                            \
    /* values */                                                                 \
    X(IR_CONST, "const", 0, 0)          /* dst = imm (int/float/bool/None) */    \
    X(IR_CONST_STR, "const_str", 0, 0)  /* dst = constant str (or bytes, by type) #imm.i */ \
    X(IR_MOVE, "move", 1, 0)            /* dst = a */                            \
    X(IR_GLOBAL_LOAD, "gload", 0, 0)    /* dst = global #imm.i */                \
    X(IR_GLOBAL_STORE, "gstore", 1, 0)  /* global #imm.i = a */                  \
    /* arithmetic on machine values; int ops are checked (OverflowError) */      \
    X(IR_BINOP, "binop", 2, 0)          /* dst = a <imm.binop> b */              \
    X(IR_UNOP, "unop", 1, 0)            /* dst = <imm.unop> a */                 \
    X(IR_COMPARE, "cmp", 2, 0)          /* dst:bool = a <imm.cmp> b */           \
    X(IR_CONVERT, "convert", 1, 0)      /* dst = (dst type) a: int->float, bool->int */ \
    /* calls */                                                                  \
    X(IR_CALL, "call", -1, 0)           /* dst = func(args...) (program function) */ \
    X(IR_CALL_RT, "call_rt", -1, 0)     /* dst = rtfunc(args...) (runtime) */    \
    /* value-type tuples and optional values */                                  \
    X(IR_TUPLE_MAKE, "tuple", -1, 0)    /* dst = (args...) */                    \
    X(IR_TUPLE_GET, "tuple_get", 1, 0)  /* dst = a[imm.i] */                     \
    X(IR_OPT_WRAP, "opt_wrap", 1, 0)    /* dst:Optional[T] = a:T */              \
    X(IR_OPT_NONE, "opt_none", 0, 0)    /* dst:Optional[T] = None */             \
    X(IR_OPT_IS_NONE, "opt_is_none", 1, 0) /* dst:bool = a is None */            \
    X(IR_OPT_UNWRAP, "opt_unwrap", 1, 0)   /* dst:T = a (checked not None) */    \
    /* reference counts (inserted by the refcount pass) */                       \
    X(IR_INCREF, "incref", 1, 0)                                                 \
    X(IR_DECREF, "decref", 1, 0)        /* release a (NULL-safe for references) */ \
    X(IR_CLEAR, "clear", 0, 0)          /* dst = its zero value (NULL for refs) */ \
    /* exceptions */                                                             \
    X(IR_RAISE, "raise", 1, 0)          /* pending = a (owned) */                \
    X(IR_EXC_MATCH, "exc_match", 0, 0)  /* dst:bool = pending is class imm.i */  \
    X(IR_EXC_FETCH, "exc_fetch", 0, 0)  /* dst = pending; pending = NULL */      \
    X(IR_EXC_RESTORE, "exc_restore", 1, 0) /* pending = a (re-raise) */          \
    X(IR_TRACEBACK, "traceback", 0, 0)  /* record this function at imm line */ \
    /* instances of the program's classes */                                     \
    X(IR_NEW, "new", 0, 0)              /* dst = a new instance of dst's class, fields zeroed */ \
    X(IR_FIELD_GET, "field_get", 1, 0)  /* dst = a.field (borrowed) */           \
    X(IR_FIELD_SET, "field_set", 2, 0)  /* a.field = b (b owned; the old value released before) */ \
    /* function values (lower_closure.c); IR_NEW with a callee makes a closure running it */ \
    X(IR_FN_CONST, "fn_const", 0, 0)    /* dst:Callable = the constant function object of callee */ \
    X(IR_CALL_VALUE, "call_value", -1, 0) /* dst = a0(a1, ...): a call through function value a0 */ \
    /* iterators and generators (lower_gen.c) */                                 \
    X(IR_ITER_NEXT, "iter_next", 2, 0)  /* dst:bool = iterator a produced a value into b (owned) */ \
    X(IR_GEN_RESUMED, "gen_resumed", 0, 0) /* a generator resumed here: GeneratorExit when closing */

typedef enum IrOp {
#define X(op, name, n, flags) op,
    IR_OP_LIST(X)
#undef X
        IR__OP_COUNT
} IrOp;

/* Binary operators of IR_BINOP: X(id, python spelling). */
#define IR_BINOP_LIST(X) \
    X(BIN_ADD, "+") X(BIN_SUB, "-") X(BIN_MUL, "*") X(BIN_DIV, "/")          \
    X(BIN_FLOORDIV, "//") X(BIN_MOD, "%") X(BIN_POW, "**")                   \
    X(BIN_LSHIFT, "<<") X(BIN_RSHIFT, ">>") X(BIN_AND, "&") X(BIN_OR, "|")   \
    X(BIN_XOR, "^")

typedef enum IrBinop {
#define X(id, s) id,
    IR_BINOP_LIST(X)
#undef X
} IrBinop;

#define IR_UNOP_LIST(X) X(UN_NEG, "-") X(UN_POS, "+") X(UN_INVERT, "~") X(UN_NOT, "not")

typedef enum IrUnop {
#define X(id, s) id,
    IR_UNOP_LIST(X)
#undef X
} IrUnop;

#define IR_CMP_LIST(X) \
    X(CMP_EQ, "==") X(CMP_NE, "!=") X(CMP_LT, "<") X(CMP_LE, "<=") X(CMP_GT, ">") X(CMP_GE, ">=")

typedef enum IrCmp {
#define X(id, s) id,
    IR_CMP_LIST(X)
#undef X
} IrCmp;

/* Instruction flags. */
enum {
    IR_MAY_RAISE = 1 << 0, /* may leave an exception pending: edge to handler */
    IR_OWNED = 1 << 1,     /* dst holds a counted reference the function owns */
    IR_NO_CHECK = 1 << 2,  /* int arithmetic proven not to overflow: plain C */
};

/* Storage classes (DESIGN §3). */
typedef enum StorageClass {
    STORAGE_CONSTANT,
    STORAGE_STATIC,
    STORAGE_STACK,
    STORAGE_HEAP,
} StorageClass;

/* An allocation site: one per allocating instruction.  Lowering creates it
 * (where, what); escape.c decides the storage and says why. */
typedef struct AllocSite {
    Span span;              /* the Python expression that allocates */
    const char *file;       /* its source path */
    const char *text;       /* the expression as written, shortened: "Reading(...)" */
    struct IrFunc *func;    /* the function it is in */
    StorageClass storage;
    uint32_t size;          /* bytes on the target, when known; 0 = depends on the data */
    const char *why;        /* heap: why it escapes ("returned from f at app.py:40") */
    bool in_loop;           /* executed more than once per call */
    bool reuse_dead;        /* stack, in a loop: the previous object is dead when it runs again */
    bool scratch;           /* stack: a statement temporary on the scratch stack (runtime/scratch.c) */
    int slot;               /* stack: the frame slot (krt_slotN); static: the block (krt_staticN) */
    bool caller_slot;       /* a returned instance: made in the slot its caller offers (krt_ret_slot), if any */
    bool local_temp;        /* heap: no reference leaves the function that makes it */
} AllocSite;

/* A runtime function the IR calls: C name and signature. */
typedef struct RtFunc {
    const char *c_name;     /* "krt_str_concat" */
    Type *ret;              /* NULL: void */
    int nparams;
    Type **params;
    bool may_raise;
    bool returns_owned;     /* result is a new reference */
} RtFunc;

typedef struct IrFunc IrFunc;
typedef struct IrBlock IrBlock;

/* A Python module: one C file and one header. */
typedef struct IrModule {
    const char *name;       /* dotted Python name: "app", "drivers.imu" */
    const char *c_prefix;   /* "app", "drivers_imu" */
    const char *path;       /* source path */
    IrFunc *init;           /* the module's top level */
    IrFunc *fini;           /* releases what the module's globals hold */
} IrModule;

/* A typed temporary: a Python local, a parameter, or an intermediate value. */
typedef struct IrTemp {
    int id;
    Type *type;
    const char *name;       /* Python name for locals and params; NULL otherwise */
    bool is_param;
} IrTemp;

typedef union IrImm {
    int64_t i;
    double f;
    bool b;
    IrBinop binop;
    IrUnop unop;
    IrCmp cmp;
} IrImm;

typedef struct IrInstr {
    IrOp op;
    uint16_t flags;         /* IR_MAY_RAISE, IR_OWNED */
    uint32_t line;          /* Python source line (tracebacks, #line) */
    IrTemp *dst;            /* NULL when the op yields nothing */
    int nargs;
    IrTemp **args;
    IrImm imm;
    IrFunc *callee;         /* IR_CALL */
    const RtFunc *rt;       /* IR_CALL_RT */
    AllocSite *site;        /* allocating instructions */
    const char *field;      /* IR_FIELD_GET/SET: the field's Python name */
} IrInstr;

typedef enum IrTermKind {
    TERM_NONE,              /* block not finished (never after lowering) */
    TERM_JUMP,              /* goto target */
    TERM_BRANCH,            /* if (cond) goto target else goto other */
    TERM_RETURN,            /* return value (NULL for None/void) */
    TERM_UNWIND,            /* leave with the pending exception */
    TERM_YIELD,             /* generators: hand out value (owned), resume at target */
    TERM_UNREACHABLE,
} IrTermKind;

typedef struct IrTerm {
    IrTermKind kind;
    IrTemp *value;          /* BRANCH: condition; RETURN: result */
    IrBlock *target;
    IrBlock *other;
    uint32_t line;
} IrTerm;

struct IrBlock {
    int id;
    PtrVec instrs;          /* IrInstr* */
    IrTerm term;
    IrBlock *handler;       /* where IR_MAY_RAISE instructions go on failure */
};

struct IrFunc {
    IrModule *module;
    const char *name;       /* Python qualified name: "read_sensor" */
    const char *c_name;     /* mangled: "app__read_sensor" */
    const char *file;       /* source path for tracebacks */
    Span span;
    Type *ret;              /* None's type for procedures */
    PtrVec params;          /* IrTemp* */
    PtrVec temps;           /* IrTemp*, params included */
    PtrVec blocks;          /* IrBlock*; blocks.items[0] is the entry */
    bool may_raise;         /* some path leaves an exception pending */
    bool exported;          /* @export or main */
    bool is_module_init;    /* a module's top level: runs once */
    bool recursive;         /* on a cycle of the call graph: has a depth guard (effects.c) */
    PtrVec stack_sites;     /* AllocSite* placed on this function's stack (escape.c) */
    bool value_object;      /* a constant function object (<c_name>_obj) runs it: it takes the value first */
    bool is_generator;      /* a generator function: the blocks are its resume function (emit_gen.c) */
    Type *gen_ret;          /* generators: the type of what return gives */
    const char *ret_slot_struct; /* returns fresh instances of this struct: takes a caller's slot (escape.c) */
};

/* A module-level variable. */
typedef struct IrGlobal {
    IrModule *module;
    int id;
    const char *name;       /* Python name */
    const char *c_name;
    Type *type;
} IrGlobal;

/* A str constant in rodata. */
typedef struct IrStrConst {
    int id;
    const char *data;
    uint32_t len;
    uint32_t nchars;
    bool as_bytes;          /* also emitted as a KrtBytes constant (krt_bN) */
} IrStrConst;

/* A class of the program, with its runtime type id KRT_T__FIRST_USER + index. */
typedef struct IrClass {
    const char *name;       /* as an uncaught exception prints it: "SensorError", "drivers.BusError" */
    int base_id;            /* runtime type id of its base class */
    bool is_exception;      /* instances are KrtExc */
    bool exc_struct;        /* an exception class with fields: a KrtExc, then the fields (lower_exc.c) */
    IrFunc *str_func;       /* exc_struct: its __str__, the runtime's str hook; NULL */
    ClassInfo *cls;         /* plain classes: the type's class (cls->c_name names the struct) */
    int nfields;            /* plain classes: the fields, in struct order */
    const char **field_names;
    Type **field_types;
    bool is_closure;        /* a closure's environment: a KrtFn (its code pointer) before the fields */
    IrFunc *lt_func;        /* plain classes sorted in lists: a < b (__lt__, or a dataclass's fields) */
    bool keyed;             /* instances are dict keys or set members: an element descriptor "<class>__key" */
    IrFunc *hash_func;      /* keyed: hash(x) (__hash__, or a frozen dataclass's fields); NULL: identity */
    IrFunc *eq_func;        /* keyed: x == y (__eq__, or a dataclass's fields); NULL: identity */
    IrFunc *next_func;      /* instances are iterators: __next__, wrapped as "<class>__iter_new" */
    bool gc_tracked;        /* instances can lie on a reference cycle: the collector tracks them (cycles.c) */
    bool weak_target;       /* instances may be weakly referenced: the drop function forgets them first */
} IrClass;

typedef struct IrProgram {
    Arena *arena;
    TypeTable *types;
    PtrVec funcs;           /* IrFunc* */
    PtrVec globals;         /* IrGlobal* */
    PtrVec strs;            /* IrStrConst* */
    PtrVec modules;         /* IrModule*, in initialisation order */
    PtrVec classes;         /* IrClass*, by type id - KRT_T__FIRST_USER */
    IrModule *main;         /* the module named on the command line */
    PtrVec sites;           /* AllocSite*, in lowering order */
    int nstatic_sites;      /* static sites (emit_c names their blocks krt_staticN) */
    bool may_cycle;         /* the classes allow a reference cycle (cycles.c) */
} IrProgram;

/* Building. */
IrProgram *ir_program_new(Arena *arena, TypeTable *types);
IrModule *ir_module_new(IrProgram *prog, const char *name, const char *c_prefix, const char *path);
IrFunc *ir_func_new(IrProgram *prog, IrModule *mod, const char *name, const char *c_name, Type *ret);
IrTemp *ir_temp_new(IrFunc *fn, IrProgram *prog, Type *type, const char *name);
IrTemp *ir_param_new(IrFunc *fn, IrProgram *prog, Type *type, const char *name);
IrBlock *ir_block_new(IrFunc *fn, IrProgram *prog);
IrInstr *ir_emit(IrProgram *prog, IrBlock *b, IrOp op, IrTemp *dst, int nargs, IrTemp **args);
IrGlobal *ir_global_new(IrProgram *prog, IrModule *mod, const char *name, const char *c_name, Type *type);
/* The constant for these bytes (deduplicated). */
IrStrConst *ir_str_const(IrProgram *prog, const char *data, uint32_t len);

void ir_jump(IrBlock *b, IrBlock *target);
void ir_branch(IrBlock *b, IrTemp *cond, IrBlock *then_block, IrBlock *else_block);
void ir_return(IrBlock *b, IrTemp *value);

const char *ir_op_name(IrOp op);
/* Text form for tests and `krait dump-ir`. */
void ir_dump(FILE *out, const IrProgram *prog);

#endif
