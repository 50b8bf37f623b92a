/* ptrmap.c — open addressing with linear probing; grows at 1/2 load.  The
 * old tables are abandoned to the arena. */
#include "ptrmap.h"

#include <stdint.h>

#include "arena.h"

void ptrmap_init(PtrMap *map, Arena *arena) {
    map->arena = arena;
    map->keys = NULL;
    map->values = NULL;
    map->cap = 0;
    map->count = 0;
}

static size_t ptrmap_hash(const void *key) {
    uintptr_t k = (uintptr_t)key;
    k ^= k >> 17;
    k *= (uintptr_t)0x9E3779B97F4A7C15ull;
    return (size_t)(k ^ (k >> 29));
}

static void ptrmap_grow(PtrMap *map) {
    size_t old_cap = map->cap;
    const void **old_keys = map->keys;
    void **old_values = map->values;
    map->cap = old_cap ? old_cap * 2 : 64;
    map->keys = arena_alloc(map->arena, map->cap * sizeof *map->keys);
    map->values = arena_alloc(map->arena, map->cap * sizeof *map->values);
    map->count = 0;
    for (size_t i = 0; i < old_cap; i++)
        if (old_keys[i]) ptrmap_put(map, old_keys[i], old_values[i]);
}

void ptrmap_put(PtrMap *map, const void *key, void *value) {
    if ((map->count + 1) * 2 > map->cap) ptrmap_grow(map);
    size_t mask = map->cap - 1;
    size_t i = ptrmap_hash(key) & mask;
    while (map->keys[i] && map->keys[i] != key) i = (i + 1) & mask;
    if (!map->keys[i]) {
        map->keys[i] = key;
        map->count++;
    }
    map->values[i] = value;
}

void *ptrmap_get(const PtrMap *map, const void *key) {
    if (!map->cap) return NULL;
    size_t mask = map->cap - 1;
    size_t i = ptrmap_hash(key) & mask;
    while (map->keys[i]) {
        if (map->keys[i] == key) return map->values[i];
        i = (i + 1) & mask;
    }
    return NULL;
}
