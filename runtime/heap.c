/* heap.c — the refcounted heap's front end, and the system-malloc backend.
 *
 * Everything the runtime allocates goes through krt_alloc / krt_alloc_object
 * / krt_realloc / krt_free.  The front end here owns what does not depend on
 * where bytes come from:
 *
 *  - statistics (KrtHeapStats): bytes in use, peak, live blocks, allocations;
 *  - MemoryError: a failed allocation raises the preallocated, immortal
 *    MemoryError (raising it allocates nothing) and returns NULL;
 *  - the test hook that makes the N-th allocation fail (krt_heap_fail_at),
 *    and in debug heap builds a limit on the bytes in use taken from the
 *    environment (KRT_DEBUG_HEAP_LIMIT);
 *  - with -DKRT_DEBUG_HEAP=1, a guard word before every block recording its
 *    size, checked by krt_free (a free with the wrong size or of a block
 *    that was never allocated panics) and freed blocks poisoned with 0xDD,
 *    so krt_fini can also trust the live-block count it reports.
 *
 * Callers pass the block size to krt_free, as they know it (object types,
 * list capacities, str lengths): the guard checks it, and a backend may use
 * it instead of a per-block header.
 *
 * It also prints the statistics (krt_mem_info, MicroPython's format) and
 * answers the gc module: mem_alloc(), mem_free(), collect(), enable(),
 * disable(), isenabled().  When a program installs the cycle collector
 * (gc.c), objects of its KRT_TYPE_GC classes are allocated here behind a
 * KrtGcHead that links them into the collector's ring, and a request the
 * heap cannot serve runs the collector once and retries before raising
 * MemoryError.
 *
 * The backend is a handful of functions (krt_internal.h).  This file holds
 * the system-malloc one — the only place malloc is called — compiled when
 * KRT_HEAP_MALLOC is 1 (no KRT_HEAP_SIZE given); the static arena lives in
 * heap_arena.c.
 *
 * Not here: zeroing.  Blocks come back uninitialised; constructors write
 * every field.
 */
#include <string.h>

#include "krt_internal.h"

#ifndef KRT_DEBUG_HEAP
#define KRT_DEBUG_HEAP 0
#endif

static KrtHeapStats heap_stats;

#ifndef KRT_NO_TEST_HOOKS
static uint32_t heap_fail_countdown;

void krt_heap_fail_at(uint32_t n) {
    heap_fail_countdown = n;
}

/* True when the armed test hook says this allocation fails. */
static bool heap_should_fail(void) {
    if (heap_fail_countdown == 0) return false;
    return --heap_fail_countdown == 0;
}
#else
#define heap_should_fail() false
#endif

#if KRT_DEBUG_HEAP
#include <stdlib.h>
/* Debug heap builds on the host: KRT_DEBUG_HEAP_LIMIT=N in the environment
 * makes any allocation that would take the bytes in use past N fail with
 * MemoryError, as a heap of N bytes would (the test suite runs every
 * program so, without building it again). */
static size_t heap_limit;
static bool heap_limit_read;

static bool heap_over_limit(size_t more) {
    if (!heap_limit_read) {
        const char *s = getenv("KRT_DEBUG_HEAP_LIMIT");
        heap_limit = s ? (size_t)strtoul(s, NULL, 10) : 0;
        heap_limit_read = true;
    }
    return heap_limit && (more > heap_limit || heap_stats.in_use > heap_limit - more);
}
#else
#define heap_over_limit(more) false
#endif

/* ---- debug guard ---------------------------------------------------------- */

#if KRT_DEBUG_HEAP
/* A guard before each block: its size and a magic word, padded so the
 * block keeps the alignment of double and int64 (the arena's; malloc's
 * blocks stay 16-aligned on 64-bit hosts, where the guard is 16 bytes). */
typedef union HeapGuard {
    struct {
        size_t size;
        uint32_t magic;
    } g;
    double align_d;
    void *align_p;
    long long align_ll;
} HeapGuard;
#define HEAP_MAGIC 0x4B524154u /* "KRAT" */
#define HEAP_DEAD 0xDEADDEADu
#define GUARD_SIZE sizeof(HeapGuard)

static void *guard_wrap(void *raw, size_t size) {
    HeapGuard *g = raw;
    g->g.size = size;
    g->g.magic = HEAP_MAGIC;
    return g + 1;
}

static void *guard_check(void *block, size_t size) {
    HeapGuard *g = (HeapGuard *)block - 1;
    if (g->g.magic != HEAP_MAGIC) krt_port_panic("krait: krt_free of a block that is not live");
    if (g->g.size != size) krt_port_panic("krait: krt_free with a size that differs from the allocation");
    return g;
}
#else
#define GUARD_SIZE 0
#endif

/* ---- front end ------------------------------------------------------------ */

