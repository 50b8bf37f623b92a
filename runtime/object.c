/* object.c — type descriptors, subclass tests and the death of objects.
 *
 * Every object starts with a 4-byte header: a 16-bit count and a 16-bit type
 * id.  Ids below KRT_T__FIRST_USER name the built-in types of the
 * KRT_BUILTIN_TYPES table in krt.h; the descriptors here are generated from
 * that table, so adding a built-in type is one line there plus, if it has
 * instances, its size and drop function in KRT_BUILTIN_SIZE/KRT_BUILTIN_DROP
 * below.  Ids from KRT_T__FIRST_USER on index the program's own table
 * (krt_program_types, emitted by the compiler).
 *
 * krt_release runs when a count reaches zero: the type's drop function
 * releases what the object references, then the block goes back to the heap
 * (types of varying size, like str, free themselves in drop).  Dropping a deep
 * structure — a list of lists of lists, a linked chain of nodes — would
 * recurse once per level, and on a Cortex-M0 with a 2 KiB stack a 200-node
 * chain would overflow it.  So releases nest at most KRT_RELEASE_DEPTH deep;
 * deeper ones are queued and the level at the limit releases them one by
 * one, in a loop.  The queue lives in a small static array and moves to the
 * heap only when one object has more queued children than that (a wide list
 * at the depth limit); if even that fails, the release recurses as a last
 * resort.  Objects without a drop function (str, no references) are freed
 * at once at any depth.
 *
 * Objects of KRT_TYPE_GC classes sit behind a KrtGcHead when on the heap
 * and are freed through krt_gc_free_object; the cycle collector itself is
 * gc.c, linked only into programs whose classes allow cycles.
 *
 * Deliberately absent: any locking (the runtime is single-threaded;
 * interrupt handlers must not release objects).
 */
#include <string.h>

#include "krt_internal.h"

/* ---- built-in descriptors ----------------------------------------------- */

/* Instance size of each built-in type that has instances yet; 0 for types
 * of varying size (their drop frees) and for types not implemented yet. */
#define KRT_BUILTIN_SIZE(id)                               \
    ((id) >= KRT_T_BASE_EXCEPTION ? (uint32_t)sizeof(KrtExc) \
     : (id) == KRT_T_LIST         ? (uint32_t)sizeof(KrtList) \
     : (id) == KRT_T_DICT         ? (uint32_t)sizeof(KrtDict) \
     : (id) == KRT_T_SET          ? (uint32_t)sizeof(KrtSet) \
     : (id) == KRT_T_FROZENSET    ? (uint32_t)sizeof(KrtSet) \
     : (id) == KRT_T_BYTEARRAY    ? (uint32_t)sizeof(KrtByteArray) \
     : (id) == KRT_T_OBJECT       ? (uint32_t)sizeof(KrtObject) \
     : (id) == KRT_T_WEAKREF      ? (uint32_t)sizeof(KrtWeakRef) \
                                  : 0u)

#define KRT_BUILTIN_TRAVERSE(id)                    \
    ((id) == KRT_T_LIST         ? krt_list_traverse    \
     : (id) == KRT_T_DICT       ? krt_dict_traverse    \
     : (id) == KRT_T_SET        ? krt_set_traverse     \
     : (id) == KRT_T_FROZENSET  ? krt_set_traverse     \
                                : (KrtTraverseFn)NULL)

#define KRT_BUILTIN_DROP(id)                       \
    ((id) >= KRT_T_BASE_EXCEPTION ? krt_exc_drop     \
     : (id) == KRT_T_LIST         ? krt_list_drop    \
     : (id) == KRT_T_STR          ? krt_str_drop     \
     : (id) == KRT_T_DICT         ? krt_dict_drop    \
     : (id) == KRT_T_SET          ? krt_set_drop     \
     : (id) == KRT_T_FROZENSET    ? krt_set_drop     \
     : (id) == KRT_T_BYTES        ? krt_bytes_drop   \
     : (id) == KRT_T_BYTEARRAY    ? krt_bytearray_drop \
     : (id) == KRT_T_GENERATOR    ? krt_iter_drop    \
     : (id) == KRT_T_WEAKREF      ? krt_weakref_drop \
                                  : (KrtDropFn)NULL)

