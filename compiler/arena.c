/* arena.c — chunked bump allocator.
 *
 * Chunks of at least ARENA_CHUNK bytes are malloc'd and linked; a request
 * larger than a chunk gets a chunk of its own.  Nothing is freed until
 * arena_free.  Alignment is that of max_align_t's C99 stand-in (a union of the
 * widest scalar types).
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

typedef union MaxAlign {
    long double ld;
    long long ll;
    void *p;
    void (*fp)(void);
} MaxAlign;

#define ARENA_ALIGN (sizeof(MaxAlign))

typedef struct Chunk {
    struct Chunk *next;
    size_t size;
    size_t used;
    MaxAlign data[1];
} Chunk;

struct Arena {
    Chunk *head;
    size_t total;
};

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
    arena->head = NULL;
    arena->total = 0;
    return arena;
}

void arena_free(Arena *arena) {
    if (!arena) return;
    Chunk *c = arena->head;
    while (c) {
        Chunk *next = c->next;
        free(c);
        c = next;
    }
    free(arena);
}

void *arena_alloc(Arena *arena, size_t size) {
    size_t need = (size + ARENA_ALIGN - 1) / ARENA_ALIGN * ARENA_ALIGN;
    if (need == 0) need = ARENA_ALIGN;
    Chunk *c = arena->head;
    if (!c || c->size - c->used < need) {
        size_t cap = need > ARENA_CHUNK ? need : ARENA_CHUNK;
        c = arena_xmalloc(offsetof(Chunk, data) + cap);
        c->size = cap;
        c->used = 0;
        c->next = arena->head;
        arena->head = c;
    }
    void *p = (char *)c->data + c->used;
    c->used += need;
    arena->total += need;
    memset(p, 0, size);
    return p;
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
    return arena->total;
}

void ptrvec_push(Arena *arena, PtrVec *vec, void *item) {
    if (vec->len == vec->cap) {
        int cap = vec->cap ? vec->cap * 2 : 4;
        void **items = arena_alloc(arena, (size_t)cap * sizeof *items);
        if (vec->len) memcpy(items, vec->items, (size_t)vec->len * sizeof *items);
        vec->items = items;
        vec->cap = cap;
    }
    vec->items[vec->len++] = item;
}
