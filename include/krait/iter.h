/* krait/iter.h — iterators and generators.
 *
 * Included by krt.h.  An iterator is a refcounted object (type id
 * KRT_T_GENERATOR) that produces values of one static type through its
 * `next` function: next(it, out) copies the next value to *out, owned by the
 * caller (a reference type's count is the caller's to give back), and
 * returns true; it returns false when exhausted, or when it raised (the
 * caller tests krt_failed()).  Each iterator frees itself: `size` is its
 * block's size and `drop` releases what it holds.
 *
 * A generator is an iterator whose next is the compiled state machine of a
 * generator function: the compiler emits a frame struct per generator
 * function that starts with a KrtGen (the resume state, the return value)
 * and holds the function's locals; `state` says where to resume (see
 * compiler/emit_gen.c).  Dropping a suspended generator closes it: it
 * resumes with GeneratorExit pending at its yield, so its finally clauses
 * run, as CPython's close() does.
 */
#ifndef KRAIT_ITER_H
#define KRAIT_ITER_H

typedef struct KrtIter KrtIter;
typedef bool (*KrtIterNextFn)(KrtIter *it, void *out);

struct KrtIter {
    KrtObject h;          /* type KRT_T_GENERATOR */
    uint32_t size;        /* bytes of the whole object */
    KrtIterNextFn next;   /* produces the next value (see above) */
    KrtDropFn drop;       /* releases what the iterator holds; NULL if nothing */
    bool is_generator;    /* a KrtGen */
};

/* Generator states besides the resume points 1, 2, ... (one per yield). */
enum {
    KRT_GEN_NEW = 0,      /* created, not started: the parameters are live */
    KRT_GEN_RUNNING = -1, /* inside its next(): calling next again raises ValueError */
    KRT_GEN_DONE = -2,    /* returned or raised: next produces nothing */
};

/* What a generator's return value is (StopIteration.value). */
typedef enum KrtGenReturn {
    KRT_GEN_RET_NONE,
    KRT_GEN_RET_INT,       /* ret_int */
    KRT_GEN_RET_BOOL,      /* ret_int */
    KRT_GEN_RET_FLOAT,     /* ret_float */
    KRT_GEN_RET_STR,       /* ret_ref */
} KrtGenReturn;

typedef struct KrtGen {
    KrtIter it;
    int32_t state;         /* KRT_GEN_* or the yield to resume at */
    uint8_t ret_kind;      /* KrtGenReturn */
    uint32_t value_size;   /* bytes of a yielded value */
    krt_int ret_int;       /* the return value: int and bool */
    krt_float ret_float;   /*   float */
    KrtObject *ret_ref;    /*   str (owned) */
} KrtGen;

/* next(it, out) for any iterator; see above. */
static inline bool krt_iter_next(KrtIter *it, void *out) {
    return it->next(it, out);
}
/* next(it) without a default: StopIteration when exhausted (a generator's
 * carries its return value). */
bool krt_iter_next_or_raise(KrtIter *it, void *out);
/* An iterator calling an instance's __next__ through next (objiter.c):
 * it holds a reference to obj, which next reads with krt_iter_instance. */
KrtIter *krt_iter_of_instance(KrtObject *obj, KrtIterNextFn next);
KrtObject *krt_iter_instance(KrtIter *it);
/* After __next__ raised: true (and nothing pending) when it was StopIteration. */
bool krt_iter_stop(void);
/* The drop of KRT_T_GENERATOR objects. */
void krt_iter_drop(KrtObject *o);

/* A zeroed generator frame of size bytes, yielding values of value_size
 * bytes; NULL with MemoryError pending. */
KrtGen *krt_gen_new(size_t size, size_t value_size, KrtIterNextFn resume, KrtDropFn drop);
/* The same in slot (a zeroed slot of the caller's C frame, or one whose last
 * generator is released: count 0); on the heap when slot is NULL or still
 * holds a live generator. */
KrtGen *krt_gen_new_in(KrtObject *slot, size_t size, size_t value_size, KrtIterNextFn resume, KrtDropFn drop);
/* At the start of resume: the state to resume at, or -1 when the generator
 * must not run (finished: nothing pending; running: ValueError pending). */
int32_t krt_gen_enter(KrtGen *g);
/* At each resume point: raises GeneratorExit when the generator is being
 * closed. */
void krt_gen_check_close(void);
/* Is the generator resuming now being closed?  (yield from closes its
 * delegate first, then raises GeneratorExit itself.) */
bool krt_gen_is_closing(void);
/* Closes a suspended generator (from its frame's drop). */
void krt_gen_close(KrtGen *g);
/* The return value a delegating generator (`x = yield from it`) receives
 * once it is exhausted: 0 / 0.0 / NULL when it is not a generator. */
krt_int krt_gen_return_int(KrtIter *it);
krt_float krt_gen_return_float(KrtIter *it);
KrtStr *krt_gen_return_str(KrtIter *it); /* a new reference, or NULL (None) */
/* StopIteration.value of a caught exception (as the compiler typed it). */
krt_int krt_stop_value_int(KrtExc *e);
krt_float krt_stop_value_float(KrtExc *e);
KrtStr *krt_stop_value_str(KrtExc *e);   /* a new reference */

/* Iterators over built-in values; each holds a reference to what it walks. */
KrtIter *krt_iter_list(KrtList *l);
KrtIter *krt_iter_str(KrtStr *s);
KrtIter *krt_iter_range(KrtRange r);
/* Appends everything it produces to l (list(it), sum(it), ...). */
bool krt_iter_fill_list(KrtIter *it, KrtList *l);
/* iter(it) of an iterator: it itself, with one more reference. */
static inline KrtIter *krt_iter_self(KrtIter *it) {
    krt_incref(&it->h);
    return it;
}

#endif
