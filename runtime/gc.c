/* gc.c — the cycle collector: frees groups of objects that reference each
 * other but that nothing else references (DESIGN §3).
 *
 * Reference counting frees everything else.  The compiler links this file
 * only into programs whose classes allow a cycle (compiler/cycles.c marks
 * those classes KRT_TYPE_GC and the program calls krt_gc_install at
 * start-up).  On the heap, each object of such a class sits behind a
 * KrtGcHead that links it into one ring (heap.c); stack and static objects
 * are not in the ring and count as references from outside.
 *
 * A collection is trial deletion over the ring, in four passes that need no
 * memory of their own (it also runs when the heap is exhausted):
 *
 *  1. Subtract: every reference one ring object holds to another is taken
 *     off the target's count.  What is left of a count is the references
 *     from outside the ring: variables, stack and static objects, anything
 *     the collector does not walk.
 *  2. Mark: objects with references left from outside are reachable, and so
 *     is everything a reachable object references; the marked objects move
 *     to a second ring, which is scanned as a queue (no recursion).  What
 *     stays behind is garbage: referenced only from other garbage.
 *  3. Restore: the subtracted references are added back, so every count is
 *     exact again.
 *  4. Free: the garbage objects are held, their drop functions release
 *     their fields (which frees containers they alone held, and lowers
 *     counts of reachable objects they pointed at), then their blocks go
 *     back to the heap.
 *
 * Containers between ring objects (a list of children, a dict of nodes, a
 * bound method or closure held in a field) are not in the ring.  The walk
 * sees through one whose count is 1, since then the object it was reached
 * from holds its only reference; a container with several holders is
 * treated as outside, so the objects it holds stay alive: a cycle through a
 * shared container is not freed (safe, never wrong).  Seeing through nests
 * at most KRT_GC_NEST containers deep (a list of lists of nodes).
 *
 * The mark is the top bit of the type id, set only during a collection
 * (program type ids stay far below it); counts of ring objects are below
 * KRT_RC_STACK, which is how a ring object is told from a stack or static
 * object of the same class.
 */
#include "krt_internal.h"

/* Containers seen through between ring objects, at most. */
#ifndef KRT_GC_NEST
#define KRT_GC_NEST 4
#endif

#define GC_MARK ((uint16_t)0x8000u)

typedef struct GcWalk {
    void (*on_tracked)(KrtObject *o, struct GcWalk *w);
    KrtGcHead *reachable; /* the mark pass's ring */
    uint32_t depth;       /* containers seen through */
    krt_int freed;        /* containers freed with the garbage */
} GcWalk;

/* krt_type without the call for the program's classes (most of what a
 * collection visits). */
static const KrtType *gc_type(const KrtObject *o) {
    uint32_t user = (uint32_t)(o->type & (uint16_t)~GC_MARK) - KRT_T__FIRST_USER;
    if (user < krt_program_type_count) return krt_program_types[user];
    return krt_type((uint16_t)(o->type & (uint16_t)~GC_MARK));
}

static bool gc_tracked(const KrtObject *o, const KrtType *t) {
    return (t->flags & KRT_TYPE_GC) && o->rc < KRT_RC_STACK;
}

static void ring_remove(KrtGcHead *h) {
    h->prev->next = h->next;
    h->next->prev = h->prev;
}

static void ring_append(KrtGcHead *ring, KrtGcHead *h) {
    h->next = ring;
    h->prev = ring->prev;
    ring->prev->next = h;
    ring->prev = h;
}

/* Moves every object of ring `from` to the end of ring `to`. */
static void ring_splice(KrtGcHead *to, KrtGcHead *from) {
    if (from->next == from) return;
    from->next->prev = to->prev;
    to->prev->next = from->next;
    from->prev->next = to;
    to->prev = from->prev;
    from->next = from->prev = from;
}

/* One reference held by an object being walked. */
static void gc_visit(KrtObject *child, void *ctx) {
    GcWalk *w = ctx;
    const KrtType *t = gc_type(child);
    if (gc_tracked(child, t)) {
        w->on_tracked(child, w);
    } else if (child->rc == 1 && t->traverse && w->depth < KRT_GC_NEST) {
        w->depth++; /* held only by the object it was reached from: see through it */
        t->traverse(child, gc_visit, w);
        w->depth--;
    }
}

