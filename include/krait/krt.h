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
 *  type id (an index into krt_types, which the generated program defines:
 *  the runtime's built-in types first, the program's classes after).  A count
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
    uint16_t type;   /* index into krt_types */
} KrtObject;

typedef void (*KrtDropFn)(KrtObject *obj);

/* What the runtime knows of a type (built-in or a program's class). */
typedef struct KrtType {
    const char *name;      /* Python name, e.g. "ValueError", "Sensor" */
    uint16_t base;         /* type id of the base class; itself for roots */
    uint16_t flags;        /* KRT_TYPE_* */
    KrtDropFn drop;        /* releases what the object references; NULL if nothing */
} KrtType;

enum {
    KRT_TYPE_EXCEPTION = 1 << 0, /* derives from BaseException */
};

/* The program's type table: built-in ids below, then its classes. */
extern const KrtType *const krt_types[];
extern const uint16_t krt_type_count;

static inline void krt_incref(KrtObject *o) {
    if (o->rc != KRT_RC_IMMORTAL) o->rc++;
}

void krt_release(KrtObject *o); /* count reached zero: drop and free */

static inline void krt_decref(KrtObject *o) {
    if (o->rc != KRT_RC_IMMORTAL && --o->rc == 0) krt_release(o);
}

static inline void krt_xdecref(KrtObject *o) {
    if (o) krt_decref(o);
}

/* Is an instance of type id `type` also an instance of `cls` (subclass test)? */
bool krt_type_is_subtype(uint16_t type, uint16_t cls);

/* ---- heap --------------------------------------------------------------- */

/* A block of size bytes for an object of type `type`, with rc 1; NULL and a
 * pending MemoryError when the heap cannot serve it. */
void *krt_alloc_object(size_t size, uint16_t type);
/* Raw storage (container payloads); NULL and MemoryError on failure. */
void *krt_alloc(size_t size);
void *krt_realloc(void *block, size_t old_size, size_t new_size);
void krt_free(void *block, size_t size);

typedef struct KrtHeapStats {
    size_t in_use;        /* bytes in live blocks */
    size_t peak;          /* highest in_use so far */
    size_t arena_size;    /* 0 when the heap is the system malloc */
    size_t largest_free;  /* largest block that could be allocated now */
    uint32_t live_blocks;
    uint32_t allocations; /* since start */
} KrtHeapStats;

void krt_heap_stats(KrtHeapStats *out);

/* ---- program lifetime --------------------------------------------------- */

/* Initialises the runtime; the firmware calls it once before anything else
 * (generated main() does it on the host). */
void krt_init(void);
/* Flushes output; in debug builds reports heap blocks still live. Returns the
 * number of leaked blocks (0 in release builds). */
uint32_t krt_fini(void);

#endif
