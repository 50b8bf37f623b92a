/* scratch.c — the scratch stack: a small static region for temporaries.
 *
 * Most strings a firmware program builds are temporaries: an f-string
 * passed to print, str(x) concatenated into a message, a repr for a log
 * line.  The compiler (compiler/escape.c) proves such a temporary never
 * outlives the statement that makes it and that the runtime function making
 * it calls no program code; the generated C then sets krt_scratch_mode
 * around that one call, and krt_alloc serves the call's blocks from here
 * instead of the heap.
 *
 * The region is a stack of blocks, each followed by an 8-byte trailer (its
 * rounded size and a freed flag).  Freeing the top block pops it, and any
 * freed blocks under it; freeing another block only marks it, to be popped
 * when the blocks above it go.  Temporaries of one statement die in about
 * the reverse order they were made, so the region stays small.  When a
 * block does not fit, the heap serves it as usual: the scratch stack is an
 * optimisation that can never make a program fail.
 *
 * Its size is KRT_SCRATCH_SIZE bytes of .bss (default 64 pointers: 256 on
 * 32-bit targets; 0 disables it),
 * which `krait budget` counts in static RAM.  A debug heap build checks at
 * exit that the region is empty, like the heap.
 */
#include <string.h>

#include "krt_internal.h"

bool krt_scratch_mode;


typedef struct ScratchTrailer {
    uint32_t size;  /* the block's bytes, rounded up to 8 */
    uint32_t freed;
} ScratchTrailer;

#define SCRATCH_ROUND(n) (((n) + 7u) & ~(size_t)7u)

static union {
    unsigned char bytes[SCRATCH_ROUND(KRT_SCRATCH_SIZE) + 8]; /* + 8: never zero-sized */
    double align_d;
    long long align_ll;
} scratch_area;

size_t krt_scratch_top; /* bytes in use (krt_internal.h reads it for a quick test) */

static ScratchTrailer *trailer_below(size_t top) {
    return (ScratchTrailer *)(void *)(scratch_area.bytes + top - sizeof(ScratchTrailer));
}

bool krt_scratch_owns(const void *block) {
    const unsigned char *p = block;
    return p >= scratch_area.bytes && p < scratch_area.bytes + sizeof scratch_area.bytes;
}

void *krt_scratch_alloc(size_t size) {
    size_t need = SCRATCH_ROUND(size ? size : 1);
    size_t capacity = SCRATCH_ROUND(KRT_SCRATCH_SIZE);
    if (need > capacity || capacity - krt_scratch_top < need + sizeof(ScratchTrailer)) return NULL;
    void *block = scratch_area.bytes + krt_scratch_top;
    krt_scratch_top += need + sizeof(ScratchTrailer);
    ScratchTrailer *t = trailer_below(krt_scratch_top);
    t->size = (uint32_t)need;
    t->freed = 0;
    return block;
}

void krt_scratch_free(void *block) {
    unsigned char *p = block;
    /* its trailer follows it: find it by walking down from the top */
    size_t top = krt_scratch_top;
    while (top > 0) {
        ScratchTrailer *t = trailer_below(top);
        unsigned char *start = scratch_area.bytes + top - sizeof(ScratchTrailer) - t->size;
        if (start == p) {
            t->freed = 1;
            break;
        }
        top = (size_t)(start - scratch_area.bytes);
    }
    while (krt_scratch_top > 0 && trailer_below(krt_scratch_top)->freed) /* pop what is dead on top */
        krt_scratch_top -= trailer_below(krt_scratch_top)->size + sizeof(ScratchTrailer);
}

size_t krt_scratch_in_use(void) {
    return krt_scratch_top;
}
