/* weakref.c — weak references: weakref.ref(x) refers to x without keeping
 * it alive, and w() answers None once x has died.
 *
 * A weak reference does not count: the target dies when its last strong
 * reference goes, as without one.  Every live KrtWeakRef is on one doubly
 * linked list; a class whose instances are weakly referenced somewhere in
 * the program calls krt_weakref_forget first thing in its drop function
 * (compiler/emit_c.c), which every death passes through — released from
 * the heap, a stack slot reused or its frame ending, a static object at
 * exit, garbage of the cycle collector — and the list is walked to clear
 * the one weak reference that may point at it.  weakref.ref(x) walks it
 * too, to hand back x's existing weak reference (CPython does the same:
 * weakref.ref(x) is weakref.ref(x)).  Both walks cost one step per live
 * weak reference; programs hold few (back pointers to parents, observers),
 * and a program without weak references pays nothing.
 *
 * Not here: callbacks (weakref.ref(x, callback)), WeakValueDictionary and
 * finalize.
 */
#include "krt_internal.h"

static KrtWeakRef *weakrefs; /* the live ones, most recent first */

KrtWeakRef *krt_weakref_new(void *target) {
    for (KrtWeakRef *w = weakrefs; w; w = w->next)
        if (w->target == target) {
            krt_incref(&w->h);
            return w;
        }
    KrtWeakRef *w = krt_alloc_object(sizeof(KrtWeakRef), KRT_T_WEAKREF);
    if (!w) return NULL;
    w->target = target;
    w->prev = NULL;
    w->next = weakrefs;
    if (weakrefs) weakrefs->prev = w;
    weakrefs = w;
    return w;
}

void krt_weakref_forget(KrtObject *target) {
    for (KrtWeakRef *w = weakrefs; w; w = w->next)
        if (w->target == target) {
            w->target = NULL;
            return;
        }
}

void krt_weakref_drop(KrtObject *o) {
    KrtWeakRef *w = (KrtWeakRef *)o;
    if (w->prev)
        w->prev->next = w->next;
    else
        weakrefs = w->next;
    if (w->next) w->next->prev = w->prev;
}
