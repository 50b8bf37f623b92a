/* iter.c — iterators over built-in values, and the generator protocol.
 *
 * Every iterator is a KrtIter (krait/iter.h): a refcounted object with a
 * next function that copies the next value out (owned by the caller) and a
 * drop function for what it holds.  The iterators here walk a list (by
 * index, so appends during the walk are seen, as in CPython), a str (by
 * code point) and a range (by counting).  Other built-in iterables (dict,
 * set, tuple, bytes) are iterated through a list snapshot the compiler
 * makes first.
 *
 * Generators are compiled to state machines (compiler/emit_gen.c): the
 * frame is a KrtGen followed by the function's locals, the compiled resume
 * function is the iterator's next.  This file holds what every generator
 * shares: creation (on the heap, or in a slot of the creating function's C
 * frame when the compiler proved the generator dies there: counted the
 * same way, but its last release frees nothing and leaves the slot's count
 * at 0, free for the next generator), the entry check (a finished generator produces
 * nothing, a running one raises ValueError), StopIteration with the return
 * value, and closing a suspended generator when it dies: the resume
 * function runs once more with GeneratorExit pending at its yield, so
 * finally clauses run; whatever that leaves pending is discarded (CPython
 * prints "Exception ignored" for those; krait stays silent), and the
 * exception that was pending before (the generator may die while one
 * propagates) is put back.
 */
#include <string.h>

#include "krt_internal.h"

/* ---- the generic protocol ---------------------------------------------------- */

/* Bytes of a value held on the C stack while it moves from an iterator to
 * a list (a tuple of up to 32 fields of 8 bytes); larger values take a
 * heap buffer. */
#define KRT_ITER_VALUE_MAX 256

/* A stack slot any value fits in, aligned for every field type. */
typedef union IterSlot {
    krt_int i;
    krt_float f;
    void *p;
    unsigned char bytes[KRT_ITER_VALUE_MAX];
} IterSlot;

void krt_iter_drop(KrtObject *o) {
    KrtIter *it = (KrtIter *)o;
    uint32_t size = it->size;
    if (it->drop) it->drop(o);
    if (size) krt_free(o, size); /* 0: a generator frame in a slot of its creator's C frame */
}

static KrtIter *iter_new(size_t size, KrtIterNextFn next, KrtDropFn drop) {
    KrtIter *it = krt_alloc_object(size, KRT_T_GENERATOR);
    if (!it) return NULL;
    memset((char *)it + sizeof(KrtObject), 0, size - sizeof(KrtObject));
    it->size = (uint32_t)size;
    it->next = next;
    it->drop = drop;
    return it;
}

/* StopIteration carrying a generator's return value: str(e) is str(value),
 * the value itself is in msg (str) or code (int, bool, float bits). */
static void raise_stop(KrtIter *it) {
    KrtGen *g = it->is_generator ? (KrtGen *)it : NULL;
    uint8_t kind = g ? g->ret_kind : KRT_GEN_RET_NONE;
    KrtStr *msg = NULL;
    switch (kind) {
    case KRT_GEN_RET_INT: msg = krt_str_from_int(g->ret_int); break;
    case KRT_GEN_RET_BOOL: msg = krt_str_from_bool(g->ret_int != 0); break;
    case KRT_GEN_RET_FLOAT: msg = krt_str_from_float(g->ret_float); break;
    case KRT_GEN_RET_STR: msg = (KrtStr *)g->ret_ref; krt_incref(&msg->h); break;
    default: break;
    }
    if (kind != KRT_GEN_RET_NONE && !msg) return; /* MemoryError */
    KrtExc *e = krt_exc_new(KRT_T_STOP_ITERATION, msg);
    if (msg) krt_decref(&msg->h);
    if (!e) return;
    if (kind == KRT_GEN_RET_FLOAT)
        memcpy(&e->code, &g->ret_float, sizeof g->ret_float < sizeof e->code ? sizeof g->ret_float : sizeof e->code);
    else if (g)
        e->code = g->ret_int;
    krt_raise(e);
}

bool krt_iter_next_or_raise(KrtIter *it, void *out) {
    if (it->next(it, out)) return true;
    if (!krt_failed()) raise_stop(it);
    return false;
}

bool krt_iter_fill_list(KrtIter *it, KrtList *l) {
    IterSlot small;
    size_t size = l->elem->size;
    void *buf = size <= sizeof small ? (void *)&small : krt_alloc(size);
    if (!buf) return false;
    bool ok = true;
    while (it->next(it, buf)) {
        ok = krt_list_append(l, buf);
        krt_elem_release(l->elem, buf);
        if (!ok) break;
    }
    if (buf != (void *)&small) krt_free(buf, size);
    return ok && !krt_failed();
}

/* ---- generators ------------------------------------------------------------------- */

KrtGen *krt_gen_new(size_t size, size_t value_size, KrtIterNextFn resume, KrtDropFn drop) {
    KrtGen *g = (KrtGen *)iter_new(size, resume, drop);
    if (!g) return NULL;
    g->it.is_generator = true;
    g->value_size = (uint32_t)value_size;
    return g;
}

KrtGen *krt_gen_new_in(KrtObject *slot, size_t size, size_t value_size, KrtIterNextFn resume, KrtDropFn drop) {
    if (!slot || slot->rc != 0) return krt_gen_new(size, value_size, resume, drop);
    KrtGen *g = (KrtGen *)slot;
    memset(g, 0, size);
    g->it.h.rc = 1;
    g->it.h.type = KRT_T_GENERATOR;
    g->it.size = 0; /* not a heap block: the last release closes it and leaves the slot free */
    g->it.next = resume;
    g->it.drop = drop;
    g->it.is_generator = true;
    g->value_size = (uint32_t)value_size;
    return g;
}