static void heap_count_alloc(size_t size) {
    heap_stats.in_use += size;
    if (heap_stats.in_use > heap_stats.peak) heap_stats.peak = heap_stats.in_use;
    heap_stats.live_blocks++;
    heap_stats.allocations++;
}

/* A heap block, or NULL (nothing raised) when there is none. */
static void *heap_alloc(size_t size) {
    if (size == 0) size = 1; /* every block is distinct and freeable */
    if (heap_should_fail() || heap_over_limit(size) || size > SIZE_MAX - GUARD_SIZE) return NULL;
    void *raw = krt_heap_backend_alloc(size + GUARD_SIZE);
    if (KRT_UNLIKELY(!raw)) return NULL;
    heap_count_alloc(size);
#if KRT_DEBUG_HEAP
    return guard_wrap(raw, size);
#else
    return raw;
#endif
}

/* ---- the cycle collector's hooks -------------------------------------------- */

KrtGcHead krt_gc_ring = {&krt_gc_ring, &krt_gc_ring};
krt_int (*krt_gc_run)(void);
static bool gc_enabled = true;

/* The heap could not serve a request: when a collector is installed and
 * enabled, it frees what cycles it finds and says whether a retry may
 * succeed. */
static bool heap_collect_for_retry(void) {
    return krt_gc_run && gc_enabled && krt_gc_run() > 0;
}

void *krt_alloc(size_t size) {
    if (krt_scratch_mode) { /* a proven temporary (scratch.c); the heap when it does not fit */
        void *scratch = krt_scratch_alloc(size);
        if (scratch) return scratch;
    }
    void *block = heap_alloc(size);
    if (KRT_UNLIKELY(!block)) {
        if (heap_collect_for_retry()) block = heap_alloc(size);
        if (!block) krt_raise_memory_error();
    }
    return block;
}

/* An object of a class whose instances can lie on a cycle: a KrtGcHead
 * first, linked into the ring; fields zeroed, so the collector may walk it
 * before its constructor has stored them. */
static KrtObject *gc_alloc_object(size_t size, uint16_t type) {
    size_t total = sizeof(KrtGcHead) + size;
    KrtGcHead *h = heap_alloc(total);
    if (KRT_UNLIKELY(!h)) {
        if (heap_collect_for_retry()) h = heap_alloc(total);
        if (!h) {
            krt_raise_memory_error();
            return NULL;
        }
    }
    h->next = &krt_gc_ring;
    h->prev = krt_gc_ring.prev;
    krt_gc_ring.prev->next = h;
    krt_gc_ring.prev = h;
    KrtObject *o = krt_gc_object(h);
    memset((char *)o + sizeof(KrtObject), 0, size - sizeof(KrtObject));
    o->rc = 1;
    o->type = type;
    return o;
}

void krt_gc_free_object(KrtObject *o, size_t size) {
    KrtGcHead *h = krt_gc_head(o);
    h->prev->next = h->next;
    h->next->prev = h->prev;
    krt_free(h, sizeof(KrtGcHead) + size);
}

void *krt_alloc_object(size_t size, uint16_t type) {
    if (KRT_UNLIKELY(krt_gc_run != NULL) && (krt_type(type)->flags & KRT_TYPE_GC))
        return gc_alloc_object(size, type);
    KrtObject *o = krt_alloc(size);
    if (KRT_UNLIKELY(!o)) return NULL;
    o->rc = 1;
    o->type = type;
    return o;
}

static void *heap_resize(void *block, size_t old_size, size_t new_size) {
    if (old_size == 0) old_size = 1;
    if (new_size == 0) new_size = 1;
    if (heap_should_fail() || heap_over_limit(new_size > old_size ? new_size - old_size : 0) ||
        new_size > SIZE_MAX - GUARD_SIZE)
        return NULL;
#if KRT_DEBUG_HEAP
    void *raw = guard_check(block, old_size);
    void *moved = krt_heap_backend_realloc(raw, old_size + GUARD_SIZE, new_size + GUARD_SIZE);
    if (!moved) return NULL;
    block = guard_wrap(moved, new_size);
#else
    block = krt_heap_backend_realloc(block, old_size, new_size);
    if (!block) return NULL;
#endif
    heap_stats.in_use = heap_stats.in_use - old_size + new_size;
    if (heap_stats.in_use > heap_stats.peak) heap_stats.peak = heap_stats.in_use;
    heap_stats.allocations++;
    return block;
}

/* A scratch block moves: to the scratch stack again while in scratch mode,
 * else to the heap.  quiet: no MemoryError when nothing can serve it. */
