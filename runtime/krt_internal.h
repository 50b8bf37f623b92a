/* krt_internal.h — what the runtime's own files share and generated code
 * never sees.
 *
 * Four small surfaces live here:
 *
 *  - UTF-8 helpers (inline): every str routine walks UTF-8 through these, so
 *    the encoding rules are written once.  Text is trusted to be valid UTF-8
 *    (the compiler validates literals; runtime constructors produce it), with
 *    one extension: lone surrogates (chr(0xD800)) are encoded in three bytes
 *    as CPython's "surrogatepass" would, so every Python str has a form.
 *  - The Unicode character database (ucd.c): properties and case mappings by
 *    code point.
 *  - The heap backend: the functions heap.c calls to get raw memory.
 *    heap.c owns statistics, MemoryError and test hooks; a backend owns only
 *    where bytes come from.  The system-malloc backend lives in heap.c, the
 *    static-arena one in heap_arena.c; KRT_HEAP_MALLOC picks one.
 *  - Test hooks: make the N-th allocation fail, capture output and
 *    diagnostics.  They cost a counter and two pointers; builds for a target
 *    can drop them with -DKRT_NO_TEST_HOOKS.
 *
 * Number formatting and parsing have their own internal header, format.h.
 */
#ifndef KRAIT_KRT_INTERNAL_H
#define KRAIT_KRT_INTERNAL_H

#include "krait/krt.h"

/* ---- UTF-8 ------------------------------------------------------------- */

#define KRT_MAX_CODEPOINT 0x10FFFFu

static inline bool krt_utf8_is_cont(unsigned char b) {
    return (b & 0xC0u) == 0x80u;
}

