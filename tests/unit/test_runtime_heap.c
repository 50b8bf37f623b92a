/* test_runtime_heap.c — the static-arena heap (runtime/heap_arena.c).
 *
 * The krt library is built with the system-malloc heap, so this test
 * compiles heap.c and heap_arena.c into itself with a 16 KiB arena (every
 * symbol of those files is then defined here and the linker never takes the
 * library's copies); the rest of the runtime allocates from that arena too.
 * It can also be built by hand with -DKRT_DEBUG_HEAP=1 (guard words on the
 * arena; exact-layout tests are then skipped, the leak report is tested).
 *
 * Pins down: every size class and its pooling rule, alignment, zero-size and
 * huge requests, exhaustion and recovery with nothing changed by a failure,
 * coalescing, realloc in place and by moving, the exactness of
 * largest_free, the fragmentation worst cases, krt_mem_info's text,
 * gc.mem_alloc/mem_free, and a long seeded random sequence checked against
 * a shadow model (no overlap, contents kept, statistics and every internal
 * invariant of the arena consistent after each step).
 */
#define _POSIX_C_SOURCE 200809L
#ifndef KRT_HEAP_SIZE
#define KRT_HEAP_SIZE 16384
#endif
#define KRT_HEAP_MALLOC 0
#ifndef KRT_DEBUG_HEAP
#define KRT_DEBUG_HEAP 0
#endif

#include "heap.c"
#include "heap_arena.c"
#if KRT_DEBUG_HEAP
#include "init.c"
#endif
#include "runtime_testlib.h"

/* Check's assertions report every pass to the parent process; loops over
 * bytes and blocks use this one, which costs nothing when it holds. */
#define HOT_ASSERT(cond, ...)                    \
    do {                                         \
        if (!(cond)) ck_abort_msg(__VA_ARGS__);  \
    } while (0)

/* Tests that count exact bytes assume no guard words. */
#define EXACT_LAYOUT (!KRT_DEBUG_HEAP)
/* Tests that print figures assume the 16 KiB arena too. */
#define EXACT_FIGURES (EXACT_LAYOUT && KRT_HEAP_SIZE == 16384)

/* ---- the arena's invariants, checked from the outside ------------------------ */

static bool in_free_list(uint32_t b) {
    unsigned fl, sl;
    list_of(block_size(b), &fl, &sl);
    for (uint32_t x = free_heads[fl][sl]; x; x = *word_at(x + HEADER))
        if (x == b) return true;
    return false;
}

/* Checks one slab; returns its free bytes. */
static size_t slab_check(uint32_t at) {
    Slab *s = slab_at(at / SLAB_SIZE);
    HOT_ASSERT((s->cls) < (POOL_CLASSES), "arena invariant: (s->cls) < (POOL_CLASSES)");
    /* only the one empty slab kept for its class may have no live block */
    HOT_ASSERT(s->live >= 1 || empty_slab[s->cls] == at / SLAB_SIZE, "arena invariant: an empty slab that is not kept");
    unsigned step = s->cls + 1u;
    HOT_ASSERT((s->carve) <= (SLAB_END_GRANULE), "arena invariant: (s->carve) <= (SLAB_END_GRANULE)");
    HOT_ASSERT(((s->carve - 1u) % step) == (0), "arena invariant: ((s->carve - 1u) %% step) == (0)");
    unsigned freed = 0;
    for (unsigned g = s->free_head; g; g = ((unsigned char *)s)[g * GRANULE]) {
        HOT_ASSERT((g) < (s->carve), "arena invariant: (g) < (s->carve)");
        HOT_ASSERT(((g - 1u) % step) == (0), "arena invariant: ((g - 1u) %% step) == (0)");
        HOT_ASSERT((++freed) <= (slab_capacity(s->cls)), "arena invariant: (++freed) <= (slab_capacity(s->cls))");
    }
    HOT_ASSERT((s->live + freed) == ((s->carve - 1u) / step), "arena invariant: (s->live + freed) == ((s->carve - 1u) / step)");
    bool listed = false;
    for (uint16_t i = slabs_with_room[s->cls]; i != SLAB_NONE; i = slab_at(i)->next)
        if (i == at / SLAB_SIZE) listed = true;
    HOT_ASSERT(listed == !slab_full(s), "arena invariant: listed == !slab_full(s)");
    return (slab_capacity(s->cls) - s->live) * class_bytes(s->cls);
}

