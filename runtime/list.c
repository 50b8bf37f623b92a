/* list.c — one list implementation for every element type.
 *
 * A KrtList is a header, an element descriptor and a separately allocated
 * array of len (of cap) elements, each elem->size bytes, stored as they are:
 * a list[int] holds raw krt_int values (len * 8 bytes of payload on a 64-bit
 * int build), a list[str] holds KrtStr pointers whose counts it owns, a list
 * of (str, int) tuples holds the tuple structs with retain/drop functions.
 * The descriptor says which (KrtElemKind) and how to compare; the code here
 * only ever copies bytes and calls retain/release/eq/cmp through it.
 *
 * Ownership: functions that put an element in copy it from *item and take
 * their own references (retain); functions that take one out (pop) hand the
 * caller the list's references; removal (del, remove, clear, drop) releases.
 * A failing operation leaves the list exactly as it was: growth happens
 * before anything is copied or retained.
 *
 * Growth policy: appending to a full list grows capacity by half (at least
 * to 4): amortised O(1) appends with at most 50% slack, less than CPython's
 * doubling-era policies would waste on a small heap.  The compiler sizes
 * literal and comprehension lists exactly through krt_list_new's cap.
 * Removing shrinks the array to twice the length when it falls to a quarter
 * of the capacity (and the capacity is above KRT_LIST_MIN_SHRINK), so a
 * burst does not pin RAM forever; a failed shrink is ignored.
 *
 * Equality of raw floats is by value (NaN equals nothing, -0.0 equals 0.0):
 * CPython's identity shortcut (x = nan; [x] == [x]) has no meaning for
 * unboxed values.
 */
#include <string.h>

#include "krt_internal.h"

#define KRT_LIST_MIN_GROW 4
/* Capacities at or below this never shrink: not worth a realloc. */
#define KRT_LIST_MIN_SHRINK 16

/* ---- elements -------------------------------------------------------------- */

static KrtObject *elem_ref(const void *e) {
    KrtObject *o;
    memcpy(&o, e, sizeof o);
    return o;
}

void krt_elem_retain(const KrtElemDesc *d, const void *e) {
    switch ((KrtElemKind)d->kind) {
    case KRT_ELEM_RAW:
        break;
    case KRT_ELEM_REF:
        krt_incref(elem_ref(e));
        break;
    case KRT_ELEM_OPTREF: {
        KrtObject *o = elem_ref(e);
        if (o) krt_incref(o);
        break;
    }
    case KRT_ELEM_VALUE:
        d->retain((void *)e);
        break;
    }
}

void krt_elem_release(const KrtElemDesc *d, void *e) {
    switch ((KrtElemKind)d->kind) {
    case KRT_ELEM_RAW:
        break;
    case KRT_ELEM_REF:
        krt_decref(elem_ref(e));
        break;
    case KRT_ELEM_OPTREF:
        krt_xdecref(elem_ref(e));
        break;
    case KRT_ELEM_VALUE:
        d->drop(e);
        break;
    }
}

bool krt_elem_eq(const KrtElemDesc *d, const void *a, const void *b) {
    if (d->eq) return d->eq(a, b);
    return memcmp(a, b, d->size) == 0; /* raw bytes, or reference identity */
}

static void *list_slot(const KrtList *l, uint32_t i) {
    return l->items + (size_t)i * l->elem->size;
}

/* Copies n elements in at dst, taking their references. */
static void elems_copy_in(const KrtElemDesc *d, unsigned char *dst, const unsigned char *src, uint32_t n) {
    memcpy(dst, src, (size_t)n * d->size);
    if (d->kind != KRT_ELEM_RAW)
        for (uint32_t i = 0; i < n; i++) krt_elem_retain(d, dst + (size_t)i * d->size);
}

/* Copies n elements of src from si to dst at di (both may have no array
 * when n is 0). */
static void list_copy(KrtList *dst, uint32_t di, const KrtList *src, uint32_t si, uint32_t n) {
    if (n) elems_copy_in(src->elem, list_slot(dst, di), list_slot(src, si), n);
}

/* ---- storage ---------------------------------------------------------------- */

/* Largest capacity whose array size fits a size_t and whose count fits len. */
static uint32_t list_max_cap(const KrtElemDesc *d) {
    size_t by_bytes = SIZE_MAX / (d->size ? d->size : 1u);
    return by_bytes < UINT32_MAX ? (uint32_t)by_bytes : UINT32_MAX;
}