static void gc_walk(KrtObject *o, GcWalk *w) {
    const KrtType *t = gc_type(o);
    if (t->traverse) t->traverse(o, gc_visit, w);
}

static void subtract(KrtObject *o, GcWalk *w) {
    (void)w;
    if (o->rc == 0) krt_port_panic("krait: the cycle collector found more references than counted");
    o->rc--;
}

static void restore(KrtObject *o, GcWalk *w) {
    (void)w;
    o->rc++;
}

static void mark(KrtObject *o, GcWalk *w) {
    if (o->type & GC_MARK) return;
    o->type |= GC_MARK;
    KrtGcHead *h = krt_gc_head(o);
    ring_remove(h);
    ring_append(w->reachable, h);
}

/* Containers the garbage alone holds are freed with it, and counted as
 * CPython counts its lists, dicts and sets. */
static void count_visit(KrtObject *child, void *ctx) {
    GcWalk *w = ctx;
    const KrtType *t = gc_type(child);
    if (!gc_tracked(child, t) && child->rc == 1 && t->traverse && w->depth < KRT_GC_NEST) {
        w->freed++;
        w->depth++;
        t->traverse(child, count_visit, w);
        w->depth--;
    }
}

static bool collecting;

static krt_int gc_collect_now(void) {
    if (collecting) return 0;
    collecting = true;
    KrtGcHead *ring = &krt_gc_ring, reachable = {&reachable, &reachable};
    GcWalk w = {subtract, &reachable, 0, 0};
    for (KrtGcHead *h = ring->next; h != ring; h = h->next) gc_walk(krt_gc_object(h), &w);

    w.on_tracked = mark;
    for (KrtGcHead *h = ring->next, *next; h != ring; h = next) {
        next = h->next;
        if (krt_gc_object(h)->rc > 0) mark(krt_gc_object(h), &w);
    }
    for (KrtGcHead *h = reachable.next; h != &reachable; h = h->next) gc_walk(krt_gc_object(h), &w);

    w.on_tracked = restore;
    for (KrtGcHead *h = ring->next; h != ring; h = h->next) gc_walk(krt_gc_object(h), &w);
    for (KrtGcHead *h = reachable.next; h != &reachable; h = h->next) {
        KrtObject *o = krt_gc_object(h);
        o->type &= (uint16_t)~GC_MARK;
        gc_walk(o, &w);
    }

    /* what stayed in the ring is garbage; the reachable objects go back */
    KrtGcHead garbage = {&garbage, &garbage};
    ring_splice(&garbage, ring);
    ring_splice(ring, &reachable);
    krt_int freed = 0;
    w.freed = 0;
    for (KrtGcHead *h = garbage.next; h != &garbage; h = h->next) {
        KrtObject *o = krt_gc_object(h);
        o->rc++; /* held while the garbage releases its fields */
        freed++;
        const KrtType *t = gc_type(o);
        if (t->traverse) t->traverse(o, count_visit, &w);
    }
    for (KrtGcHead *h = garbage.next; h != &garbage; h = h->next) {
        KrtObject *o = krt_gc_object(h);
        const KrtType *t = gc_type(o);
        if (t->drop) t->drop(o);
    }
    while (garbage.next != &garbage) {
        KrtGcHead *h = garbage.next;
        KrtObject *o = krt_gc_object(h);
        if (o->rc != 1) krt_port_panic("krait: the cycle collector freed an object still referenced");
        ring_remove(h);
        krt_free(h, sizeof(KrtGcHead) + gc_type(o)->size);
    }
    collecting = false;
    return freed + w.freed;
}

void krt_gc_install(void) {
    if ((uint32_t)KRT_T__FIRST_USER + krt_program_type_count >= GC_MARK)
        krt_port_panic("krait: too many classes for the cycle collector's mark");
    krt_gc_run = gc_collect_now;
}
