/* krait/krt.h — the runtime surface generated code and firmware see.
 *
 * Conventions every piece of the runtime and every generated file follow:
 *
 *  Values.  int is krt_int (64-bit, or 32-bit with KRT_INT_BITS=32), float is
 *  krt_float (double, or float with KRT_FLOAT_BITS=32), bool is bool.  They
 *  are never boxed.  Everything else is a reference to an object that starts
 *  with a KrtObject header.
 *
 *  Objects.  The header is 4 bytes: a 16-bit reference count and a 16-bit
 *  type id (the runtime's built-in types first, then the program's classes,
 *  see krt_type()).  A count
 *  of KRT_RC_IMMORTAL marks constants and static objects: incref and decref
 *  leave them alone, and the runtime never frees them.  A count that would
 *  overflow saturates to immortal (the object then leaks instead of being
 *  freed early).
 *
 *  Exceptions propagate by status, never by longjmp.  A function that can
 *  raise sets krt_exc_pending (taking ownership of the exception object) and
 *  returns any value; its caller tests krt_exc_pending right after the call
 *  and jumps to its handler or cleanup.  Functions the compiler proves cannot
 *  raise carry no test.
 *
 *  Memory.  krt_alloc returns NULL after setting a pending MemoryError (a
 *  preallocated one: raising it allocates nothing).  Objects are freed when
 *  their count drops to zero; the type's drop function releases what they
 *  reference.
 *
 *  Output.  All program output goes through krt_port_write; panics through
 *  krt_port_panic.  The firmware provides these (the host build has defaults).
 */
#ifndef KRAIT_KRT_H
#define KRAIT_KRT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifndef KRT_INT_BITS
#define KRT_INT_BITS 64
#endif
#ifndef KRT_FLOAT_BITS
#define KRT_FLOAT_BITS 64
#endif

#if KRT_INT_BITS == 64
typedef int64_t krt_int;
typedef uint64_t krt_uint;
#define KRT_INT_MIN INT64_MIN
#define KRT_INT_MAX INT64_MAX
#elif KRT_INT_BITS == 32
typedef int32_t krt_int;
typedef uint32_t krt_uint;
#define KRT_INT_MIN INT32_MIN
#define KRT_INT_MAX INT32_MAX
#else
#error "KRT_INT_BITS must be 32 or 64"
#endif

#if KRT_FLOAT_BITS == 64
typedef double krt_float;
#elif KRT_FLOAT_BITS == 32
typedef float krt_float;
#else
#error "KRT_FLOAT_BITS must be 32 or 64"
#endif

#if defined(__GNUC__)
#define KRT_LIKELY(x) __builtin_expect(!!(x), 1)
#define KRT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define KRT_NORETURN __attribute__((noreturn))
#else
#define KRT_LIKELY(x) (x)
#define KRT_UNLIKELY(x) (x)
#define KRT_NORETURN
#endif

/* ---- port hooks: the firmware provides these --------------------------- */

void krt_port_write(const char *data, size_t len);  /* program output (print)        */
uint64_t krt_port_ticks_us(void);                    /* monotonic microseconds         */
KRT_NORETURN void krt_port_panic(const char *msg);   /* unrecoverable; never returns   */

/* ---- objects ------------------------------------------------------------ */

typedef uint16_t krt_rc;
#define KRT_RC_IMMORTAL ((krt_rc)0xFFFF)

typedef struct KrtObject {
    krt_rc rc;       /* references; KRT_RC_IMMORTAL for constants and statics */
    uint16_t type;   /* type id: see krt_type() */
} KrtObject;

typedef void (*KrtDropFn)(KrtObject *obj);
/* The cycle collector (runtime/gc.c) walks objects through these: a
 * type's traverse calls visit once for each object reference it holds
 * (NULL references skipped). */
typedef void (*KrtVisitFn)(KrtObject *child, void *ctx);
typedef void (*KrtTraverseFn)(KrtObject *obj, KrtVisitFn visit, void *ctx);

/* What the runtime knows of a type (built-in or a program's class). */
typedef struct KrtType {
    const char *name;      /* Python name, e.g. "ValueError", "Sensor" */
    uint16_t base;         /* type id of the base class; itself for roots */
    uint16_t flags;        /* KRT_TYPE_* */
    uint32_t size;         /* bytes of an instance (header included); 0 when
                              instances vary in size (str): drop frees them */
    KrtDropFn drop;        /* releases what the object references; NULL if nothing */
    KrtTraverseFn traverse; /* visits what it references, for the cycle collector;
                               NULL: the collector treats it as a leaf */
} KrtType;

enum {
    KRT_TYPE_EXCEPTION = 1 << 0, /* derives from BaseException */
    KRT_TYPE_EXC_STR = 1 << 1,   /* a KrtExcType: the class (or a base) defines __str__ */
    KRT_TYPE_GC = 1 << 2,        /* instances can lie on a reference cycle: on the heap
                                    they carry a KrtGcHead and the collector tracks them */
};

/* Built-in types: X(id, Python name, base id).  Exception classes follow
 * CPython's hierarchy and close the list (every id from KRT_T_BASE_EXCEPTION
 * on is an exception class); a program's classes get ids from
 * KRT_T__FIRST_USER on. */