static bool list_set_cap(KrtList *l, uint32_t cap) {
    size_t esize = l->elem->size;
    unsigned char *items = krt_realloc(l->items, (size_t)l->cap * esize, (size_t)cap * esize);
    if (!items) return false;
    l->items = items;
    l->cap = cap;
    return true;
}

/* Room for `need` elements; MemoryError and nothing changed on failure. */
static bool list_reserve(KrtList *l, uint64_t need) {
    if (need <= l->cap) return true;
    uint32_t max = list_max_cap(l->elem);
    if (need > max) {
        krt_raise_memory_error();
        return false;
    }
    uint64_t cap = (uint64_t)l->cap + l->cap / 2;
    if (cap < need) cap = need;
    if (cap < KRT_LIST_MIN_GROW) cap = KRT_LIST_MIN_GROW;
    if (cap > max) cap = max;
    return list_set_cap(l, (uint32_t)cap);
}

static void list_maybe_shrink(KrtList *l) {
    if (l->cap <= KRT_LIST_MIN_SHRINK || l->len >= l->cap / 4) return;
    uint32_t cap = l->len * 2 > KRT_LIST_MIN_GROW ? l->len * 2 : KRT_LIST_MIN_GROW;
    size_t esize = l->elem->size;
    unsigned char *items = krt_realloc_quiet(l->items, (size_t)l->cap * esize, (size_t)cap * esize);
    if (items) {
        l->items = items;
        l->cap = cap;
    }
}

KrtList *krt_list_new(const KrtElemDesc *elem, uint32_t cap) {
    if (cap > list_max_cap(elem)) {
        krt_raise_memory_error();
        return NULL;
    }
    KrtList *l = krt_alloc_object(sizeof(KrtList), KRT_T_LIST);
    if (!l) return NULL;
    l->elem = elem;
    l->len = 0;
    l->cap = 0;
    l->items = NULL;
    if (cap && !list_set_cap(l, cap)) {
        krt_free(l, sizeof(KrtList));
        return NULL;
    }
    return l;
}

static void list_release_all(KrtList *l) {
    if (l->elem->kind != KRT_ELEM_RAW)
        for (uint32_t i = 0; i < l->len; i++) krt_elem_release(l->elem, list_slot(l, i));
    krt_free(l->items, (size_t)l->cap * l->elem->size);
    l->items = NULL;
    l->len = l->cap = 0;
}

void krt_list_drop(KrtObject *o) {
    list_release_all((KrtList *)o);
}

void krt_elem_visit(const KrtElemDesc *d, void *e, KrtVisitFn visit, void *ctx) {
    if (d->kind == KRT_ELEM_REF || d->kind == KRT_ELEM_OPTREF) {
        KrtObject *o = elem_ref(e);
        if (o) visit(o, ctx);
    }
}

void krt_list_traverse(KrtObject *o, KrtVisitFn visit, void *ctx) {
    KrtList *l = (KrtList *)o;
    if (l->elem->kind == KRT_ELEM_REF || l->elem->kind == KRT_ELEM_OPTREF)
        for (uint32_t i = 0; i < l->len; i++) krt_elem_visit(l->elem, list_slot(l, i), visit, ctx);
}

void krt_list_clear(KrtList *l) {
    list_release_all(l);
}

/* ---- element access ------------------------------------------------------------ */

/* index made non-negative, or -1 when outside [0, len). */
static krt_int list_norm(const KrtList *l, krt_int index) {
    if (index < 0) index += (krt_int)l->len;
    return index >= 0 && index < (krt_int)l->len ? index : -1;
}

void *krt_list_at(KrtList *l, krt_int index) {
    krt_int i = list_norm(l, index);
    if (i < 0) {
        krt_raise_msg(KRT_T_INDEX_ERROR, "list index out of range");
        return NULL;
    }
    return list_slot(l, (uint32_t)i);
}

bool krt_list_append(KrtList *l, const void *item) {
    if (!list_reserve(l, (uint64_t)l->len + 1)) return false;
    elems_copy_in(l->elem, list_slot(l, l->len), item, 1);
    l->len++;
    return true;
}

