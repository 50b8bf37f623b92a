/* heap_arena.c — the static-arena heap backend: size-class pools over a
 * two-level segregated fit (TLSF) allocator, in one array of KRT_HEAP_SIZE
 * bytes.
 *
 * Compiled when KRT_HEAP_MALLOC is 0, which -DKRT_HEAP_SIZE=<bytes> selects
 * (krt_internal.h).  The arena is a static array, so it shows in .bss and in
 * arm-none-eabi-size; nothing here calls malloc.  Every operation but the
 * copy of a moving realloc takes bounded time that does not depend on how
 * many blocks are live.  The arena is set up on first use (no call needed).
 *
 * Two allocators share the arena:
 *
 *  - The large-block allocator (TLSF, after Masmano et al.).  A block is a
 *    4-byte header (payload size | FREE | PREV_FREE) followed by its payload.
 *    Headers sit at offsets = 4 (mod 8), so payloads are 8-aligned and
 *    payload sizes are = 4 (mod 8): a request of n bytes takes
 *    round_up(n + 4, 8) bytes of the arena, at least MIN_STRIDE.  A free block
 *    keeps its links (next/prev free, as arena offsets) in its payload and its
 *    own offset in its last word, which the next block reads when its
 *    PREV_FREE bit is set: that is how a free coalesces with both neighbours
 *    at once, so no two free blocks are ever adjacent.  Free blocks are kept
 *    in FL_COUNT x SL_COUNT lists (first level: the power of two of the size;
 *    second level: SL_COUNT equal slices of it) with a bitmap per level, so
 *    finding a block is two bit scans.  Requests are rounded up to the next
 *    list boundary (any block there fits); failing that, the head of the
 *    request's own list is tried.  Links are 32-bit offsets, not pointers, so
 *    a 64-bit host lays out the arena exactly as a 32-bit target does.
 *
 *  - Size-class pools for blocks of at most POOL_MAX bytes: classes every
 *    8 bytes, each served from slabs of SLAB_SIZE bytes.  A slab is a TLSF
 *    block that is exactly one aligned slice of the arena (payload at a
 *    multiple of SLAB_SIZE, its header in the slice before, its last word
 *    the next block's header), so slabs can sit side by side.  A bitmap
 *    with one bit per slice says which slices are slabs, so freeing a pooled
 *    block finds its slab from its address, and small blocks carry no header
 *    at all.  A slab has an 8-byte header (class, live count, free list,
 *    carve mark, links of its class's list of slabs with room).  A slab
 *    whose last block is freed goes back to TLSF, so memory moves freely
 *    between classes and large blocks — except one empty slab per class,
 *    kept so that a loop allocating and freeing one object does not carve
 *    and release a slab each time.  A request that finds no room releases
 *    the kept slabs (at most POOL_CLASSES) and tries again, so keeping them
 *    never makes an allocation fail.  A small request that finds no
 *    room in its class and cannot place a new slab takes a block of a larger
 *    class with room, else a TLSF block.
 *
 * Worst cases.  Time: every path is a fixed number of steps (bit scans,
 * at most two splits and two merges, at most POOL_CLASSES looks), except
 * the copy of a realloc that moves.  Space: a TLSF block costs
 * round_up(n + 4, 8) bytes (16 at least); a pooled one its class (n rounded
 * up to 8) plus its share of the slab.  Fragmentation: one live block pins
 * a whole slab (8-byte blocks: 30 per 256-byte slab, so 8 live bytes can
 * hold 256); between large blocks, holes as usual (TLSF keeps no two free
 * blocks adjacent, so every hole is bounded by live blocks).
 * test_runtime_heap.c builds both cases and checks the figures.
 *
 * Which classes are pooled follows one rule: a class is pooled when its
 * share of a slab (slab bytes over blocks per slab) is below what TLSF would
 * charge for the same block; see POOL_MAX.
 *
 * The size passed to krt_heap_backend_free is not needed (slabs know their
 * class, TLSF blocks their size); the debug guard in heap.c checks it.
 *
 * Not here: statistics of requested bytes, MemoryError, test hooks and the
 * debug guard (heap.c).  Not here either: growing a block backwards into a
 * free predecessor (realloc moves instead).
 */
#include <string.h>

#include "krt_internal.h"

#if !KRT_HEAP_MALLOC