#define KRT_BUILTIN_TYPES(X)                                          \
    X(KRT_T_OBJECT, "object", KRT_T_OBJECT)                           \
    X(KRT_T_STR, "str", KRT_T_OBJECT)                                 \
    X(KRT_T_BYTES, "bytes", KRT_T_OBJECT)                             \
    X(KRT_T_BYTEARRAY, "bytearray", KRT_T_OBJECT)                     \
    X(KRT_T_LIST, "list", KRT_T_OBJECT)                               \
    X(KRT_T_DICT, "dict", KRT_T_OBJECT)                               \
    X(KRT_T_SET, "set", KRT_T_OBJECT)                                 \
    X(KRT_T_FROZENSET, "frozenset", KRT_T_OBJECT)                     \
    X(KRT_T_BOX, "tuple", KRT_T_OBJECT)                               \
    X(KRT_T_CELL, "cell", KRT_T_OBJECT)                               \
    X(KRT_T_FUNCTION, "function", KRT_T_OBJECT)                       \
    X(KRT_T_GENERATOR, "generator", KRT_T_OBJECT)                     \
    X(KRT_T_WEAKREF, "weakref.ReferenceType", KRT_T_OBJECT)           \
    X(KRT_T_BASE_EXCEPTION, "BaseException", KRT_T_OBJECT)            \
    X(KRT_T_SYSTEM_EXIT, "SystemExit", KRT_T_BASE_EXCEPTION)          \
    X(KRT_T_KEYBOARD_INTERRUPT, "KeyboardInterrupt", KRT_T_BASE_EXCEPTION) \
    X(KRT_T_GENERATOR_EXIT, "GeneratorExit", KRT_T_BASE_EXCEPTION)    \
    X(KRT_T_EXCEPTION, "Exception", KRT_T_BASE_EXCEPTION)             \
    X(KRT_T_ARITHMETIC_ERROR, "ArithmeticError", KRT_T_EXCEPTION)     \
    X(KRT_T_ZERO_DIVISION_ERROR, "ZeroDivisionError", KRT_T_ARITHMETIC_ERROR) \
    X(KRT_T_OVERFLOW_ERROR, "OverflowError", KRT_T_ARITHMETIC_ERROR)  \
    X(KRT_T_ASSERTION_ERROR, "AssertionError", KRT_T_EXCEPTION)       \
    X(KRT_T_ATTRIBUTE_ERROR, "AttributeError", KRT_T_EXCEPTION)       \
    X(KRT_T_LOOKUP_ERROR, "LookupError", KRT_T_EXCEPTION)             \
    X(KRT_T_INDEX_ERROR, "IndexError", KRT_T_LOOKUP_ERROR)            \
    X(KRT_T_KEY_ERROR, "KeyError", KRT_T_LOOKUP_ERROR)                \
    X(KRT_T_MEMORY_ERROR, "MemoryError", KRT_T_EXCEPTION)             \
    X(KRT_T_NAME_ERROR, "NameError", KRT_T_EXCEPTION)                 \
    X(KRT_T_UNBOUND_LOCAL_ERROR, "UnboundLocalError", KRT_T_NAME_ERROR) \
    X(KRT_T_RUNTIME_ERROR, "RuntimeError", KRT_T_EXCEPTION)           \
    X(KRT_T_NOT_IMPLEMENTED_ERROR, "NotImplementedError", KRT_T_RUNTIME_ERROR) \
    X(KRT_T_RECURSION_ERROR, "RecursionError", KRT_T_RUNTIME_ERROR)   \
    X(KRT_T_STOP_ITERATION, "StopIteration", KRT_T_EXCEPTION)         \
    X(KRT_T_TYPE_ERROR, "TypeError", KRT_T_EXCEPTION)                 \
    X(KRT_T_VALUE_ERROR, "ValueError", KRT_T_EXCEPTION)               \
    X(KRT_T_UNICODE_ERROR, "UnicodeError", KRT_T_VALUE_ERROR)         \
    X(KRT_T_UNICODE_DECODE_ERROR, "UnicodeDecodeError", KRT_T_UNICODE_ERROR) \
    X(KRT_T_UNICODE_ENCODE_ERROR, "UnicodeEncodeError", KRT_T_UNICODE_ERROR) \
    X(KRT_T_OS_ERROR, "OSError", KRT_T_EXCEPTION)                     \
    X(KRT_T_TIMEOUT_ERROR, "TimeoutError", KRT_T_OS_ERROR)            \
    X(KRT_T_STRUCT_ERROR, "struct.error", KRT_T_EXCEPTION)

typedef enum KrtBuiltinType {
#define X(id, name, base) id,
    KRT_BUILTIN_TYPES(X)
#undef X
    KRT_T__FIRST_USER
} KrtBuiltinType;

/* The program's own classes (generated code defines these; ids start at
 * KRT_T__FIRST_USER).  A program without classes defines a count of 0. */
extern const KrtType *const krt_program_types[];
extern const uint16_t krt_program_type_count;

/* Descriptor of any type id, built-in or the program's. */
const KrtType *krt_type(uint16_t id);

/* With -DKRT_COUNT_RC=1 every count operation executed is counted, and
 * krt_fini prints the total (how the compiler's refcount elision is
 * measured). */
#ifndef KRT_COUNT_RC
#define KRT_COUNT_RC 0
#endif
#if KRT_COUNT_RC
extern uint64_t krt_rc_ops;
#define KRT_COUNT_RC_OP() (krt_rc_ops++)
#else
#define KRT_COUNT_RC_OP() ((void)0)
#endif

static inline void krt_incref(KrtObject *o) {
    KRT_COUNT_RC_OP();
    if (o->rc != KRT_RC_IMMORTAL) o->rc++;
}

/* Count reached zero: drop and free.  Nested releases (a list of lists of
 * lists, a long linked chain) are queued past a small depth instead of
 * recursing, so freeing a deep structure uses bounded stack. */
void krt_release(KrtObject *o);

static inline void krt_decref(KrtObject *o) {
    KRT_COUNT_RC_OP();
    if (o->rc != KRT_RC_IMMORTAL && --o->rc == 0) krt_release(o);
}

static inline void krt_xincref(KrtObject *o) {
    if (o) krt_incref(o);
}

static inline void krt_xdecref(KrtObject *o) {
    if (o) krt_decref(o);
}

/* Is an instance of type id `type` also an instance of `cls` (subclass test)? */
bool krt_type_is_subtype(uint16_t type, uint16_t cls);

/* == of two float fields of tuples: CPython compares a tuple's items by
 * identity first, so (x, 1) == (x, 1) holds even for a NaN x.  Unboxed
 * floats have no identity; identical bits stand in for it. */
static inline bool krt_float_same(krt_float a, krt_float b) {
    return a == b || (a != a && b != b && memcmp(&a, &b, sizeof a) == 0);
}

/* isinstance(o, cls) for an object (NULL is an instance of nothing). */
static inline bool krt_isinstance(const void *o, krt_int cls) {
    return o && krt_type_is_subtype(((const KrtObject *)o)->type, (uint16_t)cls);
}

/* Is o's run-time class exactly cls?  (Virtual dispatch: lower_dispatch.c.) */
static inline bool krt_is_type(const void *o, krt_int cls) {
    return o && ((const KrtObject *)o)->type == (uint16_t)cls;
}

/* ---- heap --------------------------------------------------------------- */

/* A block of size bytes for an object of type `type`, with rc 1; NULL and a
 * pending MemoryError when the heap cannot serve it. */
void *krt_alloc_object(size_t size, uint16_t type);
/* Objects in a function's C frame (the compiler proved no reference to them
 * outlives it).  Such an object counts references from KRT_RC_STACK up, so
 * its count never reaches zero and nothing frees it; a slot whose count is
 * back at KRT_RC_STACK holds a dead object and may be reused. */
