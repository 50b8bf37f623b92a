/* arena.h — bump allocation for everything one compilation creates.
 *
 * Tokens' decoded strings, AST nodes, types and IR all live in arenas and die
 * together when the compilation ends: no stage frees a node on its own.
 * Allocation failure is fatal for the compiler (it prints "out of memory" and
 * exits with status 3), so callers never check for NULL.
 */
#ifndef KRAIT_ARENA_H
#define KRAIT_ARENA_H

#include "fwd.h"

#include <stddef.h>


/* Alignment of every allocation: that of max_align_t's C99 stand-in. */
typedef union ArenaMaxAlign {
    long double ld;
    long long ll;
    void *p;
    void (*fp)(void);
} ArenaMaxAlign;

#define ARENA_ALIGN (sizeof(ArenaMaxAlign))

/* Visible only for the inline fast path of arena_alloc: the free part of
 * the current chunk is [next, limit). */
struct Arena {
    char *next;
    char *limit;
    struct ArenaChunk *head;
    size_t total; /* bytes handed out from chunks before the current one */
};

Arena *arena_new(void);
void arena_free(Arena *arena);

/* arena_alloc's way when the current chunk is full. */
void *arena_alloc_slow(Arena *arena, size_t size);

/* Zero-filled, aligned for any object.  Inline: the front end allocates a
 * node or a list for most tokens, so the common case is a bump of a
 * pointer. */
static inline void *arena_alloc(Arena *arena, size_t size) {
    size_t need = (size + ARENA_ALIGN - 1) / ARENA_ALIGN * ARENA_ALIGN;
    if (need - 1 < (size_t)(arena->limit - arena->next)) { /* need == 0 goes the slow way */
        void *p = arena->next;
        arena->next += need;
        return p;
    }
    return arena_alloc_slow(arena, size);
}
/* Like arena_alloc, but the bytes are left as they are (for a buffer the
 * caller fills at once, such as a file's text). */
void *arena_alloc_uninit(Arena *arena, size_t size);
/* A copy of the n bytes at s with a NUL after them. */
char *arena_strndup(Arena *arena, const char *s, size_t n);
char *arena_strdup(Arena *arena, const char *s);
/* printf into the arena. */
char *arena_printf(Arena *arena, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Bytes handed out so far (for the compiler's own memory figures). */
size_t arena_bytes_used(const Arena *arena);

/* Growable array of pointers living in an arena (old storage is abandoned on
 * growth; the arena reclaims it at the end). */
typedef struct PtrVec {
    void **items;
    int len;
    int cap;
} PtrVec;

/* ptrvec_push's way when vec is full. */
void ptrvec_grow(Arena *arena, PtrVec *vec);

static inline void ptrvec_push(Arena *arena, PtrVec *vec, void *item) {
    if (vec->len == vec->cap) ptrvec_grow(arena, vec);
    vec->items[vec->len++] = item;
}

#endif
