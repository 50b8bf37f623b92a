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


Arena *arena_new(void);
void arena_free(Arena *arena);

/* Zero-filled, aligned for any object. */
void *arena_alloc(Arena *arena, size_t size);
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

void ptrvec_push(Arena *arena, PtrVec *vec, void *item);

#endif