#define KRT_RC_STACK ((krt_rc)0x8000)
/* slot (zeroed header before first use) as a fresh object of `type` with
 * its fields zeroed; while the slot's previous object is still referenced,
 * a heap block instead (NULL and MemoryError if that fails). */
void *krt_stack_object(KrtObject *slot, size_t size, uint16_t type);
/* Inline: the common case, a slot free or holding a dead object, costs a
 * few stores; the rest is krt_stack_object.  has_drop: the type has a drop
 * function (a constant where the compiler knows the class). */
void krt_stack_drop(KrtObject *slot);
static inline void *krt_stack_object_fast(KrtObject *slot, size_t size, uint16_t type, bool has_drop) {
    if (KRT_UNLIKELY(slot->rc != 0 && slot->rc != KRT_RC_STACK)) return krt_stack_object(slot, size, type);
    if (has_drop && slot->rc == KRT_RC_STACK) krt_stack_drop(slot); /* the last object releases its fields */
    slot->rc = (krt_rc)(KRT_RC_STACK + 1);
    slot->type = type;
    memset((char *)slot + sizeof(KrtObject), 0, size - sizeof(KrtObject));
    return slot;
}
/* slot as a fresh object even though its previous object still has
 * holders: the compiler proved they are all dead (only released from now
 * on), so their releases count down the new object instead.  Never fails. */
void *krt_stack_object_reuse(KrtObject *slot, size_t size, uint16_t type);
/* The frame ends: the slot's object releases its fields.  A reference still
 * held is a compiler bug and panics rather than leave a dangling pointer. */
void krt_stack_end(KrtObject *slot);
/* The same for a frame with several slots (an object in one may hold one in
 * another): every slot's object first releases its fields, then each is
 * checked. */
void krt_stack_release(KrtObject *slot);
void krt_stack_leave(KrtObject *slot);
/* A returned instance (escape.c: it escapes only by being returned): in
 * the slot the caller offers (as krt_stack_object), or on the heap when the
 * caller offers none (slot NULL).  Zeroed fields; NULL after MemoryError. */
/* A caller whose slot's previous object is dead (its holders are only
 * released from now on) lends the slot as free for the call and, after it,
 * counts those holders on whatever the slot then holds, the callee's new
 * object or the old one. */
static inline krt_rc krt_slot_lend(KrtObject *slot) {
    krt_rc holders = slot->rc > KRT_RC_STACK ? (krt_rc)(slot->rc - KRT_RC_STACK) : 0;
    if (holders) slot->rc = KRT_RC_STACK;
    return holders;
}
static inline void krt_slot_settle(KrtObject *slot, krt_rc holders) {
    slot->rc = (krt_rc)(slot->rc + holders);
}
void *krt_ret_object_heap(size_t size, uint16_t type);
static inline void *krt_ret_object(KrtObject *slot, size_t size, uint16_t type, bool has_drop) {
    return slot ? krt_stack_object_fast(slot, size, type, has_drop) : krt_ret_object_heap(size, type);
}
/* A module's top level makes some objects exactly once: they live in static
 * blocks, immortal (no count), with zeroed fields; the module's fini
 * releases their fields (krt_static_end). */
void *krt_static_object(KrtObject *block, size_t size, uint16_t type);
void krt_static_end(KrtObject *block);
/* The scratch stack (runtime/scratch.c): while krt_scratch_mode is set
 * (generated code sets it around one runtime call whose result the compiler
 * proved a statement temporary), krt_alloc serves blocks from a small
 * static LIFO region, falling back to the heap when it is full; krt_free
 * and krt_realloc recognise its blocks. */
/* Bytes of .bss (256 on 32-bit targets, 512 on 64-bit hosts, whose str
 * headers are twice as big); 0: no scratch stack. */
#ifndef KRT_SCRATCH_SIZE
#define KRT_SCRATCH_SIZE (64 * sizeof(void *))
#endif
extern bool krt_scratch_mode;
bool krt_scratch_owns(const void *block);
void *krt_scratch_alloc(size_t size);
void krt_scratch_free(void *block);
size_t krt_scratch_in_use(void);
/* Raw storage (container payloads); NULL and MemoryError on failure. */
void *krt_alloc(size_t size);
void *krt_realloc(void *block, size_t old_size, size_t new_size);
void krt_free(void *block, size_t size);

typedef struct KrtHeapStats {
    size_t in_use;        /* bytes in live blocks */
    size_t peak;          /* highest in_use so far */
    size_t arena_size;    /* 0 when the heap is the system malloc */
    size_t largest_free;  /* largest block that could be allocated now
                             (SIZE_MAX for malloc: it cannot tell) */
    size_t free_total;    /* free bytes in the arena, in pieces of any size
                             (SIZE_MAX for malloc); 1 - largest_free /
                             free_total is the fragmentation */
    uint32_t live_blocks;
    uint32_t allocations; /* since start */
} KrtHeapStats;

void krt_heap_stats(KrtHeapStats *out);

/* Prints the heap statistics to program output, like MicroPython's
 * micropython.mem_info().  With the arena (-DKRT_HEAP_SIZE=8192):
 *     heap: total: 8192, used: 1240, free: 6952
 *      in use: 912 in 14 blocks, peak: 2100, allocations: 381
 *      max free sz: 6464, fragmentation: 7%
 * total is the arena; used + free = total, where used counts what live
 * blocks take with their rounding and headers; "in use" is the bytes the
 * program asked for; max free sz is the largest block allocatable now;
 * fragmentation is 100 * (1 - max free sz / free), rounded down.  With the
 * system malloc the first line is "heap: system malloc" and the third is
 * left out. */
void krt_mem_info(void);
/* gc.mem_alloc(): bytes of the heap taken (arena: total - free; malloc: the
 * bytes in use).  gc.mem_free(): bytes free in the arena (-1 with malloc,
 * which cannot tell). */
krt_int krt_gc_mem_alloc(void);
krt_int krt_gc_mem_free(void);
/* gc.collect(): the unreachable objects freed.  Reference counting frees
 * every object not on a cycle as soon as it is dropped; a program whose
 * classes allow cycles installs the cycle collector (runtime/gc.c) with
 * krt_gc_install() at start-up, and then this runs it and returns how many
 * objects it freed (0 without a collector).  The collector also runs when
 * an allocation fails, before MemoryError, unless gc.disable() was called
 * (gc.enable() / gc.isenabled() as in CPython and MicroPython). */
krt_int krt_gc_collect(void);
void krt_gc_enable(void);
void krt_gc_disable(void);
bool krt_gc_isenabled(void);
void krt_gc_install(void);