/* ---- limits ---------------------------------------------------------------- */

/* Every block is aligned for double and int64 (8 on AAPCS and on 64-bit
 * hosts); nothing the runtime stores needs more. */
#define ARENA_ALIGN 8u
#define ARENA_BYTES ((uint32_t)(KRT_HEAP_SIZE) & ~(ARENA_ALIGN - 1u))

#if KRT_HEAP_SIZE < 256
#error "KRT_HEAP_SIZE must be at least 256 bytes"
#endif
#if KRT_HEAP_SIZE > 0x40000000
#error "KRT_HEAP_SIZE must be at most 1 GiB (block offsets are 32-bit with two flag bits)"
#endif

/* Slab size: a power of two.  Larger slabs fit more classes but pin more
 * memory when one live block keeps a slab alive (the worst case above);
 * 128 for arenas below 4 KiB, else 256. */
#ifndef KRT_HEAP_SLAB_SIZE
#if KRT_HEAP_SIZE >= 4096
#define KRT_HEAP_SLAB_SIZE 256
#else
#define KRT_HEAP_SLAB_SIZE 128
#endif
#endif
#define SLAB_SIZE ((uint32_t)KRT_HEAP_SLAB_SIZE)
#if (KRT_HEAP_SLAB_SIZE & (KRT_HEAP_SLAB_SIZE - 1)) != 0 || KRT_HEAP_SLAB_SIZE < 64 || KRT_HEAP_SLAB_SIZE > 1024
#error "KRT_HEAP_SLAB_SIZE must be a power of two from 64 to 1024"
#endif
#if KRT_HEAP_SIZE / KRT_HEAP_SLAB_SIZE >= 0xFFFF
#error "KRT_HEAP_SIZE / KRT_HEAP_SLAB_SIZE must fit a 16-bit slab index"
#endif

/* Largest pooled size.  A slab takes exactly SLAB_SIZE bytes of the arena
 * and holds floor((SLAB_SIZE - 16) / c) blocks of c bytes (its header
 * granule and its last granule are not blocks), so a pooled block costs
 * SLAB_SIZE / floor((SLAB_SIZE - 16) / c); from TLSF it costs
 * round_up(c + 4, 8), at least 16.  A class is pooled while the first is no
 * more than the second (ties go to the pool: it is faster and headerless),
 * which holds for every multiple of 8 up to 24 with 128-byte slabs
 * (128/4 = 32 <= 32; 128/3 = 42.7 > 40 for 32) and up to 56 with 256- and
 * 512-byte slabs (256/4 = 64 <= 64, 512/8 = 64 <= 64; 256/3 = 85.3 and
 * 512/7 = 73.1 > 72 for 64).  test_runtime_heap.c checks the rule. */
#ifndef KRT_HEAP_POOL_MAX
#if KRT_HEAP_SLAB_SIZE >= 256
#define KRT_HEAP_POOL_MAX 56
#elif KRT_HEAP_SLAB_SIZE >= 128
#define KRT_HEAP_POOL_MAX 24
#else
#define KRT_HEAP_POOL_MAX 16
#endif
#endif
#define POOL_MAX ((size_t)KRT_HEAP_POOL_MAX)
#define POOL_CLASSES (KRT_HEAP_POOL_MAX / 8)
#if KRT_HEAP_POOL_MAX % 8 != 0 || (KRT_HEAP_SLAB_SIZE - 16) / KRT_HEAP_POOL_MAX < 2
#error "KRT_HEAP_POOL_MAX must be a multiple of 8 and fit twice in a slab"
#endif

#define GRANULE 8u                           /* pool blocks are whole granules */
#define SLAB_GRANULES (SLAB_SIZE / GRANULE)
/* Granule 0 of a slab is its header; the last granule ends with the header
 * of the next block, so blocks use granules 1 .. SLAB_GRANULES - 2. */
#define SLAB_END_GRANULE (SLAB_GRANULES - 1u)
#define SLAB_PAYLOAD (SLAB_SIZE - HEADER) /* the slab's TLSF payload: the slice less its last word */
#define SLAB_NONE 0xFFFFu
#define SLAB_COUNT (ARENA_BYTES / SLAB_SIZE)
#define SLAB_MAP_WORDS ((SLAB_COUNT + 31u) / 32u)

