/* objiter.c — instances of the program's classes as iterators.
 *
 * A class with __next__ whose instances are iterated (for x in obj, list(),
 * iter(), ...) gets its iterator wrapped in a KrtIter: the wrapper holds a
 * reference to the instance, and its next function (emitted per class,
 * "<class>__iter_next") calls __next__ and ends the iteration when that
 * raises StopIteration (krt_iter_stop), so everything that consumes
 * iterators consumes these too.
 */
#include "krt_internal.h"

typedef struct InstanceIter {
    KrtIter it;
    KrtObject *obj; /* the iterator instance (owned) */
} InstanceIter;

static void instance_iter_drop(KrtObject *o) {
    krt_decref(((InstanceIter *)o)->obj);
}

KrtIter *krt_iter_of_instance(KrtObject *obj, KrtIterNextFn next) {
    InstanceIter *w = krt_alloc_object(sizeof *w, KRT_T_GENERATOR);
    if (!w) return NULL;
    w->it.size = (uint32_t)sizeof *w;
    w->it.next = next;
    w->it.drop = instance_iter_drop;
    w->it.is_generator = false;
    krt_incref(obj);
    w->obj = obj;
    return &w->it;
}

KrtObject *krt_iter_instance(KrtIter *it) {
    return ((InstanceIter *)it)->obj;
}

bool krt_iter_stop(void) {
    if (!krt_failed() || !krt_exc_matches(KRT_T_STOP_ITERATION)) return false;
    KrtExc *e = krt_exc_fetch();
    krt_decref(&e->h);
    return true;
}