static const KrtType krt_builtin_types[KRT_T__FIRST_USER] = {
#define X(id, pyname, base)                                                   \
    {pyname, (uint16_t)(base),                                                \
     (uint16_t)((id) >= KRT_T_BASE_EXCEPTION ? KRT_TYPE_EXCEPTION : 0),       \
     KRT_BUILTIN_SIZE(id), KRT_BUILTIN_DROP(id), KRT_BUILTIN_TRAVERSE(id)},
    KRT_BUILTIN_TYPES(X)
#undef X
};

const KrtType *krt_type(uint16_t id) {
    if (id < KRT_T__FIRST_USER) return &krt_builtin_types[id];
    uint32_t user = (uint32_t)id - KRT_T__FIRST_USER;
    if (KRT_LIKELY(user < krt_program_type_count)) return krt_program_types[user];
    krt_port_panic("krait: object with an unknown type id");
}

/* The longest base chain a subclass test follows; a longer one means the
 * type table is corrupt (a base cycle), not a deep hierarchy. */
#define KRT_TYPE_MAX_DEPTH 256

bool krt_type_is_subtype(uint16_t type, uint16_t cls) {
    for (int steps = 0; steps < KRT_TYPE_MAX_DEPTH; steps++) {
        if (type == cls) return true;
        uint16_t base = krt_type(type)->base;
        if (base == type) return false; /* a root */
        type = base;
    }
    krt_port_panic("krait: type table has a base cycle");
}

/* ---- release -------------------------------------------------------------- */

/* Nested releases past this depth are queued (see the essay above).  Each
 * level costs krt_release's frame plus a drop function's, ~40 bytes on
 * Cortex-M0. */
#ifndef KRT_RELEASE_DEPTH
#define KRT_RELEASE_DEPTH 8
#endif
/* Queued objects held without touching the heap. */
#ifndef KRT_RELEASE_QUEUE
#define KRT_RELEASE_QUEUE 16
#endif

static KrtObject *release_static_queue[KRT_RELEASE_QUEUE];
static KrtObject **release_queue = release_static_queue;
static uint32_t release_queued;
static uint32_t release_capacity = KRT_RELEASE_QUEUE;
static uint32_t release_depth;

static void release_now(KrtObject *o, const KrtType *t) {
    if (t->drop) {
        t->drop(o);
    } else if (!t->size) {
        krt_port_panic("krait: releasing an object of a type with no size");
    }
    if (!t->size) return;
    if ((t->flags & KRT_TYPE_GC) && krt_gc_run)
        krt_gc_free_object(o, t->size); /* behind its KrtGcHead (heap.c) */
    else
        krt_free(o, t->size);
}

/* Queues o; false when the queue cannot grow. */
static bool release_enqueue(KrtObject *o) {
    if (release_queued == release_capacity) {
        uint32_t cap = release_capacity * 2;
        size_t old_bytes = (size_t)release_capacity * sizeof(KrtObject *);
        size_t new_bytes = (size_t)cap * sizeof(KrtObject *);
        KrtObject **q;
        if (release_queue == release_static_queue) {
            q = krt_heap_backend_alloc(new_bytes);
            if (q) memcpy(q, release_static_queue, old_bytes);
        } else {
            q = krt_heap_backend_realloc(release_queue, old_bytes, new_bytes);
        }
        if (!q) return false;
        release_queue = q;
        release_capacity = cap;
    }
    release_queue[release_queued++] = o;
    return true;
}