/* TLSF: SL_COUNT second-level lists per power of two.  4 keeps the list
 * heads small (FL_COUNT * 16 bytes) at the price of rounding a request up by
 * at most a quarter of its power of two when searching. */
#define SL_LOG2 2u
#define SL_COUNT (1u << SL_LOG2)
#define FL_SHIFT (SL_LOG2 + 3u)       /* sizes below 32 are one list per granule */
#define SMALL_LIMIT (1u << FL_SHIFT)
#define LOG2_OF(n)                                                                            \
    ((n) >= (1u << 30) ? 30 : (n) >= (1u << 29) ? 29 : (n) >= (1u << 28) ? 28 : (n) >= (1u << 27) ? 27 \
     : (n) >= (1u << 26) ? 26 : (n) >= (1u << 25) ? 25 : (n) >= (1u << 24) ? 24 : (n) >= (1u << 23) ? 23 \
     : (n) >= (1u << 22) ? 22 : (n) >= (1u << 21) ? 21 : (n) >= (1u << 20) ? 20 : (n) >= (1u << 19) ? 19 \
     : (n) >= (1u << 18) ? 18 : (n) >= (1u << 17) ? 17 : (n) >= (1u << 16) ? 16 : (n) >= (1u << 15) ? 15 \
     : (n) >= (1u << 14) ? 14 : (n) >= (1u << 13) ? 13 : (n) >= (1u << 12) ? 12 : (n) >= (1u << 11) ? 11 \
     : (n) >= (1u << 10) ? 10 : (n) >= (1u << 9) ? 9 : 8)
#define FL_COUNT (LOG2_OF(ARENA_BYTES) - FL_SHIFT + 2u)

#define BLOCK_FREE 1u      /* this block is free (in a list) */
#define BLOCK_PREV_FREE 2u /* the block before is free; the word before the header is its offset */
#define BLOCK_FLAGS 3u
#define HEADER 4u
#define MIN_PAYLOAD 12u                   /* two links and the trailing offset word */
#define MIN_STRIDE (HEADER + MIN_PAYLOAD) /* smallest block, header included */
#define FIRST_BLOCK 4u                    /* offsets 0..3 pad; 0 means "no block" */
#define SENTINEL (ARENA_BYTES - HEADER)   /* a used 0-byte block closing the arena */

/* The arena, aligned by its union partners for every type a block holds. */
static union {
    unsigned char bytes[ARENA_BYTES];
    double align_double;
    long long align_ll;
    void *align_ptr;
} arena;

struct arena_align_probe_double { char c; double d; };
struct arena_align_probe_ll { char c; long long ll; };
typedef char arena_align_check[(offsetof(struct arena_align_probe_double, d) <= ARENA_ALIGN &&
                                offsetof(struct arena_align_probe_ll, ll) <= ARENA_ALIGN &&
                                sizeof(void *) <= ARENA_ALIGN) ? 1 : -1];

/* TLSF state. */
static uint32_t fl_bitmap;                      /* bit fl: some list of row fl is non-empty */
static uint8_t sl_bitmap[FL_COUNT];             /* bit sl: list [fl][sl] is non-empty */
static uint32_t free_heads[FL_COUNT][SL_COUNT]; /* first free block of each list, 0 if none */
static size_t tlsf_free_bytes;                  /* payload bytes of all free blocks */

/* Pool state. */
typedef struct Slab {
    uint16_t next, prev; /* neighbours in its class's list of slabs with room */
    uint8_t free_head;   /* granule of the first freed block, 0 if none */
    uint8_t carve;       /* granule where never-used space starts */
    uint8_t cls;         /* class index: blocks of (cls + 1) * 8 bytes */
    uint8_t live;        /* blocks handed out */
} Slab;
static uint16_t slabs_with_room[POOL_CLASSES]; /* slab index, SLAB_NONE if none */
static uint16_t empty_slab[POOL_CLASSES];      /* an empty slab kept for its class, SLAB_NONE if none */
static uint32_t slab_map[SLAB_MAP_WORDS];      /* bit i: slice i of the arena is a slab */
static size_t pool_free_bytes;                 /* free blocks in slabs, in bytes */
static bool arena_ready;

typedef char slab_header_check[sizeof(Slab) == GRANULE ? 1 : -1];

/* ---- small helpers ------------------------------------------------------------- */