static void *scratch_resize(void *block, size_t old_size, size_t new_size, bool quiet) {
    void *moved = krt_scratch_mode ? krt_scratch_alloc(new_size) : NULL;
    if (!moved) moved = heap_alloc(new_size);
    if (!moved && heap_collect_for_retry()) moved = heap_alloc(new_size);
    if (!moved) {
        if (!quiet) krt_raise_memory_error();
        return NULL;
    }
    memcpy(moved, block, old_size < new_size ? old_size : new_size);
    krt_scratch_free(block);
    return moved;
}

void *krt_realloc(void *block, size_t old_size, size_t new_size) {
    if (!block) return krt_alloc(new_size);
    if (krt_scratch_may_own(block)) return scratch_resize(block, old_size, new_size, false);
    void *moved = heap_resize(block, old_size, new_size);
    if (KRT_UNLIKELY(!moved)) {
        if (heap_collect_for_retry()) moved = heap_resize(block, old_size, new_size);
        if (!moved) krt_raise_memory_error();
    }
    return moved;
}

void *krt_realloc_quiet(void *block, size_t old_size, size_t new_size) {
    if (block && krt_scratch_may_own(block)) return scratch_resize(block, old_size, new_size, true);
    return heap_resize(block, old_size, new_size);
}

void krt_free(void *block, size_t size) {
    if (!block) return;
    if (krt_scratch_may_own(block)) {
        krt_scratch_free(block);
        return;
    }
    if (size == 0) size = 1;
#if KRT_DEBUG_HEAP
    HeapGuard *g = guard_check(block, size);
    g->g.magic = HEAP_DEAD;
    memset(block, 0xDD, size);
    krt_heap_backend_free(g, size + GUARD_SIZE);
#else
    krt_heap_backend_free(block, size);
#endif
    heap_stats.in_use -= size;
    heap_stats.live_blocks--;
}

void krt_heap_stats(KrtHeapStats *out) {
    *out = heap_stats;
    out->arena_size = krt_heap_backend_arena_size();
    out->largest_free = krt_heap_backend_largest_free();
    out->free_total = krt_heap_backend_free_total();
}

#ifndef KRT_NO_TEST_HOOKS
void krt_heap_reset(void) {
    krt_heap_backend_reset();
    memset(&heap_stats, 0, sizeof heap_stats);
    heap_fail_countdown = 0;
}
#endif

/* ---- reports ------------------------------------------------------------- */

static void mem_info_field(const char *label, size_t value) {
    krt_out_cstr(label);
    krt_out_int((krt_int)value);
}

void krt_mem_info(void) {
    KrtHeapStats st;
    krt_heap_stats(&st);
    if (st.arena_size) {
        mem_info_field("heap: total: ", st.arena_size);
        mem_info_field(", used: ", st.arena_size - st.free_total);
        mem_info_field(", free: ", st.free_total);
    } else {
        krt_out_cstr("heap: system malloc");
    }
    mem_info_field("\n in use: ", st.in_use);
    mem_info_field(" in ", st.live_blocks);
    mem_info_field(" blocks, peak: ", st.peak);
    mem_info_field(", allocations: ", st.allocations);
    krt_out_cstr("\n");
    if (st.arena_size) {
        size_t fragmented = st.free_total ? (st.free_total - st.largest_free) * 100u / st.free_total : 0;
        mem_info_field(" max free sz: ", st.largest_free);
        mem_info_field(", fragmentation: ", fragmented);
        krt_out_cstr("%\n");
    }
}

krt_int krt_gc_mem_alloc(void) {
    KrtHeapStats st;
    krt_heap_stats(&st);
    return (krt_int)(st.arena_size ? st.arena_size - st.free_total : st.in_use);
}

krt_int krt_gc_mem_free(void) {
    KrtHeapStats st;
    krt_heap_stats(&st);
    return st.arena_size ? (krt_int)st.free_total : -1;
}

krt_int krt_gc_collect(void) {
    return krt_gc_run ? krt_gc_run() : 0; /* without cycles, nothing unreachable outlives its last reference */
}

void krt_gc_enable(void) {
    gc_enabled = true;
}

void krt_gc_disable(void) {
    gc_enabled = false;
}

bool krt_gc_isenabled(void) {
    return gc_enabled;
}

/* ---- backend: the system heap ------------------------------------------- */

#if KRT_HEAP_MALLOC
#include <stdlib.h>

void *krt_heap_backend_alloc(size_t size) {
    return malloc(size);
}

void *krt_heap_backend_realloc(void *block, size_t old_size, size_t new_size) {
    (void)old_size;
    return realloc(block, new_size);
}

void krt_heap_backend_free(void *block, size_t size) {
    (void)size;
    free(block);
}

size_t krt_heap_backend_arena_size(void) {
    return 0;
}

size_t krt_heap_backend_largest_free(void) {
    return SIZE_MAX; /* malloc cannot say */
}

size_t krt_heap_backend_free_total(void) {
    return SIZE_MAX;
}

void krt_heap_backend_reset(void) {
}
#endif