int32_t krt_gen_enter(KrtGen *g) {
    int32_t at = g->state;
    if (at == KRT_GEN_DONE) return -1;
    if (at == KRT_GEN_RUNNING) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "generator already executing");
        return -1;
    }
    g->state = KRT_GEN_RUNNING;
    return at;
}

/* Set while a closing generator resumes; its resume point raises. */
static bool gen_closing;
/* GeneratorExit is raised without a message and never printed: one
 * immortal instance serves every close. */
static KrtExc gen_exit = {{KRT_RC_IMMORTAL, KRT_T_GENERATOR_EXIT}, NULL, NULL, NULL, 0, NULL, 0};

void krt_gen_check_close(void) {
    if (!gen_closing) return;
    gen_closing = false;
    krt_exc_pending = &gen_exit;
}

bool krt_gen_is_closing(void) {
    return gen_closing;
}

void krt_gen_close(KrtGen *g) {
    if (g->state <= 0) return;
    KrtExc *saved = krt_exc_pending;
    bool was_closing = gen_closing; /* a delegating generator closing its delegate */
    krt_exc_pending = NULL;
    gen_closing = true;
    /* a value yielded while closing is dropped unseen (its references leak:
     * CPython raises RuntimeError there) */
    IterSlot small;
    void *out = g->value_size <= sizeof small ? (void *)&small : krt_alloc(g->value_size);
    bool yielded = out && g->it.next(&g->it, out);
    if (out && out != (void *)&small) krt_free(out, g->value_size);
    gen_closing = was_closing;
    (void)yielded; /* CPython: RuntimeError("generator ignored GeneratorExit"), ignored at collection */
    KrtExc *left = krt_exc_fetch();
    if (left && left != &gen_exit) krt_decref(&left->h);
    krt_exc_pending = saved;
}

/* ---- return values -------------------------------------------------------------- */

krt_int krt_gen_return_int(KrtIter *it) {
    return it->is_generator ? ((KrtGen *)it)->ret_int : 0;
}

krt_float krt_gen_return_float(KrtIter *it) {
    return it->is_generator ? ((KrtGen *)it)->ret_float : 0.0;
}

KrtStr *krt_gen_return_str(KrtIter *it) {
    KrtObject *r = it->is_generator ? ((KrtGen *)it)->ret_ref : NULL;
    krt_xincref(r);
    return (KrtStr *)r;
}

krt_int krt_stop_value_int(KrtExc *e) {
    return e->code;
}

krt_float krt_stop_value_float(KrtExc *e) {
    krt_float f = 0;
    memcpy(&f, &e->code, sizeof f < sizeof e->code ? sizeof f : sizeof e->code);
    return f;
}

KrtStr *krt_stop_value_str(KrtExc *e) {
    KrtStr *s = e->msg ? e->msg : krt_str_empty();
    krt_incref(&s->h);
    return s;
}

/* ---- iterators over built-in values ------------------------------------------------- */

typedef struct ListIter {
    KrtIter it;
    KrtList *list;
    uint32_t index;
} ListIter;

static bool list_iter_next(KrtIter *it, void *out) {
    ListIter *li = (ListIter *)it;
    if (!li->list || li->index >= li->list->len) return false;
    const KrtElemDesc *d = li->list->elem;
    memcpy(out, li->list->items + (size_t)li->index * d->size, d->size);
    krt_elem_retain(d, out);
    li->index++;
    return true;
}

static void list_iter_drop(KrtObject *o) {
    krt_xdecref((KrtObject *)((ListIter *)o)->list);
}

KrtIter *krt_iter_list(KrtList *l) {
    ListIter *li = (ListIter *)iter_new(sizeof(ListIter), list_iter_next, list_iter_drop);
    if (!li) return NULL;
    krt_incref(&l->h);
    li->list = l;
    return &li->it;
}

typedef struct StrIter {
    KrtIter it;
    KrtStr *str;
    uint32_t pos; /* byte offset of the next character */
} StrIter;

static bool str_iter_next(KrtIter *it, void *out) {
    StrIter *si = (StrIter *)it;
    if (si->pos >= si->str->len) return false;
    KrtStr *ch = krt_str_next_char(si->str, &si->pos);
    if (!ch) return false;
    memcpy(out, &ch, sizeof ch);
    return true;
}

static void str_iter_drop(KrtObject *o) {
    krt_decref(&((StrIter *)o)->str->h);
}

KrtIter *krt_iter_str(KrtStr *s) {
    StrIter *si = (StrIter *)iter_new(sizeof(StrIter), str_iter_next, str_iter_drop);
    if (!si) return NULL;
    krt_incref(&s->h);
    si->str = s;
    return &si->it;
}

typedef struct RangeIter {
    KrtIter it;
    krt_int next, step, left; /* the next value, the step, values still to come */
} RangeIter;

static bool range_iter_next(KrtIter *it, void *out) {
    RangeIter *ri = (RangeIter *)it;
    if (ri->left <= 0) return false;
    memcpy(out, &ri->next, sizeof ri->next);
    ri->left--;
    if (ri->left > 0) ri->next += ri->step; /* stays inside the range: no overflow */
    return true;
}

KrtIter *krt_iter_range(KrtRange r) {
    krt_int len = krt_range_length(r);
    if (krt_failed()) return NULL;
    RangeIter *ri = (RangeIter *)iter_new(sizeof(RangeIter), range_iter_next, NULL);
    if (!ri) return NULL;
    ri->next = r.start;
    ri->step = r.step;
    ri->left = len;
    return &ri->it;
}