static uint32_t *word_at(uint32_t off) {
    return (uint32_t *)(void *)(arena.bytes + off);
}

static uint32_t offset_of(const void *p) {
    return (uint32_t)((const unsigned char *)p - arena.bytes);
}

static unsigned highest_bit(uint32_t v) { /* v != 0 */
#if defined(__GNUC__)
    return 31u - (unsigned)__builtin_clz(v);
#else
    unsigned r = 0;
    while (v >>= 1) r++;
    return r;
#endif
}

static unsigned lowest_bit(uint32_t v) { /* v != 0 */
#if defined(__GNUC__)
    return (unsigned)__builtin_ctz(v);
#else
    unsigned r = 0;
    while (!(v & 1u)) v >>= 1, r++;
    return r;
#endif
}

/* ---- TLSF blocks ---------------------------------------------------------------- */

static uint32_t block_size(uint32_t b) {
    return *word_at(b) & ~BLOCK_FLAGS;
}

static void block_set_size(uint32_t b, uint32_t size) {
    *word_at(b) = size | (*word_at(b) & BLOCK_FLAGS);
}

static uint32_t block_next(uint32_t b) {
    return b + HEADER + block_size(b);
}

/* List of a block of payload `size`. */
static void list_of(uint32_t size, unsigned *fl, unsigned *sl) {
    if (size < SMALL_LIMIT) {
        *fl = 0;
        *sl = size / GRANULE;
    } else {
        unsigned top = highest_bit(size);
        *fl = top - FL_SHIFT + 1u;
        *sl = (size >> (top - SL_LOG2)) - SL_COUNT;
    }
}

static void list_insert(uint32_t b) {
    uint32_t size = block_size(b);
    unsigned fl, sl;
    list_of(size, &fl, &sl);
    uint32_t head = free_heads[fl][sl];
    *word_at(b + HEADER) = head; /* next */
    *word_at(b + HEADER + 4) = 0; /* prev */
    if (head) *word_at(head + HEADER + 4) = b;
    free_heads[fl][sl] = b;
    fl_bitmap |= 1u << fl;
    sl_bitmap[fl] = (uint8_t)(sl_bitmap[fl] | (1u << sl));
    tlsf_free_bytes += size;
}

static void list_remove(uint32_t b) {
    uint32_t size = block_size(b);
    unsigned fl, sl;
    list_of(size, &fl, &sl);
    uint32_t next = *word_at(b + HEADER), prev = *word_at(b + HEADER + 4);
    if (next) *word_at(next + HEADER + 4) = prev;
    if (prev) {
        *word_at(prev + HEADER) = next;
    } else {
        free_heads[fl][sl] = next;
        if (!next) {
            sl_bitmap[fl] = (uint8_t)(sl_bitmap[fl] & ~(1u << sl));
            if (!sl_bitmap[fl]) fl_bitmap &= ~(1u << fl);
        }
    }
    tlsf_free_bytes -= size;
}

/* Marks b free and tells the block after it where b starts. */
static void block_mark_free(uint32_t b) {
    *word_at(b) |= BLOCK_FREE;
    uint32_t next = block_next(b);
    *word_at(next) |= BLOCK_PREV_FREE;
    *word_at(next - 4) = b;
}

static void block_mark_used(uint32_t b) {
    *word_at(b) &= ~BLOCK_FREE;
    *word_at(block_next(b)) &= ~BLOCK_PREV_FREE;
}

/* Frees used block b (its PREV_FREE bit is right), merging it with free
 * neighbours, and files the result. */
static void block_release(uint32_t b) {
    uint32_t next = block_next(b);
    if (*word_at(next) & BLOCK_FREE) {
        list_remove(next);
        block_set_size(b, block_size(b) + HEADER + block_size(next));
    }
    if (*word_at(b) & BLOCK_PREV_FREE) {
        uint32_t prev = *word_at(b - 4);
        list_remove(prev);
        block_set_size(prev, block_size(prev) + HEADER + block_size(b));
        b = prev;
    }
    block_mark_free(b);
    list_insert(b);
}

/* Cuts used block b down to payload `keep`, freeing the rest when it can
 * make a block of its own. */