static void arena_check(void) {
    if (!arena_ready) return;
    uint32_t b = FIRST_BLOCK, prev = 0, free_blocks = 0, slabs = 0;
    bool prev_free = false;
    size_t free_sum = 0, pool_sum = 0;
    while (b != SENTINEL) {
        HOT_ASSERT((b) < (SENTINEL), "arena invariant: (b) < (SENTINEL)");
        uint32_t h = *word_at(b), size = block_size(b);
        HOT_ASSERT((size % 8u) == (4u), "arena invariant: (size %% 8u) == (4u)");
        HOT_ASSERT((size) >= (MIN_PAYLOAD), "arena invariant: (size) >= (MIN_PAYLOAD)");
        HOT_ASSERT(((h & BLOCK_PREV_FREE) != 0) == (prev_free), "arena invariant: ((h & BLOCK_PREV_FREE) != 0) == (prev_free)");
        if (prev_free) HOT_ASSERT((*word_at(b - 4)) == (prev), "arena invariant: (*word_at(b - 4)) == (prev)");
        bool is_free = (h & BLOCK_FREE) != 0;
        if (is_free) {
            HOT_ASSERT(!prev_free, "two free blocks side by side at %u", (unsigned)b);
            HOT_ASSERT(in_free_list(b), "arena invariant: in_free_list(b)");
            free_sum += size;
            free_blocks++;
        } else if ((b + HEADER) % SLAB_SIZE == 0 && offset_in_slab(b + HEADER)) {
            /* a tail too small to be a block stays with the slab */
            HOT_ASSERT(size >= SLAB_PAYLOAD && size < SLAB_PAYLOAD + MIN_STRIDE, "arena invariant: size >= SLAB_PAYLOAD && size < SLAB_PAYLOAD + MIN_STRIDE");
            pool_sum += slab_check(b + HEADER);
            slabs++;
        }
        prev_free = is_free;
        prev = b;
        b = block_next(b);
    }
    HOT_ASSERT(((*word_at(SENTINEL) & BLOCK_PREV_FREE) != 0) == (prev_free), "arena invariant: ((*word_at(SENTINEL) & BLOCK_PREV_FREE) != 0) == (prev_free)");
    HOT_ASSERT((free_sum) == (tlsf_free_bytes), "arena invariant: (free_sum) == (tlsf_free_bytes)");
    HOT_ASSERT((pool_sum) == (pool_free_bytes), "arena invariant: (pool_sum) == (pool_free_bytes)");
    uint32_t listed = 0;
    for (unsigned fl = 0; fl < FL_COUNT; fl++) {
        HOT_ASSERT(((fl_bitmap >> fl) & 1u) == (sl_bitmap[fl] != 0), "arena invariant: ((fl_bitmap >> fl) & 1u) == (sl_bitmap[fl] != 0)");
        for (unsigned sl = 0; sl < SL_COUNT; sl++) {
            HOT_ASSERT(((sl_bitmap[fl] >> sl) & 1u) == (free_heads[fl][sl] != 0), "arena invariant: ((sl_bitmap[fl] >> sl) & 1u) == (free_heads[fl][sl] != 0)");
            for (uint32_t x = free_heads[fl][sl]; x; x = *word_at(x + HEADER)) {
                HOT_ASSERT(*word_at(x) & BLOCK_FREE, "arena invariant: *word_at(x) & BLOCK_FREE");
                listed++;
            }
        }
    }
    HOT_ASSERT((listed) == (free_blocks), "arena invariant: (listed) == (free_blocks)");
    uint32_t mapped = 0;
    for (uint32_t i = 0; i < SLAB_COUNT; i++) mapped += (slab_map[i / 32u] >> (i % 32u)) & 1u;
    HOT_ASSERT((mapped) == (slabs), "arena invariant: (mapped) == (slabs)");
}

static KrtHeapStats stats(void) {
    KrtHeapStats st;
    krt_heap_stats(&st);
    return st;
}

static void expect_memory_error(void) {
    ck_assert_msg(krt_exc_pending != NULL, "no MemoryError pending");
    ck_assert(krt_exc_matches(KRT_T_MEMORY_ERROR));
    KrtExc *e = krt_exc_fetch();
    krt_decref(&e->h);
}

static void heap_setup(void) {
    krt_heap_reset();
    rt_setup();
}

static void heap_teardown(void) {
    rt_teardown();
    arena_check();
    /* Everything freed: the arena is one free block again. */
    ck_assert_uint_eq(stats().largest_free, ARENA_BYTES - FIRST_BLOCK - 2u * HEADER);
}