/* Decodes the code point at p (valid UTF-8); returns its byte length. */
static inline uint32_t krt_utf8_decode(const unsigned char *p, uint32_t *cp) {
    unsigned char b = p[0];
    if (b < 0x80u) {
        *cp = b;
        return 1;
    }
    if (b < 0xE0u) {
        *cp = ((uint32_t)(b & 0x1Fu) << 6) | (p[1] & 0x3Fu);
        return 2;
    }
    if (b < 0xF0u) {
        *cp = ((uint32_t)(b & 0x0Fu) << 12) | ((uint32_t)(p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        return 3;
    }
    *cp = ((uint32_t)(b & 0x07u) << 18) | ((uint32_t)(p[1] & 0x3Fu) << 12) |
          ((uint32_t)(p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
    return 4;
}

static inline uint32_t krt_utf8_len(uint32_t cp) {
    return cp < 0x80u ? 1 : cp < 0x800u ? 2 : cp < 0x10000u ? 3 : 4;
}

/* Writes cp at p; returns the byte length. */
static inline uint32_t krt_utf8_encode(unsigned char *p, uint32_t cp) {
    if (cp < 0x80u) {
        p[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800u) {
        p[0] = (unsigned char)(0xC0u | (cp >> 6));
        p[1] = (unsigned char)(0x80u | (cp & 0x3Fu));
        return 2;
    }
    if (cp < 0x10000u) {
        p[0] = (unsigned char)(0xE0u | (cp >> 12));
        p[1] = (unsigned char)(0x80u | ((cp >> 6) & 0x3Fu));
        p[2] = (unsigned char)(0x80u | (cp & 0x3Fu));
        return 3;
    }
    p[0] = (unsigned char)(0xF0u | (cp >> 18));
    p[1] = (unsigned char)(0x80u | ((cp >> 12) & 0x3Fu));
    p[2] = (unsigned char)(0x80u | ((cp >> 6) & 0x3Fu));
    p[3] = (unsigned char)(0x80u | (cp & 0x3Fu));
    return 4;
}

/* Code points in n bytes of valid UTF-8. */
static inline uint32_t krt_utf8_count(const unsigned char *p, size_t n) {
    uint32_t count = 0;
    for (size_t i = 0; i < n; i++) count += !krt_utf8_is_cont(p[i]);
    return count;
}

/* ---- str internals ------------------------------------------------------ */

/* A heap str of len bytes / nchars code points whose bytes the caller fills
 * (through krt_str_buf) before anyone else sees it; the NUL is written.
 * NULL + pending exception (MemoryError, OverflowError past 4 GiB). */
KrtStr *krt_str_alloc(size_t len, uint32_t nchars);
static inline char *krt_str_buf(KrtStr *s) {
    return (char *)s->data;
}
/* A one-character str for any code point (immortal for ASCII, unless built
 * with KRT_STR_CHAR_CACHE=0). */
KrtStr *krt_str_from_codepoint(uint32_t cp);
/* s's bytes [from, to) (on character boundaries) as a str: s itself when
 * that is all of it. */
KrtStr *krt_str_sub(KrtStr *s, uint32_t from, uint32_t to);
static inline bool krt_str_is_ascii(const KrtStr *s) {
    return s->nchars == s->len;
}
/* Byte offset of code point index i (0 <= i <= nchars). */
uint32_t krt_str_byte_offset(const KrtStr *s, uint32_t i);

void krt_str_drop(KrtObject *o);
void krt_list_drop(KrtObject *o);
void krt_weakref_drop(KrtObject *o);
/* Traverse functions of the containers (object.c's type table, gc.c):
 * the references their elements hold.  Elements that are structs with
 * references (KRT_ELEM_VALUE) are not visited: the collector then counts
 * what they reference as reachable from outside, which is safe. */
void krt_elem_visit(const KrtElemDesc *d, void *elem, KrtVisitFn visit, void *ctx);
void krt_list_traverse(KrtObject *o, KrtVisitFn visit, void *ctx);
void krt_dict_traverse(KrtObject *o, KrtVisitFn visit, void *ctx);
void krt_set_traverse(KrtObject *o, KrtVisitFn visit, void *ctx);

/* ---- Unicode character database (ucd.c) ---------------------------------- */

/* Properties with CPython 3.11's meaning (Unicode 14.0): str.isalpha() etc.
 * applied to a single code point.  See ucd.c for what each covers. */
bool krt_ucd_isalpha(uint32_t cp);
bool krt_ucd_isdigit(uint32_t cp);
bool krt_ucd_isnumeric(uint32_t cp);
bool krt_ucd_isspace(uint32_t cp);
bool krt_ucd_isupper(uint32_t cp);
bool krt_ucd_islower(uint32_t cp);
bool krt_ucd_istitle(uint32_t cp);
bool krt_ucd_isprintable(uint32_t cp);
bool krt_ucd_iscased(uint32_t cp);          /* for the Final_Sigma rule */
bool krt_ucd_iscase_ignorable(uint32_t cp); /* for the Final_Sigma rule */
/* Decimal digit value (0..9) of a Unicode decimal digit (Nd), else -1. */
int krt_ucd_decimal(uint32_t cp);
/* Full case mapping (SpecialCasing unconditional rules included): writes up
 * to KRT_UCD_MAX_EXPANSION code points to out, returns how many. */
#define KRT_UCD_MAX_EXPANSION 3
uint32_t krt_ucd_upper(uint32_t cp, uint32_t out[KRT_UCD_MAX_EXPANSION]);
uint32_t krt_ucd_lower(uint32_t cp, uint32_t out[KRT_UCD_MAX_EXPANSION]);

/* ---- heap backend ------------------------------------------------------- */

/* Which backend: -DKRT_HEAP_SIZE=<bytes> alone selects the static arena of
 * that many bytes (heap_arena.c); without it the heap is the system malloc.
 * -DKRT_HEAP_MALLOC=0/1 states the choice explicitly (0 needs
 * KRT_HEAP_SIZE). */
#ifndef KRT_HEAP_MALLOC
#ifdef KRT_HEAP_SIZE
#define KRT_HEAP_MALLOC 0
#else
#define KRT_HEAP_MALLOC 1
#endif
#endif
#if !KRT_HEAP_MALLOC && !defined(KRT_HEAP_SIZE)
#error "the arena heap (KRT_HEAP_MALLOC=0) needs -DKRT_HEAP_SIZE=<bytes>"
#endif

/* Raw memory for heap.c, NULL when exhausted; never raises.  size > 0.
 * realloc returns NULL and leaves the block as it was when it cannot grow. */
void *krt_heap_backend_alloc(size_t size);
void *krt_heap_backend_realloc(void *block, size_t old_size, size_t new_size);
void krt_heap_backend_free(void *block, size_t size);
/* Arena size (0 for the system heap), the largest block allocatable now and
 * the free bytes in pieces of any size (SIZE_MAX when the backend cannot
 * tell). */
size_t krt_heap_backend_arena_size(void);
size_t krt_heap_backend_largest_free(void);
size_t krt_heap_backend_free_total(void);
/* Forgets every block: the arena is empty again (nothing for malloc). */
void krt_heap_backend_reset(void);

/* Like krt_realloc but never raises: NULL leaves the block as it was.  For
 * shrinking, where failure is harmless. */
void *krt_realloc_quiet(void *block, size_t old_size, size_t new_size);

/* ---- output plumbing ----------------------------------------------------- */

typedef void (*KrtWriteFn)(const char *data, size_t len);

#if !defined(KRT_PORT_HOST)
#if defined(__unix__) || defined(__APPLE__)
#define KRT_PORT_HOST 1
#else
#define KRT_PORT_HOST 0
#endif
#endif

#if KRT_PORT_HOST
/* The host port's stderr writer (port_host.c); targets have none. */
void krt_port_host_err_write(const char *data, size_t len);
#endif

/* Decimal text of v into buf (at least KRT_INT_TEXT_MAX bytes, no NUL);
 * returns the length. */
#define KRT_INT_TEXT_MAX 21
size_t krt_int_to_text(char *buf, krt_int v);

/* ---- exceptions --------------------------------------------------------- */

/* Reference to a fresh exception `type` whose message is text (copied). */
KrtExc *krt_exc_new_cstr(uint16_t type, const char *text, size_t len);

/* ---- test hooks ---------------------------------------------------------- */

#ifndef KRT_NO_TEST_HOOKS
/* The n-th allocation from now (1 = the next one) fails as if the heap were
 * exhausted; later ones succeed again.  0 disarms. */
void krt_heap_fail_at(uint32_t n);
/* Empties the heap and zeroes its statistics, forgetting every live block
 * (between unit tests that fill the arena). */
void krt_heap_reset(void);
/* Send program output / runtime diagnostics to fn instead of the port (NULL
 * restores the port).  Program output is flushed first. */
void krt_out_set_sink(KrtWriteFn fn);
void krt_err_set_sink(KrtWriteFn fn);
/* Forget the pending exception, the exception being handled and the
 * traceback (between unit tests). */
void krt_exc_reset(void);
#endif

/* Bytes in use on the scratch stack (scratch.c).  Zero most of the time,
 * so a free tests it before asking whether the scratch stack owns a block. */
extern size_t krt_scratch_top;
static inline bool krt_scratch_may_own(const void *block) {
    return krt_scratch_top != 0 && krt_scratch_owns(block);
}

/* ---- the cycle collector's bookkeeping (gc.c) ---------------------------- */

/* A heap object of a KRT_TYPE_GC class sits right after this header, which
 * links it into the ring of objects the collector examines.  Two pointers,
 * so the object stays aligned for its widest field. */
typedef struct KrtGcHead {
    struct KrtGcHead *next, *prev;
} KrtGcHead;

/* The ring's sentinel (heap.c). */
extern KrtGcHead krt_gc_ring;
/* The collector, once a program installs it (krt_gc_install); NULL until
 * then, so a program that cannot build cycles never pays for one.  Returns
 * the number of objects freed. */
extern krt_int (*krt_gc_run)(void);

static inline KrtGcHead *krt_gc_head(KrtObject *o) {
    return (KrtGcHead *)(void *)((char *)o - sizeof(KrtGcHead));
}
static inline KrtObject *krt_gc_object(KrtGcHead *h) {
    return (KrtObject *)(void *)((char *)h + sizeof(KrtGcHead));
}
/* Frees a tracked heap object of size bytes (its header included). */
void krt_gc_free_object(KrtObject *o, size_t size);

/* str(e): the class's __str__, or the message ("" without one); a new
 * reference, NULL when __str__ raised (its exception dropped; the pending
 * exception, if any, kept). */
KrtStr *krt_exc_text(KrtExc *e);

#endif