static void block_trim(uint32_t b, uint32_t keep) {
    uint32_t size = block_size(b);
    if (size - keep < MIN_STRIDE) return;
    uint32_t tail = b + HEADER + keep;
    *word_at(tail) = size - keep - HEADER; /* used, its predecessor b used */
    block_set_size(b, keep);
    block_release(tail);
}

/* Payload for a request of n bytes (n <= ARENA_BYTES). */
static uint32_t payload_for(size_t n) {
    uint32_t p = (((uint32_t)n + HEADER + ARENA_ALIGN - 1u) & ~(ARENA_ALIGN - 1u)) - HEADER;
    return p < MIN_PAYLOAD ? MIN_PAYLOAD : p;
}

/* A free block of at least `size` payload bytes, or 0: two bit scans. */
static uint32_t block_find(uint32_t size) {
    unsigned fl, sl;
    uint32_t rounded = size;
    if (size >= SMALL_LIMIT) rounded += (1u << (highest_bit(size) - SL_LOG2)) - 1u;
    list_of(rounded, &fl, &sl);
    if (fl < FL_COUNT) {
        uint32_t sl_map = sl_bitmap[fl] & (~0u << sl);
        if (!sl_map) {
            uint32_t fl_map = fl_bitmap & (~0u << (fl + 1u));
            if (fl_map) {
                fl = lowest_bit(fl_map);
                sl_map = sl_bitmap[fl];
            }
        }
        if (sl_map) return free_heads[fl][lowest_bit(sl_map)];
    }
    /* Every list above is empty: the head of size's own list may still do. */
    list_of(size, &fl, &sl);
    if (fl < FL_COUNT) {
        uint32_t head = free_heads[fl][sl];
        if (head && block_size(head) >= size) return head;
    }
    return 0;
}

static void *tlsf_alloc(size_t n) {
    if (n > ARENA_BYTES) return NULL;
    uint32_t size = payload_for(n);
    uint32_t b = block_find(size);
    if (!b) return NULL;
    list_remove(b);
    block_mark_used(b);
    block_trim(b, size);
    return arena.bytes + b + HEADER;
}

/* ---- slabs --------------------------------------------------------------------- */

static Slab *slab_at(uint32_t index) {
    return (Slab *)(void *)(arena.bytes + index * SLAB_SIZE);
}

static bool offset_in_slab(uint32_t off) {
    uint32_t index = off / SLAB_SIZE;
    return index < SLAB_COUNT && (slab_map[index / 32u] >> (index % 32u) & 1u);
}

static uint32_t class_bytes(unsigned cls) {
    return (cls + 1u) * GRANULE;
}

static uint32_t slab_capacity(unsigned cls) {
    return (SLAB_END_GRANULE - 1u) / (cls + 1u);
}

static bool slab_full(const Slab *s) {
    return !s->free_head && s->carve + s->cls + 1u > SLAB_END_GRANULE;
}

/* Can free block b hold a slab?  *slab_off: where the slab's payload would
 * start (a multiple of SLAB_SIZE, and either b's payload or at least
 * MIN_STRIDE past it, so the bytes before make a block of their own). */
static bool slab_fits(uint32_t b, uint32_t *slab_off) {
    uint32_t payload = b + HEADER;
    uint32_t at = (payload + SLAB_SIZE - 1u) & ~(SLAB_SIZE - 1u);
    if (at != payload && at - payload < MIN_STRIDE) at += SLAB_SIZE;
    *slab_off = at;
    return at + SLAB_PAYLOAD <= payload + block_size(b);
}

/* A TLSF block whose payload is a whole aligned slice of the arena; returns
 * the slice's offset, 0 when no free block holds one. */
static uint32_t slab_carve(void) {
    uint32_t at;
    uint32_t b = block_find(SLAB_PAYLOAD);
    if (!b || !slab_fits(b, &at)) {
        /* A block this size holds an aligned slice wherever it starts (the
         * slice begins at most SLAB_SIZE + 8 bytes into it). */
        b = block_find(2u * SLAB_SIZE + HEADER);
        if (!b || !slab_fits(b, &at)) return 0;
    }
    list_remove(b);
    block_mark_used(b);
    if (at != b + HEADER) { /* free the bytes before the slice */
        uint32_t slab = at - HEADER;
        *word_at(slab) = block_next(b) - slab - HEADER;
        block_set_size(b, slab - b - HEADER);
        block_release(b);
        b = slab;
    }
    block_trim(b, SLAB_PAYLOAD);
    return at;
}