static bool aligned(const void *p) {
    return (uintptr_t)p % ARENA_ALIGN == 0;
}

/* The arena's bytes of a TLSF block of n requested bytes. */
static size_t tlsf_cost(size_t n) {
    size_t c = (n + HEADER + 7u) & ~(size_t)7u;
    return c < MIN_STRIDE ? MIN_STRIDE : c;
}

/* ---- fresh arena, classes, alignment ---------------------------------------------- */

START_TEST(test_fresh_arena) {
    KrtHeapStats st = stats();
    ck_assert_uint_eq(st.arena_size, ARENA_BYTES);
    ck_assert_uint_eq(st.in_use, 0);
    ck_assert_uint_eq(st.live_blocks, 0);
    /* 4 bytes of padding, the first header, the closing sentinel */
    ck_assert_uint_eq(st.largest_free, ARENA_BYTES - 12);
    ck_assert_uint_eq(st.free_total, ARENA_BYTES - 12);
    ck_assert_int_eq(krt_gc_mem_alloc(), 12);
    ck_assert_int_eq(krt_gc_mem_free(), (krt_int)ARENA_BYTES - 12);
    /* The arena is a static array aligned for double and int64. */
    ck_assert(aligned(arena.bytes));
    arena_check();
}
END_TEST

/* The pooling rule of heap_arena.c: a pooled class costs no more than TLSF
 * would charge, and the next class up would cost more. */
START_TEST(test_pool_rule) {
    static const uint32_t slab_sizes[] = {128, 256, 512};
    static const uint32_t pool_max[] = {24, 56, 56};
    for (unsigned i = 0; i < 3; i++) {
        uint32_t s = slab_sizes[i];
        for (uint32_t c = 8; c <= pool_max[i]; c += 8) {
            uint32_t per_slab = (s - 16u) / c;
            ck_assert_msg(s <= per_slab * tlsf_cost(c), "slab %u class %u", s, c);
        }
        uint32_t next = pool_max[i] + 8u;
        ck_assert_msg(s > (s - 16u) / next * tlsf_cost(next), "slab %u class %u should not pool", s, next);
    }
    if (KRT_HEAP_SIZE >= 4096) {
        ck_assert_uint_eq(SLAB_SIZE, 256);
        ck_assert_uint_eq(POOL_MAX, 56);
    }
}
END_TEST

START_TEST(test_every_size_class) {
    for (size_t n = 1; n <= POOL_MAX + 40; n++) {
        unsigned char *a = krt_alloc(n), *b = krt_alloc(n);
        ck_assert_ptr_nonnull(a);
        ck_assert_ptr_nonnull(b);
        ck_assert(aligned(a) && aligned(b));
        memset(a, 0xA5, n);
        memset(b, 0x5A, n);
        if (EXACT_LAYOUT && n <= POOL_MAX) {
            /* Headerless, side by side in one slab of the right class. */
            ck_assert(offset_in_slab(offset_of(a)) && offset_in_slab(offset_of(b)));
            ck_assert_uint_eq(offset_of(a) / SLAB_SIZE, offset_of(b) / SLAB_SIZE);
            ck_assert_uint_eq(slab_at(offset_of(a) / SLAB_SIZE)->cls, (n + 7) / 8 - 1);
            /* side by side (in either order: the slab kept from the last size may be reused) */
            ck_assert_uint_eq((size_t)(a < b ? b - a : a - b), (n + 7) / 8 * 8);
        } else if (EXACT_LAYOUT) {
            ck_assert(!offset_in_slab(offset_of(a)));
            ck_assert_uint_eq((size_t)(b - a), tlsf_cost(n));
        }
        for (size_t i = 0; i < n; i++) HOT_ASSERT(a[i] == 0xA5 && b[i] == 0x5A, "byte %zu", i);
        arena_check();
        krt_free(a, n);
        krt_free(b, n);
    }
    ck_assert_uint_eq(stats().live_blocks, 0);
}
END_TEST

START_TEST(test_zero_size) {
    void *a = krt_alloc(0), *b = krt_alloc(0);
    ck_assert_ptr_nonnull(a);
    ck_assert_ptr_nonnull(b);
    ck_assert_ptr_ne(a, b);
    ck_assert_uint_eq(stats().in_use, 2);
    a = krt_realloc(a, 0, 0);
    ck_assert_ptr_nonnull(a);
    krt_free(a, 0);
    krt_free(b, 0);
    krt_free(NULL, 10);
}
END_TEST

