/* arena.c — chunked bump allocator.
 *
 * Chunks of at least ARENA_CHUNK bytes are malloc'd and linked; a request
 * larger than a chunk gets a chunk of its own.  Nothing is freed until
 * arena_free.  Alignment is that of max_align_t's C99 stand-in (a union of the
 * widest scalar types).
 *
 * Zeroing is done per chunk, not per request: a chunk's bytes past `used`
 * are always zero (fresh chunks come from calloc), so arena_alloc only bumps
 * a pointer, inline (arena.h); this file has its way when the current chunk
 * is full.  Requests over a quarter of a chunk get a chunk of their own,
 * linked behind the current one so that its free space is not lost.  arena_free keeps up to ARENA_SPARE_BYTES of chunks for the
 * next arena, zeroing only the part that was used: `krait check` over many
 * files then reuses warm memory instead of having the system hand out (and
 * fault in) fresh pages for every file.
 */
#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 64 KiB: big enough that a 10 MB source needs a few hundred chunks, small
 * enough that a tiny program does not reserve megabytes. */
#define ARENA_CHUNK ((size_t)64 * 1024)
/* Chunks kept between arenas: enough for the front end's working set on a
 * large file, small next to what a compilation uses anyway. */
#define ARENA_SPARE_BYTES ((size_t)16 * 1024 * 1024)

typedef struct ArenaChunk {
    struct ArenaChunk *next;
    size_t size;
    size_t used; /* up to date except for the arena's current chunk */
    ArenaMaxAlign data[1];
} Chunk;

/* Chunks released by arena_free, waiting for the next arena (zeroed past
 * `used`, which says how much must be cleared before reuse). */
static Chunk *spare_chunks;
static size_t spare_bytes;

static void *arena_xmalloc(size_t n) {
    void *p = malloc(n);
    if (!p) {
        fputs("krait: fatal: out of memory\n", stderr);
        exit(3);
    }
    return p;
}

Arena *arena_new(void) {
    Arena *arena = arena_xmalloc(sizeof *arena);
    arena->next = arena->limit = NULL;
    arena->head = NULL;
    arena->total = 0;
    return arena;
}

/* Writes the bump pointer back into the current chunk's `used`. */
static void arena_sync(Arena *arena) {
    if (arena->head) arena->head->used = (size_t)(arena->next - (char *)arena->head->data);
}

void arena_free(Arena *arena) {
    if (!arena) return;
    arena_sync(arena);
    Chunk *c = arena->head;
    while (c) {
        Chunk *next = c->next;
        if (spare_bytes + c->size <= ARENA_SPARE_BYTES) {
            c->next = spare_chunks;
            spare_chunks = c;
            spare_bytes += c->size;
        } else {
            free(c);
        }
        c = next;
    }
    free(arena);
}

/* A chunk with room for cap bytes, all zero past the first `dirty_ok`
 * (which may hold anything): a spare one if one is big enough, else a
 * fresh one. */
static Chunk *chunk_get(size_t cap, size_t dirty_ok) {
    for (Chunk **link = &spare_chunks; *link; link = &(*link)->next) {
        Chunk *c = *link;
        if (c->size < cap) continue;
        *link = c->next;
        spare_bytes -= c->size;
        if (c->used > dirty_ok) memset((char *)c->data + dirty_ok, 0, c->used - dirty_ok);
        c->used = 0;
        return c;
    }
    Chunk *c = calloc(1, offsetof(Chunk, data) + cap);
    if (!c) {
        fputs("krait: fatal: out of memory\n", stderr);
        exit(3);
    }
    c->size = cap;
    return c;
}

void *arena_alloc_slow(Arena *arena, size_t size) {
    size_t need = (size + ARENA_ALIGN - 1) / ARENA_ALIGN * ARENA_ALIGN;
    if (need == 0) need = ARENA_ALIGN;
    if (need <= (size_t)(arena->limit - arena->next)) { /* a zero-byte request */
        void *p = arena->next;
        arena->next += need;
        return p;
    }
    if (need > ARENA_CHUNK / 4 && arena->head) {
        /* A big request gets a chunk of its own behind the current one,
         * whose free space stays in use. */
        Chunk *c = chunk_get(need, 0);
        c->used = need;
        c->next = arena->head->next;
        arena->head->next = c;
        arena->total += need;
        return c->data;
    }
    arena_sync(arena);
    if (arena->head) arena->total += arena->head->used;
    Chunk *c = chunk_get(need > ARENA_CHUNK ? need : ARENA_CHUNK, 0);
    c->next = arena->head;
    arena->head = c;
    arena->next = (char *)c->data + need;
    arena->limit = (char *)c->data + c->size;
    return c->data;
}

void *arena_alloc_uninit(Arena *arena, size_t size) {
    size_t need = (size + ARENA_ALIGN - 1) / ARENA_ALIGN * ARENA_ALIGN;
    if (need <= ARENA_CHUNK / 4) return arena_alloc(arena, size);
    /* Big: a chunk of its own, not cleared, behind the current one (or
     * the current one when there is none). */
    Chunk *c = chunk_get(need, need);
    c->used = need;
    if (arena->head) {
        c->next = arena->head->next;
        arena->head->next = c;
        arena->total += need;
    } else {
        c->next = NULL;
        arena->head = c;
        arena->next = (char *)c->data + need;
        arena->limit = (char *)c->data + c->size;
    }
    return c->data;
}

char *arena_strndup(Arena *arena, const char *s, size_t n) {
    char *p = arena_alloc(arena, n + 1);
    if (n) memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(Arena *arena, const char *s) {
    return arena_strndup(arena, s, strlen(s));
}

char *arena_printf(Arena *arena, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n < sizeof small) return arena_strndup(arena, small, (size_t)n);
    char *p = arena_alloc(arena, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

size_t arena_bytes_used(const Arena *arena) {
    size_t current = arena->head ? (size_t)(arena->next - (char *)arena->head->data) : 0;
    return arena->total + current;
}

void ptrvec_grow(Arena *arena, PtrVec *vec) {
    int cap = vec->cap ? vec->cap * 2 : 4;
    void **items = arena_alloc(arena, (size_t)cap * sizeof *items);
    if (vec->len) memcpy(items, vec->items, (size_t)vec->len * sizeof *items);
    vec->items = items;
    vec->cap = cap;
}