/* ---- weak references (runtime/weakref.c) -------------------------------- */

/* weakref.ref(x): refers to x without counting, and answers None once x
 * has died.  An object has at most one (weakref.ref(x) is weakref.ref(x),
 * as in CPython); the live ones form a list that the drop function of a
 * class whose instances are weakly referenced walks (krt_weakref_forget),
 * so their cost is paid only by programs and classes that use them. */
typedef struct KrtWeakRef {
    KrtObject h;
    KrtObject *target; /* NULL once it died */
    struct KrtWeakRef *prev, *next;
} KrtWeakRef;

/* weakref.ref(target): a new reference; NULL and MemoryError on failure. */
KrtWeakRef *krt_weakref_new(void *target);
/* w(): a new reference to the target, or NULL (None) once it died. */
static inline void *krt_weakref_get(KrtWeakRef *w) {
    if (w->target) krt_incref(w->target);
    return w->target;
}
/* target is dying: its weak reference, if any, answers None from now on. */
void krt_weakref_forget(KrtObject *target);

/* ---- exceptions --------------------------------------------------------- */

typedef struct KrtStr KrtStr;
typedef struct KrtList KrtList;

/* An exception instance.  Program exception classes extend it (their structs
 * start with a KrtExc). */
typedef struct KrtExc {
    KrtObject h;
    KrtStr *msg;             /* str(e): the single argument, or the formatted
                                args tuple; NULL when raised without arguments */
    struct KrtExc *cause;    /* raise ... from cause */
    struct KrtExc *context;  /* the exception being handled when this was raised */
    krt_int code;            /* SystemExit: the exit status */
    KrtStr *args;            /* repr of e.args, "('a', 2)"; NULL: (msg,) or () (runtime/exc_args.c) */
    krt_int nargs;           /* len(e.args) when args is set */
} KrtExc;

/* The descriptor of a program exception class that has a __str__ (flag
 * KRT_TYPE_EXC_STR): str(e), print(e) and the uncaught report call it. */
typedef struct KrtExcType {
    KrtType t;
    KrtStr *(*str)(KrtExc *e); /* a new reference; NULL with an exception pending */
} KrtExcType;

/* Arguments of exceptions (runtime/exc_args.c).  T(a), T(a, b), T(): nargs
 * values; msg is str(a) for one, inner the reprs joined by ", " ("'x', 2"),
 * both borrowed (NULL when nargs is 0). */
KrtExc *krt_exc_new_args(krt_int type, krt_int nargs, KrtStr *msg, KrtStr *inner);
/* super().__init__(args...) in a program exception class: sets e's args. */
void krt_exc_init_args(KrtExc *e, krt_int nargs, KrtStr *msg, KrtStr *inner);
KrtStr *krt_exc_args_repr(KrtExc *e);  /* repr(e.args), a new reference */
krt_int krt_exc_args_len(KrtExc *e);   /* len(e.args) */
KrtExc *krt_exc_cause(KrtExc *e);      /* e.__cause__: a new reference, NULL for None */
KrtExc *krt_exc_context(KrtExc *e);    /* e.__context__: a new reference, NULL for None */
/* raise exc from cause (cause borrowed, NULL: from None) as generated code
 * calls it: takes exc; NULL exc (its creation failed) does nothing. */
void krt_raise_exc_from(KrtExc *exc, KrtExc *cause);

/* The exception being propagated, owned by the runtime; NULL when none. */
extern KrtExc *krt_exc_pending;

static inline bool krt_failed(void) {
    return KRT_UNLIKELY(krt_exc_pending != NULL);
}

/* Raises exc (takes the reference).  Sets its context to the exception being
 * handled, if any, and starts a fresh traceback. */
void krt_raise(KrtExc *exc);
/* Creates and raises an exception of built-in or program type id `type` with
 * message msg (a C string copied into a str; NULL for no message).  Failing
 * to allocate raises MemoryError instead. */