START_TEST(test_huge_requests) {
    KrtHeapStats before = stats();
    static const size_t sizes[] = {SIZE_MAX, SIZE_MAX - 8, (size_t)1 << 31, ARENA_BYTES, ARENA_BYTES - 11};
    for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        ck_assert_ptr_null(krt_alloc(sizes[i]));
        expect_memory_error();
    }
    void *p = krt_alloc(10);
    ck_assert_ptr_null(krt_realloc(p, 10, SIZE_MAX));
    expect_memory_error();
    ck_assert_ptr_null(krt_realloc(p, 10, 1u << 20));
    expect_memory_error();
    krt_free(p, 10);
    KrtHeapStats after = stats();
    ck_assert_uint_eq(after.in_use, before.in_use);
    ck_assert_uint_eq(after.largest_free, before.largest_free);
    ck_assert_uint_eq(after.free_total, before.free_total);
    arena_check();
}
END_TEST

/* largest_free is exact: that many bytes can be had, one more cannot. */
START_TEST(test_largest_free_is_exact) {
    enum { N = 40 };
    void *p[N];
    size_t sz[N];
    uint32_t seed = 7;
    for (int round = 0; round < 200; round++) {
        int k = 0;
        for (; k < N; k++) {
            seed = seed * 1103515245u + 12345u;
            sz[k] = 60 + (seed >> 16) % 700;
            p[k] = krt_alloc(sz[k]);
            if (!p[k]) {
                expect_memory_error();
                break;
            }
        }
        for (int i = 0; i < k; i += 2) krt_free(p[i], sz[i]);
        size_t largest = stats().largest_free;
        if (largest > GUARD_SIZE) {
            void *q = krt_alloc(largest - GUARD_SIZE + 1);
            ck_assert_ptr_null(q);
            expect_memory_error();
            q = krt_alloc(largest - GUARD_SIZE);
            ck_assert_ptr_nonnull(q);
            krt_free(q, largest - GUARD_SIZE);
        }
        for (int i = 1; i < k; i += 2) krt_free(p[i], sz[i]);
        arena_check();
    }
}
END_TEST

/* A loop that allocates and frees one small object keeps its slab (no
 * carve and release per object), and the kept slabs never make a request
 * fail: the whole arena is still one block for a large request. */
START_TEST(test_kept_empty_slabs) {
    size_t whole = stats().largest_free;
    void *first = krt_alloc(24);
    ck_assert_ptr_nonnull(first);
    uint32_t slab = offset_of(first) / SLAB_SIZE;
    krt_free(first, 24);
    for (int i = 0; i < 100; i++) {
        void *o = krt_alloc(24);
        ck_assert_ptr_nonnull(o);
        ck_assert_uint_eq(offset_of(o) / SLAB_SIZE, slab); /* the kept slab serves again */
        krt_free(o, 24);
    }
    void *small[POOL_CLASSES];
    for (unsigned c = 0; c < POOL_CLASSES; c++) small[c] = krt_alloc((c + 1u) * GRANULE);
    for (unsigned c = 0; c < POOL_CLASSES; c++) krt_free(small[c], (c + 1u) * GRANULE);
    arena_check();
    void *big = krt_alloc(whole - GUARD_SIZE); /* releases every kept slab first */
    ck_assert_ptr_nonnull(big);
    krt_free(big, whole - GUARD_SIZE);
    arena_check();
}
END_TEST

/* ---- exhaustion, coalescing, realloc ------------------------------------------------- */

/* Allocates blocks of `size` until MemoryError; returns how many. */
static int fill_arena(void **blocks, int max, size_t size) {
    int n = 0;
    while (n < max) {
        void *p = krt_alloc(size);
        if (!p) {
            expect_memory_error();
            return n;
        }
        memset(p, n & 0xFF, size);
        blocks[n++] = p;
    }
    ck_abort_msg("arena never filled");
    return n;
}