bool krt_list_append_owned(KrtList *l, const void *item) {
    if (!list_reserve(l, (uint64_t)l->len + 1)) return false;
    memcpy(list_slot(l, l->len), item, l->elem->size);
    l->len++;
    return true;
}

bool krt_list_insert(KrtList *l, krt_int index, const void *item) {
    krt_int n = (krt_int)l->len;
    if (index < 0) {
        index += n;
        if (index < 0) index = 0;
    } else if (index > n) {
        index = n;
    }
    if (!list_reserve(l, (uint64_t)l->len + 1)) return false;
    unsigned char *at = list_slot(l, (uint32_t)index);
    memmove(at + l->elem->size, at, (size_t)(l->len - (uint32_t)index) * l->elem->size);
    elems_copy_in(l->elem, at, item, 1);
    l->len++;
    return true;
}

bool krt_list_setitem(KrtList *l, krt_int index, const void *item) {
    krt_int i = list_norm(l, index);
    if (i < 0) {
        krt_raise_msg(KRT_T_INDEX_ERROR, "list assignment index out of range");
        return false;
    }
    void *slot = list_slot(l, (uint32_t)i);
    krt_elem_retain(l->elem, item); /* first: the new element may be the old one */
    krt_elem_release(l->elem, slot);
    memcpy(slot, item, l->elem->size);
    return true;
}

/* Closes the gap at i (its element already released or handed out). */
static void list_close_gap(KrtList *l, uint32_t i) {
    unsigned char *at = list_slot(l, i);
    memmove(at, at + l->elem->size, (size_t)(l->len - i - 1) * l->elem->size);
    l->len--;
    list_maybe_shrink(l);
}

bool krt_list_pop(KrtList *l, krt_int index, void *out) {
    if (l->len == 0) {
        krt_raise_msg(KRT_T_INDEX_ERROR, "pop from empty list");
        return false;
    }
    krt_int i = list_norm(l, index);
    if (i < 0) {
        krt_raise_msg(KRT_T_INDEX_ERROR, "pop index out of range");
        return false;
    }
    memcpy(out, list_slot(l, (uint32_t)i), l->elem->size);
    list_close_gap(l, (uint32_t)i);
    return true;
}

bool krt_list_remove_at(KrtList *l, krt_int index) {
    krt_int i = list_norm(l, index);
    if (i < 0) {
        krt_raise_msg(KRT_T_INDEX_ERROR, "list assignment index out of range");
        return false;
    }
    krt_elem_release(l->elem, list_slot(l, (uint32_t)i));
    list_close_gap(l, (uint32_t)i);
    return true;
}

bool krt_list_remove(KrtList *l, const void *item) {
    krt_int i = krt_list_index(l, item);
    if (i < 0) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "list.remove(x): x not in list");
        return false;
    }
    return krt_list_remove_at(l, i);
}

void krt_list_reverse(KrtList *l) {
    if (l->len < 2) return;
    size_t esize = l->elem->size;
    unsigned char *lo = l->items, *hi = list_slot(l, l->len - 1);
    for (; lo < hi; lo += esize, hi -= esize) {
        for (size_t k = 0; k < esize; k++) {
            unsigned char t = lo[k];
            lo[k] = hi[k];
            hi[k] = t;
        }
    }
}

/* ---- whole lists ------------------------------------------------------------ */

KrtList *krt_list_slice(KrtList *l, KrtSlice *s) {
    krt_int n = krt_slice_adjust(s, (krt_int)l->len);
    if (n < 0) return NULL;
    KrtList *r = krt_list_new(l->elem, (uint32_t)n);
    if (!r) return NULL;
    if (s->step == 1) {
        list_copy(r, 0, l, (uint32_t)s->start, (uint32_t)n);
    } else {
        krt_int i = s->start;
        for (krt_int k = 0; k < n; k++) {
            list_copy(r, (uint32_t)k, l, (uint32_t)i, 1);
            if (k + 1 < n) i += s->step;
        }
    }
    r->len = (uint32_t)n;
    return r;
}

bool krt_list_extend(KrtList *l, KrtList *other) {
    uint32_t n = other->len; /* before growing: other may be l */
    if (!list_reserve(l, (uint64_t)l->len + n)) return false;
    list_copy(l, l->len, other, 0, n);
    l->len += n;
    return true;
}

