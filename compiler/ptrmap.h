/* ptrmap.h — a hash map from pointers to pointers, in an arena.
 *
 * Later stages annotate the AST without writing into it: resolve.c maps Name
 * nodes to Symbols, infer.c maps expressions to Types.  Keys are node
 * addresses; iteration order is never used, so output stays deterministic.
 */
#ifndef KRAIT_PTRMAP_H
#define KRAIT_PTRMAP_H

#include <stddef.h>

#include "fwd.h"

typedef struct PtrMap {
    Arena *arena;
    const void **keys;
    void **values;
    size_t cap;   /* power of two, or 0 */
    size_t count;
} PtrMap;

void ptrmap_init(PtrMap *map, Arena *arena);
void ptrmap_put(PtrMap *map, const void *key, void *value);
/* NULL when absent. */
void *ptrmap_get(const PtrMap *map, const void *key);

#endif