START_TEST(test_exhaustion_then_recovery) {
    static void *blocks[4096];
    static const size_t sizes[] = {1, 8, 16, 24, 40, 56, 57, 100, 300, 1000};
    for (unsigned s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        size_t size = sizes[s];
        int first = 0;
        for (int round = 0; round < 3; round++) {
            KrtHeapStats empty = stats();
            int n = fill_arena(blocks, 4096, size);
            if (round == 0) first = n;
            ck_assert_int_eq(n, first); /* deterministic */
            KrtHeapStats full = stats();
            ck_assert_uint_eq(full.in_use, (size_t)n * size);
            ck_assert_uint_lt(full.largest_free, size + GUARD_SIZE);
            ck_assert_uint_ge(full.peak, full.in_use);
            /* The failed request changed nothing. */
            ck_assert_ptr_null(krt_alloc(size));
            expect_memory_error();
            KrtHeapStats again = stats();
            ck_assert_uint_eq(again.free_total, full.free_total);
            ck_assert_uint_eq(again.live_blocks, full.live_blocks);
            arena_check();
            for (int i = 0; i < n; i++) {
                unsigned char *p = blocks[i];
                ck_assert_uint_eq(p[0], (unsigned)(i & 0xFF));
                ck_assert_uint_eq(p[size - 1], (unsigned)(i & 0xFF));
            }
            for (int i = n - 1; i >= 0; i -= 2) krt_free(blocks[i], size);
            for (int i = n - 2; i >= 0; i -= 2) krt_free(blocks[i], size);
            KrtHeapStats back = stats();
            ck_assert_uint_eq(back.largest_free, empty.largest_free);
            ck_assert_uint_eq(back.free_total, empty.free_total);
            arena_check();
        }
        if (EXACT_LAYOUT && size >= 100) /* TLSF blocks: everything but one block's rounding is usable */
            ck_assert_uint_eq((size_t)first, (ARENA_BYTES - 8u) / tlsf_cost(size));
    }
}
END_TEST

START_TEST(test_coalescing) {
    const size_t third = ARENA_BYTES / 6, whole = 3 * third; /* half the arena */
    void *a = krt_alloc(third), *b = krt_alloc(third), *c = krt_alloc(third);
    void *rest[64];
    int n = fill_arena(rest, 64, 500);
    ck_assert_int_gt(n, 0);
    ck_assert_ptr_null(krt_alloc(2 * third));
    expect_memory_error();
    krt_free(a, third);
    krt_free(c, third);
    ck_assert_uint_lt(stats().largest_free, 2 * third);
    krt_free(b, third); /* merges with both neighbours at once */
    ck_assert_uint_ge(stats().largest_free, whole);
    arena_check();
    void *big = krt_alloc(whole);
    ck_assert_ptr_nonnull(big);
    if (EXACT_LAYOUT) ck_assert_ptr_eq(big, a);
    memset(big, 1, whole);
    krt_free(big, whole);
    for (int i = 0; i < n; i++) krt_free(rest[i], 500);
}
END_TEST

START_TEST(test_realloc_in_place_and_moving) {
    unsigned char *p = krt_alloc(200);
    for (int i = 0; i < 200; i++) p[i] = (unsigned char)i;
    unsigned char *q = krt_realloc(p, 200, 3000); /* the rest of the arena follows p */
    ck_assert_ptr_eq(q, p);
    for (int i = 0; i < 200; i++) ck_assert_uint_eq(q[i], (unsigned)i);
    size_t largest = stats().largest_free;
    q = krt_realloc(q, 3000, 1000); /* shrinking gives the tail back */
    ck_assert_ptr_eq(q, p);
    ck_assert_uint_eq(stats().largest_free, largest + 2000);
    void *fence = krt_alloc(500); /* now the next block is used */
    unsigned char *r = krt_realloc(q, 1000, 2000);
    ck_assert_ptr_nonnull(r);
    ck_assert_ptr_ne(r, p);
    for (int i = 0; i < 200; i++) ck_assert_uint_eq(r[i], (unsigned)i);
    krt_free(fence, 500);
    arena_check();
    /* A pooled block stays put within its class and moves across classes. */
    unsigned char *s = krt_alloc(17);
    memset(s, 7, 17);
    ck_assert_ptr_eq(krt_realloc(s, 17, 24 - GUARD_SIZE % 8), s);
    unsigned char *t = krt_realloc(s, 24 - GUARD_SIZE % 8, 200);
    ck_assert_ptr_ne(t, s);
    for (int i = 0; i < 17; i++) ck_assert_uint_eq(t[i], 7);
    unsigned char *u = krt_realloc(t, 200, 9); /* TLSF block shrinks in place */
    ck_assert_ptr_eq(u, t);
    krt_free(u, 9);
    krt_free(r, 2000);
    arena_check();
}
END_TEST