KrtList *krt_list_concat(KrtList *a, KrtList *b) {
    uint64_t n = (uint64_t)a->len + b->len;
    if (n > list_max_cap(a->elem)) {
        krt_raise_memory_error();
        return NULL;
    }
    KrtList *r = krt_list_new(a->elem, (uint32_t)n);
    if (!r) return NULL;
    list_copy(r, 0, a, 0, a->len);
    list_copy(r, a->len, b, 0, b->len);
    r->len = (uint32_t)n;
    return r;
}

KrtList *krt_list_repeat(KrtList *l, krt_int n) {
    if (n < 0 || l->len == 0) n = 0;
    if (n && (krt_uint)n > list_max_cap(l->elem) / l->len) {
        krt_raise_memory_error();
        return NULL;
    }
    uint32_t total = (uint32_t)n * l->len;
    KrtList *r = krt_list_new(l->elem, total);
    if (!r) return NULL;
    for (uint32_t k = 0; k < (uint32_t)n; k++) list_copy(r, k * l->len, l, 0, l->len);
    r->len = total;
    return r;
}

krt_int krt_list_index(KrtList *l, const void *item) {
    for (uint32_t i = 0; i < l->len; i++)
        if (krt_elem_eq(l->elem, list_slot(l, i), item)) return (krt_int)i;
    return -1;
}

bool krt_list_contains(KrtList *l, const void *item) {
    return krt_list_index(l, item) >= 0;
}

bool krt_list_eq(KrtList *a, KrtList *b) {
    if (a == b) return true;
    if (a->len != b->len) return false;
    for (uint32_t i = 0; i < a->len; i++)
        if (!krt_elem_eq(a->elem, list_slot(a, i), list_slot(b, i))) return false;
    return true;
}

int krt_list_cmp(KrtList *a, KrtList *b) {
    uint32_t n = a->len < b->len ? a->len : b->len;
    for (uint32_t i = 0; i < n; i++) {
        const void *x = list_slot(a, i), *y = list_slot(b, i);
        if (krt_elem_eq(a->elem, x, y)) continue;
        if (!a->elem->cmp) {
            krt_raise_msg(KRT_T_TYPE_ERROR, "'<' not supported between list elements of this type");
            return 0;
        }
        return a->elem->cmp(x, y);
    }
    return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

/* ---- the runtime's own element types ------------------------------------------ */

static int int_cmp(const void *a, const void *b) {
    krt_int x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return x < y ? -1 : x > y;
}

static bool float_eq(const void *a, const void *b) {
    krt_float x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return x == y;
}

static int float_cmp(const void *a, const void *b) {
    krt_float x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return x < y ? -1 : x > y; /* unordered (NaN) counts as equal */
}

static int bool_cmp(const void *a, const void *b) {
    bool x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return (int)x - (int)y;
}

static bool str_elem_eq(const void *a, const void *b) {
    return krt_str_eq((const KrtStr *)elem_ref(a), (const KrtStr *)elem_ref(b));
}

static int str_elem_cmp(const void *a, const void *b) {
    return krt_str_cmp((const KrtStr *)elem_ref(a), (const KrtStr *)elem_ref(b));
}

const KrtElemDesc krt_elem_int = {sizeof(krt_int), KRT_ELEM_RAW, NULL, NULL, NULL, int_cmp, krt_hash_elem_int};
const KrtElemDesc krt_elem_float = {sizeof(krt_float), KRT_ELEM_RAW, NULL, NULL, float_eq, float_cmp, krt_hash_elem_float};
const KrtElemDesc krt_elem_bool = {sizeof(bool), KRT_ELEM_RAW, NULL, NULL, NULL, bool_cmp, krt_hash_elem_bool};
const KrtElemDesc krt_elem_str = {sizeof(KrtStr *), KRT_ELEM_REF, NULL, NULL, str_elem_eq, str_elem_cmp, krt_hash_elem_str};

/* Lists of lists: elements are counted references compared as lists. */
static bool list_elem_eq(const void *a, const void *b) {
    return krt_list_eq((KrtList *)elem_ref(a), (KrtList *)elem_ref(b));
}

static int list_elem_cmp(const void *a, const void *b) {
    return krt_list_cmp((KrtList *)elem_ref(a), (KrtList *)elem_ref(b));
}

const KrtElemDesc krt_elem_list = {sizeof(KrtList *), KRT_ELEM_REF, NULL, NULL, list_elem_eq, list_elem_cmp, NULL};