static void slab_link(unsigned cls, uint16_t index) {
    Slab *s = slab_at(index);
    s->prev = SLAB_NONE;
    s->next = slabs_with_room[cls];
    if (s->next != SLAB_NONE) slab_at(s->next)->prev = index;
    slabs_with_room[cls] = index;
}

static void slab_unlink(unsigned cls, uint16_t index) {
    Slab *s = slab_at(index);
    if (s->next != SLAB_NONE) slab_at(s->next)->prev = s->prev;
    if (s->prev != SLAB_NONE) slab_at(s->prev)->next = s->next;
    else slabs_with_room[cls] = s->next;
}

/* A new slab for class cls, linked as the class's first; false when no
 * free block holds an aligned slice. */
static bool slab_new(unsigned cls) {
    uint32_t at = slab_carve();
    if (!at) return false;
    uint16_t index = (uint16_t)(at / SLAB_SIZE);
    Slab *fresh = slab_at(index);
    fresh->free_head = 0;
    fresh->carve = 1;
    fresh->cls = (uint8_t)cls;
    fresh->live = 0;
    slab_link(cls, index);
    slab_map[index / 32u] |= 1u << (index % 32u);
    pool_free_bytes += slab_capacity(cls) * class_bytes(cls);
    return true;
}

/* A block from the first slab with room of class cls (there is one). */
static void *pool_take(unsigned cls) {
    uint16_t index = slabs_with_room[cls];
    Slab *s = slab_at(index);
    unsigned char *base = (unsigned char *)s;
    unsigned granule;
    if (s->free_head) {
        granule = s->free_head;
        s->free_head = base[granule * GRANULE]; /* a free block's first byte links the next */
    } else {
        granule = s->carve;
        s->carve = (uint8_t)(s->carve + cls + 1u);
    }
    s->live++;
    if (empty_slab[cls] == index) empty_slab[cls] = SLAB_NONE;
    if (slab_full(s)) slab_unlink(cls, index);
    pool_free_bytes -= class_bytes(cls);
    return base + granule * GRANULE;
}

/* An empty slab goes back to TLSF. */
static void slab_release(unsigned cls, uint16_t index) {
    slab_unlink(cls, index);
    slab_map[index / 32u] &= ~(1u << (index % 32u));
    pool_free_bytes -= slab_capacity(cls) * class_bytes(cls);
    block_release(index * SLAB_SIZE - HEADER);
}

static void pool_free(uint32_t off) {
    uint16_t index = (uint16_t)(off / SLAB_SIZE);
    Slab *s = slab_at(index);
    unsigned cls = s->cls;
    bool was_full = slab_full(s);
    unsigned granule = (off % SLAB_SIZE) / GRANULE;
    ((unsigned char *)s)[granule * GRANULE] = s->free_head;
    s->free_head = (uint8_t)granule;
    s->live--;
    pool_free_bytes += class_bytes(cls);
    /* Refilled slabs go first: the fullest slabs serve, the emptiest drain. */
    if (was_full) slab_link(cls, index);
    if (s->live == 0) {
        if (empty_slab[cls] == SLAB_NONE) {
            empty_slab[cls] = index;
            return;
        }
        slab_release(cls, index);
    }
}

/* Releases the empty slabs kept for their classes; false if there was none. */
static bool release_empty_slabs(void) {
    bool any = false;
    for (unsigned c = 0; c < POOL_CLASSES; c++)
        if (empty_slab[c] != SLAB_NONE) {
            slab_release(c, empty_slab[c]);
            empty_slab[c] = SLAB_NONE;
            any = true;
        }
    return any;
}

static unsigned pool_class_of(size_t n) { /* 0 < n <= POOL_MAX */
    return (unsigned)((n + GRANULE - 1u) / GRANULE) - 1u;
}

/* ---- setup ---------------------------------------------------------------------- */

static void arena_setup(void) {
    fl_bitmap = 0;
    memset(sl_bitmap, 0, sizeof sl_bitmap);
    memset(free_heads, 0, sizeof free_heads);
    memset(slab_map, 0, sizeof slab_map);
    for (unsigned c = 0; c < POOL_CLASSES; c++) slabs_with_room[c] = empty_slab[c] = SLAB_NONE;
    tlsf_free_bytes = pool_free_bytes = 0;
    *word_at(SENTINEL) = 0;
    *word_at(FIRST_BLOCK) = SENTINEL - FIRST_BLOCK - HEADER;
    block_mark_free(FIRST_BLOCK);
    list_insert(FIRST_BLOCK);
    arena_ready = true;
}