START_TEST(test_realloc_failure_keeps_block) {
    void *rest[64];
    unsigned char *p = krt_alloc(300);
    memset(p, 0x3C, 300);
    int n = fill_arena(rest, 64, 1000);
    KrtHeapStats before = stats();
    ck_assert_ptr_null(krt_realloc(p, 300, 5000));
    expect_memory_error();
    for (int i = 0; i < 300; i++) ck_assert_uint_eq(p[i], 0x3C);
    KrtHeapStats after = stats();
    ck_assert_uint_eq(after.in_use, before.in_use);
    ck_assert_uint_eq(after.free_total, before.free_total);
    arena_check();
    /* The failure hook on realloc also leaves everything as it was. */
    krt_heap_fail_at(1);
    ck_assert_ptr_null(krt_realloc(p, 300, 10));
    expect_memory_error();
    for (int i = 0; i < n; i++) krt_free(rest[i], 1000);
    krt_free(p, 300);
}
END_TEST

/* ---- fragmentation worst cases ------------------------------------------------------- */

/* One live block per slab pins the whole slab: 8-byte blocks filling the
 * arena, then all but the first of each slab freed, leave 30 times their
 * own size taken.  Freeing the pinned ones gives it all back. */
START_TEST(test_fragmentation_pinned_slabs) {
    if (!EXACT_FIGURES) return;
    static void *blocks[4096];
    int n = fill_arena(blocks, 4096, 8);
    int per_slab = (int)slab_capacity(0);
    ck_assert_int_eq(per_slab, 30);
    int kept = 0;
    for (int i = 0; i < n; i++) {
        uint32_t off = offset_of(blocks[i]);
        bool first_of_slab = offset_in_slab(off) && off % SLAB_SIZE == GRANULE;
        if (first_of_slab) blocks[kept++] = blocks[i];
        else krt_free(blocks[i], 8);
    }
    KrtHeapStats st = stats();
    ck_assert_uint_eq(st.in_use, (size_t)kept * 8);
    /* 63 * 30 pooled blocks, then 15 TLSF ones of 16 bytes in slice 0.
     * Each kept block holds a slab of SLAB_SIZE; the arena holds
     * ARENA_BYTES / SLAB_SIZE - 1 slabs at most (slice 0 has the first
     * header). */
    ck_assert_int_eq(kept, (int)(ARENA_BYTES / SLAB_SIZE) - 1);
    /* Left: the 244 bytes before the first slab (slice 0 holds the arena's
     * first header) and 8-byte holes in the slabs. */
    ck_assert_uint_eq(st.largest_free, SLAB_SIZE - 12u);
    ck_assert_uint_eq(tlsf_free_bytes, SLAB_SIZE - 12u);
    ck_assert_int_eq(krt_gc_mem_free(), (krt_int)((size_t)kept * (per_slab - 1) * 8 + tlsf_free_bytes));
    ck_assert_ptr_null(krt_alloc(SLAB_SIZE - 11u)); /* 15 KB free, none of it in one piece */
    expect_memory_error();
    rt_capture_start();
    krt_mem_info();
    krt_out_flush();
    ck_assert_str_eq(rt_out_captured.text,
                     "heap: total: 16384, used: 1524, free: 14860\n"
                     " in use: 504 in 63 blocks, peak: 15240, allocations: 1905\n"
                     " max free sz: 244, fragmentation: 98%\n");
    for (int i = 0; i < kept; i++) krt_free(blocks[i], 8);
}
END_TEST

/* TLSF's own worst case: alternate blocks freed leave holes no larger than
 * a block, whatever the free total. */
START_TEST(test_fragmentation_alternating_holes) {
    static void *blocks[256];
    int n = fill_arena(blocks, 256, 200);
    for (int i = 0; i < n; i += 2) krt_free(blocks[i], 200);
    KrtHeapStats st = stats();
    ck_assert_uint_ge(st.free_total, (size_t)(n / 2) * 200);
    ck_assert_uint_lt(st.largest_free, 2 * 200);
    ck_assert_ptr_null(krt_alloc(400));
    expect_memory_error();
    ck_assert_ptr_nonnull(blocks[0] = krt_alloc(200)); /* a hole of its size is reused */
    for (int i = 1; i < n; i += 2) krt_free(blocks[i], 200);
    krt_free(blocks[0], 200);
}
END_TEST

/* ---- reports ---------------------------------------------------------------------- */

