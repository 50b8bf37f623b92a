/* range.c — range objects as values.
 *
 * A range is three machine integers (KrtRange, a value type like a tuple:
 * no header, no count, never on the heap).  Its length is computed on
 * demand from the three; indexing, `in` and equality are arithmetic, so
 * `range(10**12)` costs 24 bytes however long it is.  Messages are
 * CPython's ("range object index out of range", "range() arg 3 must not
 * be zero").
 */
#include "krt_internal.h"

KrtRange krt_range_new(krt_int start, krt_int stop, krt_int step) {
    KrtRange r = {start, stop, step};
    if (step == 0) krt_raise_msg(KRT_T_VALUE_ERROR, "range() arg 3 must not be zero");
    return r;
}

krt_int krt_range_length(KrtRange r) {
    return krt_range_len(r.start, r.stop, r.step);
}

krt_int krt_range_getitem(KrtRange r, krt_int index) {
    krt_int len = krt_range_length(r);
    if (index < 0) index += len;
    if (index < 0 || index >= len) {
        krt_raise_msg(KRT_T_INDEX_ERROR, "range object index out of range");
        return 0;
    }
    /* start + index*step stays between start and stop: no overflow in the
     * result, but the product may wrap, so compute unsigned */
    return (krt_int)((krt_uint)r.start + (krt_uint)index * (krt_uint)r.step);
}

bool krt_range_contains(KrtRange r, krt_int x) {
    if (r.step > 0) {
        if (x < r.start || x >= r.stop) return false;
        return ((krt_uint)x - (krt_uint)r.start) % (krt_uint)r.step == 0;
    }
    if (x > r.start || x <= r.stop) return false;
    return ((krt_uint)r.start - (krt_uint)x) % ((krt_uint)0 - (krt_uint)r.step) == 0;
}

/* Equal when they hold the same sequence, as in CPython: both empty, or
 * the same first element and length and (for more than one element) step. */
bool krt_range_eq(KrtRange a, KrtRange b) {
    krt_int la = krt_range_length(a), lb = krt_range_length(b);
    if (la != lb) return false;
    if (la == 0) return true;
    if (a.start != b.start) return false;
    return la == 1 || a.step == b.step;
}

/* Appends the decimal digits of v at buf + n; returns the new length. */
static size_t put_int(char *buf, size_t n, krt_int v) {
    char digits[24];
    size_t k = 0;
    krt_uint u = v < 0 ? (krt_uint)0 - (krt_uint)v : (krt_uint)v;
    do {
        digits[k++] = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u);
    if (v < 0) buf[n++] = '-';
    while (k) buf[n++] = digits[--k];
    return n;
}

static size_t put_text(char *buf, size_t n, const char *text) {
    while (*text) buf[n++] = *text++;
    return n;
}

KrtStr *krt_range_repr(KrtRange r) {
    char buf[3 * 24 + 16];
    size_t n = put_text(buf, 0, "range(");
    n = put_int(buf, n, r.start);
    n = put_text(buf, n, ", ");
    n = put_int(buf, n, r.stop);
    if (r.step != 1) {
        n = put_text(buf, n, ", ");
        n = put_int(buf, n, r.step);
    }
    n = put_text(buf, n, ")");
    return krt_str_new(buf, n);
}

krt_int krt_range_sum(KrtRange r) {
    krt_int len = krt_range_length(r), total = 0;
    for (krt_int i = 0; i < len; i++) {
        krt_int v = (krt_int)((krt_uint)r.start + (krt_uint)i * (krt_uint)r.step);
        if ((v > 0 && total > KRT_INT_MAX - v) || (v < 0 && total < KRT_INT_MIN - v)) {
            krt_raise_overflow();
            return 0;
        }
        total += v;
    }
    return total;
}

KrtList *krt_range_to_list(KrtRange r) {
    krt_int len = krt_range_length(r);
    if (len > (krt_int)UINT32_MAX / (krt_int)sizeof(krt_int)) {
        krt_raise_memory_error();
        return NULL;
    }
    KrtList *l = krt_list_new(&krt_elem_int, (uint32_t)len);
    for (krt_int i = 0; l && i < len; i++) {
        krt_int v = (krt_int)((krt_uint)r.start + (krt_uint)i * (krt_uint)r.step);
        krt_list_append(l, &v);
    }
    return l;
}