void krt_raise_msg(uint16_t type, const char *msg);
/* printf-style message. */
void krt_raise_fmt(uint16_t type, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Raises the preallocated MemoryError (allocates nothing). */
void krt_raise_memory_error(void);
/* A new exception instance of type `type` (NULL + MemoryError on failure);
 * msg is borrowed (the instance takes its own reference). */
KrtExc *krt_exc_new(uint16_t type, KrtStr *msg);
/* Does the pending exception match class `type` (or a subclass)? */
bool krt_exc_matches(uint16_t type);
/* Takes the pending exception (for `except ... as e`); pending becomes NULL. */
KrtExc *krt_exc_fetch(void);
/* `raise exc from cause`: takes exc, borrows cause; cause NULL is
 * `raise exc from None` (no context is recorded). */
void krt_raise_from(KrtExc *exc, KrtExc *cause);
/* Bare `raise` inside an except clause: raises the exception being handled
 * again (RuntimeError "No active exception to reraise" outside one). */
void krt_reraise(void);
/* An except clause starts handling exc (the reference stays with the
 * clause's variable): exceptions raised until krt_exc_end_handling get exc
 * as their __context__.  Returns the previously handled exception, to be
 * passed to krt_exc_end_handling when the clause ends, normally or not. */
KrtExc *krt_exc_begin_handling(KrtExc *exc);
void krt_exc_end_handling(KrtExc *previous);
/* Drop function of KrtExc: releases msg, cause and context.  A program's
 * exception class with reference fields calls it from its own drop. */
void krt_exc_drop(KrtObject *o);

/* Where a function is, for tracebacks. */
typedef struct KrtFuncInfo {
    const char *name;  /* Python name: "read_sensor", "<module>" */
    const char *file;  /* source path as given to krait */
} KrtFuncInfo;

/* Called by generated code as an exception leaves a function. */
void krt_traceback_add(const KrtFuncInfo *func, uint32_t line);
/* Prints "Traceback (most recent call last):", the frames and the CPython-style
 * last line ("ValueError: bad reading") of the pending exception to the
 * error port (stderr on the host), then clears it.  Returns the process exit
 * status CPython would use: 1, or the SystemExit code. */
int krt_exc_report_uncaught(void);

/* Checked arithmetic failures, with CPython's messages. */
void krt_raise_zero_division(const char *what); /* "division by zero", "integer division or modulo by zero", ... */
void krt_raise_overflow(void);                    /* "integer overflow: result does not fit in int64" */

/* Recursion: every function on a cycle of the call graph counts its depth.
 * Past KRT_RECURSION_LIMIT nested calls of such functions, the next one
 * raises RecursionError instead of overflowing the C stack.  CPython's
 * default limit is 1000; a firmware build sets its own from the stack it
 * has (-DKRT_RECURSION_LIMIT=N; `krait budget` shows the frame sizes). */
#ifndef KRT_RECURSION_LIMIT
#define KRT_RECURSION_LIMIT 1000
#endif
extern uint32_t krt_recursion_depth;
/* One level deeper; true, with RecursionError pending, past the limit.
 * -DKRT_RECURSION_LIMIT=0 removes the guard (and its cost, a dozen
 * instructions per call) from a build whose stack is known to suffice. */
static inline bool krt_recursion_enter(void) {
#if KRT_RECURSION_LIMIT > 0
    if (KRT_LIKELY(krt_recursion_depth < KRT_RECURSION_LIMIT)) {
        krt_recursion_depth++;
        return false;
    }
    krt_raise_msg(KRT_T_RECURSION_ERROR, "maximum recursion depth exceeded");
    return true;
#else
    return false;
#endif
}
static inline void krt_recursion_leave(void) {
#if KRT_RECURSION_LIMIT > 0
    krt_recursion_depth--;
#endif
}

/* ---- str ---------------------------------------------------------------- */

/* Immutable UTF-8 text.  Constants are static KrtStr with an immortal count
 * whose data points at a string literal in rodata. */
struct KrtStr {
    KrtObject h;
    uint32_t len;      /* bytes, without the NUL */
    uint32_t nchars;   /* code points; == len for ASCII text (O(1) indexing) */
    const char *data;  /* UTF-8, NUL-terminated */
};

#define KRT_STR_CONST(text, nbytes, nchars) \
    { {KRT_RC_IMMORTAL, KRT_T_STR}, (nbytes), (nchars), (text) }

/* New references (NULL + pending exception on failure). */
KrtStr *krt_str_new(const char *utf8, size_t len);   /* copies; counts code points */
KrtStr *krt_str_concat(KrtStr *a, KrtStr *b);
KrtStr *krt_str_repeat(KrtStr *s, krt_int n);
KrtStr *krt_str_getitem(KrtStr *s, krt_int index); /* IndexError "string index out of range" */
KrtStr *krt_str_from_int(krt_int v);
KrtStr *krt_str_from_float(krt_float v);            /* repr: shortest round-trip */
KrtStr *krt_str_repr(KrtStr *s);                     /* CPython's quoting rules */
KrtStr *krt_str_empty(void);                         /* the immortal "" */

bool krt_str_eq(const KrtStr *a, const KrtStr *b);
int krt_str_cmp(const KrtStr *a, const KrtStr *b);   /* <0, 0, >0 by code point */
bool krt_str_contains(const KrtStr *hay, const KrtStr *needle);

/* ---- slices -------------------------------------------------------------- */

/* A slice `a[start:stop:step]` resolved against a length, as CPython's
 * PySlice_AdjustIndices does. */
typedef struct KrtSlice {
    krt_int start, stop, step;
    bool has_start, has_stop, has_step;
} KrtSlice;

/* Normalises s for a sequence of length len; returns the number of items
 * selected, or -1 with ValueError "slice step cannot be zero" pending. */
krt_int krt_slice_adjust(KrtSlice *s, krt_int len);

/* ---- list ---------------------------------------------------------------- */

/* How a container stores its elements: one list/dict/set implementation
 * serves every element type through this descriptor.  Scalars are stored as
 * raw machine values (KRT_ELEM_RAW); references as object pointers whose
 * counts the container owns (KRT_ELEM_REF); value types holding references
 * (tuples with a str field) as structs with retain/drop functions. */
typedef enum KrtElemKind {
    KRT_ELEM_RAW,    /* int, float, bool, tuples of scalars: bytes copied */
    KRT_ELEM_REF,    /* a KrtObject * (never NULL) */
    KRT_ELEM_OPTREF, /* a KrtObject * or NULL (Optional[C]) */
    KRT_ELEM_VALUE,  /* a struct with references: retain/drop given */
} KrtElemKind;

typedef struct KrtElemDesc {
    uint16_t size;                        /* bytes per element */
    uint8_t kind;                         /* KrtElemKind */
    void (*retain)(void *elem);           /* KRT_ELEM_VALUE: take references */
    void (*drop)(void *elem);             /* KRT_ELEM_VALUE: release references */
    bool (*eq)(const void *a, const void *b);
    int (*cmp)(const void *a, const void *b); /* NULL: not orderable */
    uint32_t (*hash)(const void *elem);   /* krt_hash of the element; NULL: unhashable
                                             (see krait/containers.h) */
} KrtElemDesc;

struct KrtList {
    KrtObject h;
    const KrtElemDesc *elem;
    uint32_t len;
    uint32_t cap;
    unsigned char *items; /* len * elem->size bytes in use */
};

KrtList *krt_list_new(const KrtElemDesc *elem, uint32_t cap);
/* Copies the element at *item in, taking a reference when it holds some. */
bool krt_list_append(KrtList *l, const void *item);
/* Appends taking item's reference instead of counting a new one; false
 * (MemoryError pending, the reference still the caller's) on failure. */
bool krt_list_append_owned(KrtList *l, const void *item);
/* Address of element index (negative counts from the end); NULL and
 * IndexError "list index out of range" when outside. */
void *krt_list_at(KrtList *l, krt_int index);
/* Removes and copies out the element at index (default -1 from the
 * compiler); the caller owns its references.  IndexError "pop from empty
 * list" / "pop index out of range". */
bool krt_list_pop(KrtList *l, krt_int index, void *out);
KrtList *krt_list_slice(KrtList *l, KrtSlice *s);
KrtList *krt_list_concat(KrtList *a, KrtList *b);
KrtList *krt_list_repeat(KrtList *l, krt_int n);
bool krt_list_contains(KrtList *l, const void *item);
/* ValueError "N is not in list" is the compiler's to format; -1 when absent. */
krt_int krt_list_index(KrtList *l, const void *item);

static inline krt_int krt_list_len(const KrtList *l) {
    return (krt_int)l->len;
}
/* list.insert(index, item): index clamps to [0, len] as in CPython. */
bool krt_list_insert(KrtList *l, krt_int index, const void *item);
/* Replaces the element at index by a copy of *item (taking its references,
 * then releasing the old element's); IndexError "list assignment index out
 * of range". */
bool krt_list_setitem(KrtList *l, krt_int index, const void *item);
/* del l[index]: releases the element; IndexError "list assignment index out
 * of range". */
bool krt_list_remove_at(KrtList *l, krt_int index);
/* list.remove(item): the first equal element; ValueError
 * "list.remove(x): x not in list". */
bool krt_list_remove(KrtList *l, const void *item);
/* list.extend(other) / l += other (other may be l itself). */
bool krt_list_extend(KrtList *l, KrtList *other);
void krt_list_clear(KrtList *l); /* releases every element and the storage */
void krt_list_reverse(KrtList *l);
/* == and ordering, element by element (eq, then cmp at the first element
 * that differs; shorter first when one is a prefix of the other).  A
 * NULL cmp in the descriptor raises TypeError. */
bool krt_list_eq(KrtList *a, KrtList *b);
int krt_list_cmp(KrtList *a, KrtList *b);

/* Descriptors of the element types the runtime itself produces. */
extern const KrtElemDesc krt_elem_int;   /* krt_int, raw */
extern const KrtElemDesc krt_elem_float; /* krt_float, raw; NaN equals nothing */
extern const KrtElemDesc krt_elem_bool;  /* bool, raw */
extern const KrtElemDesc krt_elem_str;   /* KrtStr *, counted */
extern const KrtElemDesc krt_elem_list;  /* KrtList *, counted; compared as lists */

/* ---- str methods ---------------------------------------------------------- */

/* Indices and lengths count code points; start/end arguments behave as slice
 * bounds (negative from the end, clamped): the compiler passes 0 and
 * KRT_INT_MAX for absent ones.  Whitespace, digits, letters and case follow
 * CPython 3.11's Unicode 14 tables (runtime/ucd.c). */

static inline krt_int krt_str_len(const KrtStr *s) {
    return (krt_int)s->nchars;
}
KrtStr *krt_str_slice(KrtStr *s, KrtSlice *slice); /* ValueError for step 0 */
/* `for ch in s`: the character at *byte_pos as a 1-char str, advancing
 * *byte_pos (start at 0); NULL with nothing pending at the end, NULL with
 * MemoryError pending when the str cannot be made. */
KrtStr *krt_str_next_char(const KrtStr *s, uint32_t *byte_pos);
/* Stable across runs and targets (FNV-1a over the UTF-8 bytes); not
 * CPython's values. */
uint32_t krt_str_hash(const KrtStr *s);
bool krt_str_startswith(const KrtStr *s, const KrtStr *prefix);
bool krt_str_endswith(const KrtStr *s, const KrtStr *suffix);
/* With start/end bounds (slice semantics; KRT_INT_MAX for no end). */
bool krt_str_startswith_in(const KrtStr *s, const KrtStr *prefix, krt_int start, krt_int end);
bool krt_str_endswith_in(const KrtStr *s, const KrtStr *suffix, krt_int start, krt_int end);
/* -1 when absent. */
krt_int krt_str_find(const KrtStr *s, const KrtStr *sub, krt_int start, krt_int end);
krt_int krt_str_rfind(const KrtStr *s, const KrtStr *sub, krt_int start, krt_int end);
/* ValueError "substring not found" (returning -1) when absent. */
krt_int krt_str_index(const KrtStr *s, const KrtStr *sub, krt_int start, krt_int end);
krt_int krt_str_rindex(const KrtStr *s, const KrtStr *sub, krt_int start, krt_int end);
krt_int krt_str_count(const KrtStr *s, const KrtStr *sub, krt_int start, krt_int end);
/* s.replace(old, new, count); count < 0 replaces all. */
KrtStr *krt_str_replace(KrtStr *s, const KrtStr *old, const KrtStr *repl, krt_int count);
/* The repr of a tuple[T, ...] (a list underneath) from its list's repr
 * (taken over) and its length: "(1, 2)", "(1,)", "()". */
KrtStr *krt_tuple_repr_of_list(KrtStr *list_repr, krt_int n);
/* t[index] of a tuple[T, ...]: false and IndexError "tuple index out of
 * range" when outside (the list code's message would name a list). */
bool krt_tuple_check_index(const KrtList *l, krt_int index);
/* t.index(x) of a tuple[T, ...]: false and ValueError "tuple.index(x): x
 * not in tuple" when x is not present. */
bool krt_tuple_check_member(bool present);
/* Part `which` (0 head, 1 separator, 2 tail) of s.partition(sep), or of
 * s.rpartition(sep) when from_right; NULL after ValueError (empty sep). */
KrtStr *krt_str_partition_part(KrtStr *s, KrtStr *sep, bool from_right, krt_int which);
/* sep.join(items), items a list of str. */
KrtStr *krt_str_join(KrtStr *sep, KrtList *items);
/* s.split(sep, maxsplit) / s.rsplit: a list of str (krt_elem_str).  sep NULL
 * splits on runs of whitespace; maxsplit < 0 means no limit; an empty sep
 * raises ValueError "empty separator". */
KrtList *krt_str_split(KrtStr *s, const KrtStr *sep, krt_int maxsplit);
KrtList *krt_str_rsplit(KrtStr *s, const KrtStr *sep, krt_int maxsplit);
/* chars NULL strips whitespace. */
KrtStr *krt_str_strip(KrtStr *s, const KrtStr *chars);
KrtStr *krt_str_lstrip(KrtStr *s, const KrtStr *chars);
KrtStr *krt_str_rstrip(KrtStr *s, const KrtStr *chars);
KrtStr *krt_str_upper(KrtStr *s); /* full mappings: "ß".upper() == "SS" */
KrtStr *krt_str_lower(KrtStr *s); /* with the final-sigma rule */
bool krt_str_isdigit(const KrtStr *s);
bool krt_str_isalpha(const KrtStr *s);
bool krt_str_isalnum(const KrtStr *s);
bool krt_str_isspace(const KrtStr *s);
bool krt_str_isupper(const KrtStr *s);
bool krt_str_islower(const KrtStr *s);
/* int(s, base) (base 0 or 2..36) and float(s), with CPython's messages:
 * ValueError "invalid literal for int() with base 10: 'x'", "could not
 * convert string to float: 'x'"; OverflowError when the value does not fit
 * krt_int. */
bool krt_str_to_int(const KrtStr *s, krt_int base, krt_int *out);
bool krt_str_to_float(const KrtStr *s, krt_float *out);
/* ord(s): TypeError "ord() expected a character, but string of length N
 * found"; chr(cp): ValueError "chr() arg not in range(0x110000)". */
bool krt_str_ord(const KrtStr *s, krt_int *out);
KrtStr *krt_str_chr(krt_int cp);
KrtList *krt_str_to_list(KrtStr *s); /* list(s): its characters */

/* ---- output --------------------------------------------------------------- */

/* Program output, buffered and handed to krt_port_write in chunks (and at
 * krt_out_flush, krt_fini, and before an uncaught-exception report). */
void krt_out_write(const char *data, size_t len);
void krt_out_cstr(const char *s);
void krt_out_str(const KrtStr *s);
void krt_out_int(krt_int v);
void krt_out_float(krt_float v);  /* as repr(float) */
void krt_out_bool(bool v);        /* True / False */
void krt_out_flush(void);
/* Diagnostics of the runtime itself (uncaught exceptions): stderr on the
 * host, krt_port_write on a target without one. */
void krt_err_write(const char *data, size_t len);

/* ---- builtins as generated code calls them (runtime/builtins.c) ------------ */

KrtStr *krt_format_int_value(krt_int v, const KrtStr *spec);     /* f"{v:spec}" */
KrtStr *krt_format_bool_value(bool v, const KrtStr *spec);
KrtStr *krt_format_float_value(krt_float v, const KrtStr *spec);
KrtStr *krt_format_str_value(KrtStr *s, const KrtStr *spec);
KrtStr *krt_str_from_bool(bool v);                                /* immortal "True"/"False" */
KrtStr *krt_int_to_base_str(krt_int v, krt_int base);             /* bin/oct/hex */
krt_float krt_round_float_n(krt_float x, krt_int ndigits);        /* round(x, n) */
krt_int krt_round_float_int(krt_float x);                         /* round(x) */
krt_int krt_round_int_n(krt_int v, krt_int ndigits);              /* round(v, n) */
krt_int krt_float_to_int_value(krt_float x);                      /* int(x) */
krt_int krt_str_parse_int(KrtStr *s, krt_int base);               /* int(s, base) */
krt_float krt_str_parse_float(KrtStr *s);                         /* float(s) */
krt_int krt_str_ord_value(KrtStr *s);                             /* ord(s) */
krt_int krt_range_len(krt_int start, krt_int stop, krt_int step); /* len(range(...)) */
KrtStr *krt_str_char_at_byte(KrtStr *s, krt_int pos);             /* iteration over a str */
krt_int krt_str_next_byte(const KrtStr *s, krt_int pos);
krt_int krt_str_byte_len(const KrtStr *s);
bool krt_compare_int_float(krt_int a, krt_float b, krt_int op); /* exact int OP float */
void krt_check_divmod_float(krt_float b);                        /* ZeroDivisionError "float divmod()" */
void krt_raise_new(krt_int type, KrtStr *msg);                    /* raise T(msg) */
KrtExc *krt_exc_new_v(krt_int type, KrtStr *msg);                 /* T(msg) as a value (msg NULL: T()) */
void krt_raise_attr_of_none(KrtStr *attr); /* AttributeError: 'NoneType' object has no attribute ... */
static inline void krt_check_attr_of_none(const void *obj, KrtStr *attr) { /* AttributeError when obj is None */
    if (KRT_UNLIKELY(!obj)) krt_raise_attr_of_none(attr);
}
void krt_raise_system_exit(krt_int code);                         /* sys.exit(code) */
KrtStr *krt_exc_str(KrtExc *e);                                   /* str(e) */
void krt_check_unpack(krt_int got, krt_int expected);             /* a, b = items: ValueError texts */
/* acc + sep + part, consuming acc and part (a new reference; NULL, with acc
 * released, on failure or when part is NULL with an exception pending; a
 * NULL part otherwise appends sep alone).  Generated repr functions chain it. */
KrtStr *krt_str_append(KrtStr *acc, const char *sep, KrtStr *part);

/* ---- range values (runtime/range.c) --------------------------------------- */

/* range(start, stop, step) as a value: three integers, never allocated. */
typedef struct KrtRange {
    krt_int start, stop, step;
} KrtRange;

KrtRange krt_range_new(krt_int start, krt_int stop, krt_int step); /* ValueError for step 0 */
krt_int krt_range_length(KrtRange r);
krt_int krt_range_getitem(KrtRange r, krt_int index); /* IndexError "range object index out of range" */
bool krt_range_contains(KrtRange r, krt_int x);
bool krt_range_eq(KrtRange a, KrtRange b);           /* same sequence, as CPython */
KrtStr *krt_range_repr(KrtRange r);                   /* "range(0, 10)", "range(0, 10, 2)" */
krt_int krt_range_sum(KrtRange r);                    /* OverflowError when it does not fit */
KrtList *krt_range_to_list(KrtRange r);               /* list(r) */
static inline krt_int krt_range_start(KrtRange r) {
    return r.start;
}
static inline krt_int krt_range_stop(KrtRange r) {
    return r.stop;
}
static inline krt_int krt_range_step(KrtRange r) {
    return r.step;
}

/* ---- lists as generated code calls them (runtime/list_ops.c) --------------- */

/* get and set of raw elements (int, float, bool) are inline, in
 * krait/containers.h; of references, out of line: */
#define KRT_LIST_GETSET_DECL(kind, ctype)                                \
    ctype krt_list_get_##kind(KrtList *l, krt_int i);   /* borrowed */   \
    void krt_list_set_##kind(KrtList *l, krt_int i, ctype v);
#define KRT_LIST_OPS_DECL(kind, ctype)                                   \
    KrtList *krt_list_new_##kind(krt_int cap);                           \
    void krt_list_append_##kind(KrtList *l, ctype v);                    \
    /* append taking the caller's reference (released if it fails) */    \
    void krt_list_append_take_##kind(KrtList *l, ctype v);               \
    ctype krt_list_pop_##kind(KrtList *l, krt_int i);   /* owned */      \
    void krt_list_insert_##kind(KrtList *l, krt_int i, ctype v);         \
    bool krt_list_contains_##kind(KrtList *l, ctype v);                  \
    krt_int krt_list_count_##kind(KrtList *l, ctype v);                  \
    krt_int krt_list_index_##kind(KrtList *l, ctype v);                  \
    /* l.index(v, start, end): bounds as slice indices */               \
    krt_int krt_list_index_in_##kind(KrtList *l, ctype v, krt_int start, krt_int end); \
    void krt_list_remove_##kind(KrtList *l, ctype v);                    \
    ctype krt_list_min_##kind(KrtList *l);                               \
    ctype krt_list_max_##kind(KrtList *l);                               \
    KrtStr *krt_list_repr_##kind(KrtList *l);
KRT_LIST_OPS_DECL(int, krt_int)
KRT_LIST_OPS_DECL(float, krt_float)
KRT_LIST_OPS_DECL(bool, bool)
KRT_LIST_OPS_DECL(str, KrtStr *)
KRT_LIST_GETSET_DECL(str, KrtStr *)
KRT_LIST_OPS_DECL(list, KrtList *)
KRT_LIST_GETSET_DECL(list, KrtList *)
struct KrtBytes;
KRT_LIST_OPS_DECL(bytes, struct KrtBytes *)
KRT_LIST_GETSET_DECL(bytes, struct KrtBytes *)
/* lists of instances of the program's classes: elements by identity */
extern const KrtElemDesc krt_elem_obj;
KRT_LIST_OPS_DECL(obj, void *)
KRT_LIST_GETSET_DECL(obj, void *)
/* lists of Optional instances (None is NULL) */
extern const KrtElemDesc krt_elem_optobj;
KRT_LIST_OPS_DECL(optobj, void *)
KRT_LIST_GETSET_DECL(optobj, void *)
KrtStr *krt_list_repr_any(KrtList *l);
krt_int krt_list_sum_int(KrtList *l, krt_int start);
krt_float krt_list_sum_float(KrtList *l, krt_float start);
krt_int krt_list_size(KrtList *l);
KrtList *krt_list_slice_v(KrtList *l, krt_int start, krt_int stop, krt_int step, krt_int present);
KrtStr *krt_str_slice_v(KrtStr *s, krt_int start, krt_int stop, krt_int step, krt_int present);
bool krt_list_equal(KrtList *a, KrtList *b);
krt_int krt_list_compare(KrtList *a, KrtList *b); /* <0, 0, >0 */
void krt_list_extend_v(KrtList *l, KrtList *other);
void krt_list_clear_v(KrtList *l);
void krt_list_reverse_v(KrtList *l);
KrtList *krt_list_concat_v(KrtList *a, KrtList *b);
/* a[start:stop:step] = v / del a[start:stop:step] (present as for
 * krt_list_slice_v); ValueError for an extended slice of another size
 * (runtime/list_slice.c). */
bool krt_list_setslice_v(KrtList *a, krt_int start, krt_int stop, krt_int step, krt_int present, KrtList *v);
bool krt_list_delslice_v(KrtList *a, krt_int start, krt_int stop, krt_int step, krt_int present);
KrtList *krt_list_sum_lists(KrtList *lists, KrtList *start); /* sum(lists, start) */
/* zip(..., strict=strict) of lists of these lengths: ValueError "zip()
 * argument 2 is shorter than argument 1" (CPython's texts) when strict and
 * they differ. */
bool krt_zip_strict_check(KrtList *lengths, bool strict);
/* b.hex(sep, bytes_per_sep) of a bytes (is_array false) or bytearray: sep
 * one character (ValueError "sep must be length 1."), groups counted from
 * the right when bytes_per_sep > 0, from the left when < 0
 * (runtime/bytes_hex.c). */
KrtStr *krt_bytes_hex_sep(const void *b, const struct KrtBytes *sep, krt_int per, bool is_array);
KrtStr *krt_bytes_hex_sep_str(const void *b, const KrtStr *sep, krt_int per, bool is_array);
KrtList *krt_list_repeat_v(KrtList *l, krt_int n);

/* bytes and bytearray glue (runtime/list_ops.c); the types are in containers.h */
struct KrtBytes;
struct KrtByteArray;
struct KrtBytes *krt_bytes_slice_v(struct KrtBytes *b, krt_int start, krt_int stop, krt_int step, krt_int present);
struct KrtByteArray *krt_bytearray_slice_v(struct KrtByteArray *b, krt_int start, krt_int stop, krt_int step,
                                           krt_int present);
struct KrtByteArray *krt_bytearray_from_bytes(const struct KrtBytes *b);
void krt_bytearray_extend_bytes(struct KrtByteArray *ba, const struct KrtBytes *b);
void krt_bytearray_extend_bytearray(struct KrtByteArray *ba, const struct KrtByteArray *other);
void krt_bytearray_extend_list(struct KrtByteArray *ba, KrtList *l);
struct KrtByteArray *krt_bytearray_concat(const struct KrtByteArray *a, const struct KrtByteArray *b);
bool krt_bytearray_eq(const struct KrtByteArray *a, const struct KrtByteArray *b);
KrtStr *krt_bytearray_hex(const struct KrtByteArray *b);
KrtStr *krt_bytearray_decode(const struct KrtByteArray *b, const KrtStr *encoding);
bool krt_bytearray_contains_int(const struct KrtByteArray *b, krt_int x);
KrtList *krt_bytes_to_list(const struct KrtBytes *b);
KrtList *krt_bytearray_to_list(const struct KrtByteArray *b);
krt_int krt_bytes_like_cmp(const void *a, bool a_is_array, const void *b, bool b_is_array);
struct KrtByteArray *krt_bytearray_repeat(const struct KrtByteArray *b, krt_int n);
struct KrtBytes *krt_bytes_of_int(krt_int v);
bool krt_list_sort_by(KrtList *l, KrtList *keys, bool reverse); /* sort(key=): keys computed by the caller */
krt_int krt_int_abs_value(krt_int v); /* abs() raising OverflowError */
krt_int krt_bytes_index_v(const struct KrtBytes *b, const struct KrtBytes *sub, krt_int start, krt_int end);
/* bytes.split(sep, maxsplit) (sep NULL: runs of ASCII whitespace; ValueError
 * "empty separator"), sep.join(list of bytes), strip/lstrip/rstrip (chars
 * NULL: ASCII whitespace; sides 1 left, 2 right, 3 both), lower/upper. */
KrtList *krt_bytes_split(struct KrtBytes *b, const struct KrtBytes *sep, krt_int maxsplit);
struct KrtBytes *krt_bytes_join(struct KrtBytes *sep, KrtList *parts);
struct KrtBytes *krt_bytes_strip(struct KrtBytes *b, const struct KrtBytes *chars, krt_int sides);
struct KrtBytes *krt_bytes_change_case(struct KrtBytes *b, bool upper);

/* ---- program lifetime --------------------------------------------------- */

/* Initialises the runtime; the firmware calls it once before anything else
 * (generated main() does it on the host). */
void krt_init(void);
/* Flushes output; in debug builds reports heap blocks still live. Returns the
 * number of leaked blocks (0 in release builds). */
uint32_t krt_fini(void);

#include "containers.h" /* dict, set, sort, bytes */
#include "closure.h"    /* function values */
#include "iter.h"       /* iterators and generators */

#endif