START_TEST(test_mem_info_text) {
    if (!EXACT_FIGURES) return;
    void *a = krt_alloc(100), *b = krt_alloc(10);
    rt_capture_start();
    krt_mem_info();
    krt_out_flush();
    /* 100 bytes: a TLSF block of 104 at the start; 10 bytes: a 16-byte
     * block in a slab at offset 256 (15 blocks), the 140 bytes before it a
     * free block; the rest one free block of 15868. */
    ck_assert_str_eq(rt_out_captured.text,
                     "heap: total: 16384, used: 152, free: 16232\n"
                     " in use: 110 in 2 blocks, peak: 110, allocations: 2\n"
                     " max free sz: 15868, fragmentation: 2%\n");
    ck_assert_int_eq(krt_gc_mem_alloc(), 152);
    ck_assert_int_eq(krt_gc_mem_free(), 16232);
    krt_free(a, 100);
    krt_free(b, 10);
}
END_TEST

START_TEST(test_gc_mem_figures) {
    ck_assert_int_eq(krt_gc_mem_alloc() + krt_gc_mem_free(), (krt_int)ARENA_BYTES);
    krt_int before = krt_gc_mem_free();
    void *p = krt_alloc(1000);
    ck_assert_int_eq(before - krt_gc_mem_free(), (krt_int)tlsf_cost(1000 + GUARD_SIZE));
    ck_assert_int_eq(krt_gc_mem_alloc() + krt_gc_mem_free(), (krt_int)ARENA_BYTES);
    krt_free(p, 1000);
    ck_assert_int_eq(krt_gc_mem_free(), before);
}
END_TEST

/* ---- the runtime on the arena ---------------------------------------------------------- */

START_TEST(test_runtime_objects_on_arena) {
    KrtList *l = krt_list_new(&krt_elem_int, 0);
    for (krt_int i = 0; i < 300; i++) ck_assert(krt_list_append(l, &i)); /* grows by realloc */
    KrtStr *s = rt_str("arena");
    KrtStr *t = krt_str_repeat(s, 100);
    ck_assert_uint_eq(t->len, 500);
    ck_assert(offset_of(l) < ARENA_BYTES && offset_of(t) < ARENA_BYTES);
    arena_check();
    /* Exhausting the arena through the runtime raises MemoryError and the
     * list stays whole. */
    krt_int v = 0;
    while (krt_list_append(l, &v)) v++;
    expect_memory_error();
    ck_assert_uint_eq(l->len, 300 + (uint32_t)v);
    for (krt_int i = 0; i < 300; i++) ck_assert_int_eq(*(krt_int *)krt_list_at(l, i), i);
    arena_check();
    rt_decref(l);
    rt_decref(s);
    rt_decref(t);
}
END_TEST

#if KRT_DEBUG_HEAP
START_TEST(test_fini_reports_leaks_on_arena) {
    rt_capture_start();
    void *a = krt_alloc(10), *b = krt_alloc(1000);
    ck_assert_uint_eq(krt_fini(), 2);
    ck_assert_str_eq(rt_err_captured.text, "krait: 2 heap block(s) still live at exit\n");
    krt_free(a, 10);
    krt_free(b, 1000);
    ck_assert_uint_eq(krt_fini(), 0);
}
END_TEST
#endif

/* ---- random sequences against a shadow model ---------------------------------------------- */

typedef struct Shadow {
    unsigned char *p;
    size_t size;
    unsigned char tag;
} Shadow;

#define SHADOW_MAX 700
static Shadow shadow[SHADOW_MAX];
static size_t shadow_count;
static uint32_t rng_state;