static void arena_ensure_ready(void) {
    if (KRT_UNLIKELY(!arena_ready)) arena_setup();
}

/* ---- the backend interface -------------------------------------------------------- */

/* A pooled request takes its class, else a new slab of its class, else a
 * larger class with room (at most POOL_CLASSES - 1 looks), else a TLSF
 * block.  So every request up to krt_heap_backend_largest_free succeeds. */
static void *alloc_once(size_t size) {
    if (size <= POOL_MAX) {
        unsigned cls = pool_class_of(size);
        if (slabs_with_room[cls] != SLAB_NONE || slab_new(cls)) return pool_take(cls);
        for (unsigned c = cls + 1u; c < POOL_CLASSES; c++)
            if (slabs_with_room[c] != SLAB_NONE) return pool_take(c);
    }
    return tlsf_alloc(size);
}

void *krt_heap_backend_alloc(size_t size) {
    arena_ensure_ready();
    void *block = alloc_once(size);
    if (KRT_UNLIKELY(!block) && release_empty_slabs()) block = alloc_once(size);
    return block;
}

void krt_heap_backend_free(void *block, size_t size) {
    (void)size;
    uint32_t off = offset_of(block);
    if (offset_in_slab(off)) pool_free(off);
    else block_release(off - HEADER);
}

static void *heap_move(void *block, size_t old_size, size_t new_size) {
    void *moved = krt_heap_backend_alloc(new_size);
    if (!moved) return NULL;
    memcpy(moved, block, old_size < new_size ? old_size : new_size);
    krt_heap_backend_free(block, old_size);
    return moved;
}

void *krt_heap_backend_realloc(void *block, size_t old_size, size_t new_size) {
    uint32_t off = offset_of(block);
    if (offset_in_slab(off)) {
        unsigned cls = slab_at(off / SLAB_SIZE)->cls;
        if (new_size > class_bytes(cls)) return heap_move(block, old_size, new_size);
        if (pool_class_of(new_size) == cls) return block;
        /* Shrinking: move to the smaller class when there is room, else stay. */
        void *moved = heap_move(block, old_size, new_size);
        return moved ? moved : block;
    }
    if (new_size > ARENA_BYTES) return NULL;
    uint32_t b = off - HEADER;
    uint32_t want = payload_for(new_size), size = block_size(b);
    if (want > size) {
        uint32_t next = block_next(b);
        if (!(*word_at(next) & BLOCK_FREE) || size + HEADER + block_size(next) < want)
            return heap_move(block, old_size, new_size);
        list_remove(next); /* grow in place over the free neighbour */
        block_set_size(b, size + HEADER + block_size(next));
        *word_at(block_next(b)) &= ~BLOCK_PREV_FREE;
    }
    block_trim(b, want);
    return block;
}

size_t krt_heap_backend_arena_size(void) {
    return ARENA_BYTES;
}

/* Exact: a request of this many bytes succeeds now and one byte more fails.
 * The head of the highest non-empty list is the block block_find's fallback
 * tries for that list, and every smaller request is rounded into a list at
 * or below it.  The kept empty slabs are released first, as a request that
 * found no room would. */
size_t krt_heap_backend_largest_free(void) {
    arena_ensure_ready();
    release_empty_slabs(); /* what a failing request would do first */
    size_t largest = 0;
    if (fl_bitmap) {
        unsigned fl = highest_bit(fl_bitmap);
        largest = block_size(free_heads[fl][highest_bit(sl_bitmap[fl])]);
    }
    for (unsigned c = 0; c < POOL_CLASSES; c++)
        if (slabs_with_room[c] != SLAB_NONE && class_bytes(c) > largest) largest = class_bytes(c);
    return largest;
}

size_t krt_heap_backend_free_total(void) {
    arena_ensure_ready();
    return tlsf_free_bytes + pool_free_bytes;
}

void krt_heap_backend_reset(void) {
    arena_ready = false;
}

#else
/* ISO C forbids an empty translation unit. */
typedef int krt_heap_arena_unused;
#endif