void krt_release(KrtObject *o) {
    const KrtType *t = krt_type(o->type);
    if (!t->drop && t->size && !(t->flags & KRT_TYPE_GC)) { /* no fields to release: no queue needed */
        krt_free(o, t->size);
        return;
    }
    if (release_depth >= KRT_RELEASE_DEPTH && t->drop && t->size) {
        if (release_enqueue(o)) return;
        /* no room anywhere: recurse (the only unbounded path, heap exhausted) */
    }
    uint32_t base = release_queued;
    release_depth++;
    release_now(o, t);
    while (release_queued > base) {
        KrtObject *next = release_queue[--release_queued];
        release_now(next, krt_type(next->type));
    }
    release_depth--;
    if (release_depth == 0 && release_queue != release_static_queue) {
        krt_heap_backend_free(release_queue, (size_t)release_capacity * sizeof(KrtObject *));
        release_queue = release_static_queue;
        release_capacity = KRT_RELEASE_QUEUE;
    }
}

/* ---- objects in stack frames -------------------------------------------- */

void *krt_stack_object(KrtObject *slot, size_t size, uint16_t type) {
    KrtObject *o;
    if (slot->rc == 0 || slot->rc == KRT_RC_STACK) {
        if (slot->rc == KRT_RC_STACK) krt_stack_end(slot); /* the last iteration's object */
        o = slot;
        o->rc = (krt_rc)(KRT_RC_STACK + 1);
        o->type = type;
    } else {
        o = krt_alloc_object(size, type);
        if (KRT_UNLIKELY(!o)) return NULL;
    }
    memset((char *)o + sizeof(KrtObject), 0, size - sizeof(KrtObject));
    return o;
}

void *krt_stack_object_reuse(KrtObject *slot, size_t size, uint16_t type) {
    krt_rc holders = 0;
    if (slot->rc != 0) {
        holders = (krt_rc)(slot->rc - KRT_RC_STACK);
        const KrtType *t = krt_type(slot->type);
        if (t->drop) t->drop(slot); /* the previous object's fields */
    }
    slot->rc = (krt_rc)(KRT_RC_STACK + holders + 1);
    slot->type = type;
    memset((char *)slot + sizeof(KrtObject), 0, size - sizeof(KrtObject));
    return slot;
}

void *krt_ret_object_heap(size_t size, uint16_t type) {
    KrtObject *o = krt_alloc_object(size, type);
    if (KRT_UNLIKELY(!o)) return NULL;
    memset((char *)o + sizeof(KrtObject), 0, size - sizeof(KrtObject));
    return o;
}

void krt_stack_drop(KrtObject *slot) {
    const KrtType *t = krt_type(slot->type);
    if (t->drop) t->drop(slot);
}

void krt_stack_end(KrtObject *slot) {
    if (slot->rc == 0) return;
    if (slot->rc != KRT_RC_STACK) krt_port_panic("krait: an object placed on the stack is still referenced as its function returns");
    slot->rc = 0;
    const KrtType *t = krt_type(slot->type);
    if (t->drop) t->drop(slot);
}

void krt_stack_release(KrtObject *slot) {
    if (slot->rc != 0) krt_stack_drop(slot);
}

void krt_stack_leave(KrtObject *slot) {
    if (slot->rc == 0) return;
    if (slot->rc != KRT_RC_STACK) krt_port_panic("krait: an object placed on the stack is still referenced as its function returns");
    slot->rc = 0;
}

/* ---- objects in static blocks ------------------------------------------- */

void *krt_static_object(KrtObject *block, size_t size, uint16_t type) {
    memset((char *)block + sizeof(KrtObject), 0, size - sizeof(KrtObject));
    block->rc = KRT_RC_IMMORTAL;
    block->type = type;
    return block;
}

void krt_static_end(KrtObject *block) {
    if (block->rc != KRT_RC_IMMORTAL) return; /* never made (the top level stopped early) */
    const KrtType *t = krt_type(block->type);
    if (t->drop) t->drop(block);
    block->rc = 0;
}