static uint32_t rng(void) { /* xorshift32 */
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

static size_t random_size(void) {
    uint32_t r = rng() % 100;
    if (r < 60) return 1 + rng() % 64;
    if (r < 92) return 65 + rng() % 400;
    return 465 + rng() % 3500;
}

static unsigned char pattern(const Shadow *s, size_t i) {
    return (unsigned char)(s->tag + i * 31u);
}

static void shadow_fill(Shadow *s, size_t from) {
    for (size_t i = from; i < s->size; i++) s->p[i] = pattern(s, i);
}

static void shadow_verify(const Shadow *s) {
    for (size_t i = 0; i < s->size; i++)
        HOT_ASSERT(s->p[i] == pattern(s, i), "block of %zu bytes changed at %zu", s->size, i);
}

/* A new block lies in the arena, is aligned and overlaps no live block. */
static void shadow_check_new(const Shadow *s, size_t self) {
    HOT_ASSERT(aligned(s->p), "misaligned block");
    HOT_ASSERT(s->p >= arena.bytes && s->p + s->size <= arena.bytes + ARENA_BYTES, "block outside the arena");
    for (size_t i = 0; i < shadow_count; i++) {
        if (i == self) continue;
        const Shadow *o = &shadow[i];
        HOT_ASSERT(s->p + s->size <= o->p || o->p + o->size <= s->p, "blocks overlap");
    }
}

static void random_run(uint32_t seed, int steps) {
    rng_state = seed;
    shadow_count = 0;
    int failures = 0, moves = 0;
    for (int step = 0; step < steps; step++) {
        uint32_t op = rng() % 10;
        if (shadow_count == 0 || (op < 5 && shadow_count < SHADOW_MAX)) {
            Shadow s = {NULL, random_size(), (unsigned char)rng()};
            s.p = krt_alloc(s.size);
            if (!s.p) {
                expect_memory_error();
                ck_assert_uint_lt(stats().largest_free, s.size + GUARD_SIZE);
                failures++;
            } else {
                shadow_check_new(&s, SIZE_MAX);
                shadow_fill(&s, 0);
                shadow[shadow_count++] = s;
            }
        } else if (op < 8) {
            size_t i = rng() % shadow_count;
            shadow_verify(&shadow[i]);
            krt_free(shadow[i].p, shadow[i].size);
            shadow[i] = shadow[--shadow_count];
        } else {
            size_t i = rng() % shadow_count;
            Shadow *s = &shadow[i];
            size_t new_size = random_size();
            unsigned char *moved = krt_realloc(s->p, s->size, new_size);
            if (!moved) {
                expect_memory_error();
                failures++;
            } else {
                moves += moved != s->p;
                size_t old = s->size;
                s->p = moved;
                s->size = new_size;
                for (size_t k = 0; k < (old < new_size ? old : new_size); k++)
                    HOT_ASSERT(s->p[k] == pattern(s, k), "realloc lost byte %zu", k);
                shadow_check_new(s, i);
                shadow_fill(s, old < new_size ? old : new_size);
            }
        }
        if (step % 64 == 0 || step == steps - 1) {
            KrtHeapStats st = stats();
            size_t in_use = 0;
            for (size_t i = 0; i < shadow_count; i++) {
                in_use += shadow[i].size;
                shadow_verify(&shadow[i]);
            }
            ck_assert_uint_eq(st.in_use, in_use);
            ck_assert_uint_eq(st.live_blocks, shadow_count);
            ck_assert_uint_ge(st.peak, st.in_use);
            ck_assert_uint_le(st.largest_free, st.free_total);
            ck_assert_int_eq(krt_gc_mem_alloc() + krt_gc_mem_free(), ARENA_BYTES);
            arena_check();
        }
    }
    ck_assert_int_gt(failures, 0); /* the runs do reach exhaustion */
    ck_assert_int_gt(moves, 0);
    while (shadow_count) {
        shadow_count--;
        shadow_verify(&shadow[shadow_count]);
        krt_free(shadow[shadow_count].p, shadow[shadow_count].size);
    }
}

START_TEST(test_random_sequences) {
    static const uint32_t seeds[] = {1, 0x9E3779B9u, 20240601u, 0xDEADBEEFu};
    for (unsigned i = 0; i < sizeof seeds / sizeof seeds[0]; i++) random_run(seeds[i], 50000);
}
END_TEST

static Suite *heap_suite(void) {
    Suite *s = suite_create("runtime_heap");
    TCase *tc = tcase_create("arena");
    tcase_add_checked_fixture(tc, heap_setup, heap_teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_fresh_arena);
    tcase_add_test(tc, test_pool_rule);
    tcase_add_test(tc, test_every_size_class);
    tcase_add_test(tc, test_zero_size);
    tcase_add_test(tc, test_huge_requests);
    tcase_add_test(tc, test_largest_free_is_exact);
    tcase_add_test(tc, test_kept_empty_slabs);
    tcase_add_test(tc, test_exhaustion_then_recovery);
    tcase_add_test(tc, test_coalescing);
    tcase_add_test(tc, test_realloc_in_place_and_moving);
    tcase_add_test(tc, test_realloc_failure_keeps_block);
    tcase_add_test(tc, test_fragmentation_pinned_slabs);
    tcase_add_test(tc, test_fragmentation_alternating_holes);
    tcase_add_test(tc, test_mem_info_text);
    tcase_add_test(tc, test_gc_mem_figures);
    tcase_add_test(tc, test_runtime_objects_on_arena);
#if KRT_DEBUG_HEAP
    tcase_add_test(tc, test_fini_reports_leaks_on_arena);
#endif
    tcase_add_test(tc, test_random_sequences);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(heap_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
