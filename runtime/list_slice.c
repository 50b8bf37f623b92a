/* list_slice.c — slice assignment and deletion of lists, and sum() of lists.
 *
 *   a[i:j] = v      the items i..j replaced by v's (any number of them)
 *   a[i:j:k] = v    k != 1: v must have exactly as many items as the slice
 *                   (ValueError "attempt to assign sequence of size N to
 *                   extended slice of size M", CPython's text)
 *   del a[i:j:k]    the picked items removed
 *
 * Contiguous changes build the new contents in a fresh list and then swap
 * storage with a, so a MemoryError leaves a exactly as it was; the old
 * contents are released with the fresh list.  Bounds follow CPython through
 * krt_slice_adjust.  v may be a itself (a[:] = a): it is read before a is
 * changed.
 */
#include <string.h>

#include "krt_internal.h"

static KrtSlice slice_of(krt_int start, krt_int stop, krt_int step, krt_int present) {
    KrtSlice sl;
    sl.start = start;
    sl.stop = stop;
    sl.step = step;
    sl.has_start = (present & 1) != 0;
    sl.has_stop = (present & 2) != 0;
    sl.has_step = (present & 4) != 0;
    return sl;
}

/* a[lo:hi] of a as a new list (lo <= hi, both within a). */
static KrtList *part(KrtList *a, krt_int lo, krt_int hi) {
    KrtSlice sl = slice_of(lo, hi, 1, 3);
    return krt_list_slice(a, &sl);
}

/* a takes r's contents; r (holding a's old ones) is released. */
static void take_contents(KrtList *a, KrtList *r) {
    unsigned char *items = a->items;
    uint32_t len = a->len, cap = a->cap;
    a->items = r->items;
    a->len = r->len;
    a->cap = r->cap;
    r->items = items;
    r->len = len;
    r->cap = cap;
    krt_decref(&r->h);
}

/* head + middle + tail as a's new contents; false (a unchanged) on failure. */
static bool splice(KrtList *a, krt_int lo, krt_int hi, KrtList *middle) {
    KrtList *r = part(a, 0, lo);
    KrtList *tail = r ? part(a, hi, (krt_int)a->len) : NULL;
    bool ok = tail && (!middle || krt_list_extend(r, middle)) && krt_list_extend(r, tail);
    if (tail) krt_decref(&tail->h);
    if (!ok) {
        if (r) krt_decref(&r->h);
        return false;
    }
    take_contents(a, r);
    return true;
}

bool krt_list_setslice_v(KrtList *a, krt_int start, krt_int stop, krt_int step, krt_int present, KrtList *v) {
    KrtSlice sl = slice_of(start, stop, step, present);
    krt_int n = krt_slice_adjust(&sl, (krt_int)a->len);
    if (n < 0) return false;
    if (sl.step == 1) {
        krt_int hi = sl.stop < sl.start ? sl.start : sl.stop;
        return splice(a, sl.start, hi, v);
    }
    if ((krt_int)v->len != n) {
        krt_raise_fmt(KRT_T_VALUE_ERROR, "attempt to assign sequence of size %lld to extended slice of size %lld",
                      (long long)v->len, (long long)n);
        return false;
    }
    KrtList *src = v;
    if (v == a) { /* a[::-1] = a reads the old items */
        src = part(a, 0, (krt_int)a->len);
        if (!src) return false;
    }
    size_t esize = a->elem->size;
    for (krt_int k = 0; k < n; k++) /* cannot fail: the index is within a */
        krt_list_setitem(a, sl.start + k * sl.step, src->items + (size_t)k * esize);
    if (src != v) krt_decref(&src->h);
    return true;
}

bool krt_list_delslice_v(KrtList *a, krt_int start, krt_int stop, krt_int step, krt_int present) {
    KrtSlice sl = slice_of(start, stop, step, present);
    krt_int n = krt_slice_adjust(&sl, (krt_int)a->len);
    if (n <= 0) return n == 0;
    if (sl.step == 1) return splice(a, sl.start, sl.stop, NULL);
    /* an extended slice: keep the items it does not pick, in order */
    krt_int lo = sl.step > 0 ? sl.start : sl.start + (n - 1) * sl.step, stride = sl.step > 0 ? sl.step : -sl.step;
    KrtList *r = krt_list_new(a->elem, a->len - (uint32_t)n);
    if (!r) return false;
    size_t esize = a->elem->size;
    for (krt_int i = 0; i < (krt_int)a->len; i++) {
        bool picked = i >= lo && (i - lo) % stride == 0 && (i - lo) / stride < n;
        if (!picked) krt_list_append(r, a->items + (size_t)i * esize); /* room reserved: cannot fail */
    }
    take_contents(a, r);
    return true;
}

/* sum(lists, start): start + lists[0] + lists[1] + ..., a new list. */
KrtList *krt_list_sum_lists(KrtList *lists, KrtList *start) {
    KrtList *r = krt_list_slice_v(start, 0, 0, 1, 0);
    for (uint32_t i = 0; r && i < lists->len; i++) {
        KrtList *x;
        memcpy(&x, lists->items + (size_t)i * sizeof x, sizeof x);
        if (!krt_list_extend(r, x)) {
            krt_decref(&r->h);
            r = NULL;
        }
    }
    return r;
}

/* zip(strict=True) over lists: CPython advances the iterators in turn, so
 * the first to run out decides the message. */
bool krt_zip_strict_check(KrtList *lengths, bool strict) {
    if (!strict || lengths->len < 2) return true;
    const krt_int *len = (const krt_int *)(const void *)lengths->items;
    krt_int m = len[0];
    for (uint32_t i = 1; i < lengths->len; i++)
        if (len[i] < m) m = len[i];
    for (uint32_t i = 1; i < lengths->len; i++) {
        bool shorter = len[0] > m && len[i] == m, longer = len[0] == m && len[i] > m;
        if (!shorter && !longer) continue;
        if (i == 1)
            krt_raise_fmt(KRT_T_VALUE_ERROR, "zip() argument 2 is %s than argument 1", shorter ? "shorter" : "longer");
        else
            krt_raise_fmt(KRT_T_VALUE_ERROR, "zip() argument %u is %s than arguments 1-%u", (unsigned)(i + 1),
                          shorter ? "shorter" : "longer", (unsigned)i);
        return false;
    }
    return true;
}
