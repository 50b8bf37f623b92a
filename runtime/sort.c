/* sort.c — list.sort() and sorted(): a stable merge sort over any element
 * descriptor.
 *
 * The algorithm is a bottom-up merge sort: runs of KRT_SORT_RUN elements
 * are sorted by insertion, then neighbouring runs are merged, width
 * doubling each pass.  A merge copies only the shorter of its two runs out
 * to a buffer (merging forward when the left run is the shorter, backward
 * otherwise, as timsort does), so the buffer is half the list — and a merge
 * whose runs are already in order (the last of the left run not above the
 * first of the right) costs one comparison and no moves, which makes sorted
 * and nearly sorted input cheap.  Ties always keep the left (earlier)
 * element first: the sort is stable.  Short lists use a small buffer on
 * the stack and allocate nothing.
 *
 * reverse=True is CPython's: reverse the list, sort it stably, reverse it
 * again, so equal elements keep their original order (it is not the
 * reverse of the ascending result).
 *
 * sorted(key=f) / l.sort(key=f): the caller computes every key first (as
 * CPython does), into an array parallel to the list; the sort compares
 * keys and moves each key and its element together.
 *
 * Comparisons may raise (a class's __lt__): after each call the pending
 * exception is tested, and from the first failure on every comparison
 * answers "not less" without calling cmp, so the sort finishes by moving
 * elements only — the list ends a permutation of what it held, and the
 * exception stays pending.  While sorting, the list is detached (it looks
 * empty, as in CPython), so a comparison that appends to or clears it
 * cannot corrupt the sort; it is reported afterwards as ValueError "list
 * modified during sort".
 */
#include <string.h>

#include "krt_internal.h"

/* Runs this short are sorted by insertion: fewer moves than merging up
 * to here, and each element moves at most KRT_SORT_RUN - 1 places. */
#define KRT_SORT_RUN 16
/* Buffers up to this many bytes live on the C stack (no heap traffic for
 * short lists); the sort's only other stack use is a few locals. */
#define KRT_SORT_STACK_BUF 128

typedef struct Sorter {
    unsigned char *a;  /* compared elements */
    unsigned char *b;  /* moved alongside a (the list, in a keyed sort), or NULL */
    size_t sa, sb;     /* bytes per element of a and b */
    unsigned char *buf_a, *buf_b; /* scratch: half the elements, at least one */
    int (*cmp)(const void *x, const void *y);
    bool failed;       /* a comparison raised: stop comparing */
} Sorter;

static bool sort_lt(Sorter *s, const void *x, const void *y) {
    if (s->failed) return false;
    int c = s->cmp(x, y);
    if (krt_failed()) {
        s->failed = true;
        return false;
    }
    return c < 0;
}

static unsigned char *at_a(const Sorter *s, size_t i) {
    return s->a + i * s->sa;
}

/* Moves n elements from index src to index dst of the array (possibly
 * overlapping). */
static void sort_move(Sorter *s, size_t dst, size_t src, size_t n) {
    memmove(s->a + dst * s->sa, s->a + src * s->sa, n * s->sa);
    if (s->b) memmove(s->b + dst * s->sb, s->b + src * s->sb, n * s->sb);
}

/* Copies n elements from array index src to buffer index dst, or back. */
static void sort_to_buf(Sorter *s, size_t dst, size_t src, size_t n) {
    memcpy(s->buf_a + dst * s->sa, s->a + src * s->sa, n * s->sa);
    if (s->b) memcpy(s->buf_b + dst * s->sb, s->b + src * s->sb, n * s->sb);
}

static void sort_from_buf(Sorter *s, size_t dst, size_t src, size_t n) {
    memcpy(s->a + dst * s->sa, s->buf_a + src * s->sa, n * s->sa);
    if (s->b) memcpy(s->b + dst * s->sb, s->buf_b + src * s->sb, n * s->sb);
}

/* Stable insertion sort of [lo, hi); buffer slot 0 holds the element
 * being placed. */
static void sort_insertion(Sorter *s, size_t lo, size_t hi) {
    for (size_t i = lo + 1; i < hi; i++) {
        if (!sort_lt(s, at_a(s, i), at_a(s, i - 1))) continue;
        sort_to_buf(s, 0, i, 1);
        size_t j = i - 1;
        while (j > lo && sort_lt(s, s->buf_a, at_a(s, j - 1))) j--;
        sort_move(s, j + 1, j, i - j);
        sort_from_buf(s, j, 0, 1);
    }
}

/* Merges the sorted runs [lo, mid) and [mid, hi). */
static void sort_merge(Sorter *s, size_t lo, size_t mid, size_t hi) {
    if (!sort_lt(s, at_a(s, mid), at_a(s, mid - 1))) return; /* already in order */
    size_t nl = mid - lo, nr = hi - mid;
    if (nl <= nr) {
        /* left run out to the buffer; merge forward */
        sort_to_buf(s, 0, lo, nl);
        size_t i = 0, j = mid, k = lo;
        while (i < nl && j < hi) {
            if (sort_lt(s, at_a(s, j), s->buf_a + i * s->sa))
                sort_move(s, k++, j++, 1);
            else
                sort_from_buf(s, k++, i++, 1);
        }
        sort_from_buf(s, k, i, nl - i);
    } else {
        /* right run out to the buffer; merge backward */
        sort_to_buf(s, 0, mid, nr);
        size_t i = mid, j = nr, k = hi; /* one past the next element of each */
        while (i > lo && j > 0) {
            if (sort_lt(s, s->buf_a + (j - 1) * s->sa, at_a(s, i - 1)))
                sort_move(s, --k, --i, 1);
            else
                sort_from_buf(s, --k, --j, 1);
        }
        sort_from_buf(s, lo, 0, j);
    }
}

static void sort_run(Sorter *s, size_t n) {
    for (size_t lo = 0; lo < n; lo += KRT_SORT_RUN) sort_insertion(s, lo, lo + KRT_SORT_RUN < n ? lo + KRT_SORT_RUN : n);
    for (size_t width = KRT_SORT_RUN; width < n; width *= 2)
        for (size_t lo = 0; lo + width < n; lo += 2 * width)
            sort_merge(s, lo, lo + width, lo + 2 * width < n ? lo + 2 * width : n);
}

static void sort_reverse(unsigned char *a, size_t size, size_t n) {
    if (n < 2) return;
    unsigned char *lo = a, *hi = a + (n - 1) * size;
    for (; lo < hi; lo += size, hi -= size) {
        for (size_t k = 0; k < size; k++) {
            unsigned char t = lo[k];
            lo[k] = hi[k];
            hi[k] = t;
        }
    }
}

/* Sorts l's elements by the parallel array keys (or by themselves when
 * keys is NULL). */
static bool sort_list(KrtList *l, void *keys, const KrtElemDesc *key_desc, bool reverse) {
    size_t n = l->len;
    if (n < 2) return true;
    if (!key_desc->cmp) {
        krt_raise_msg(KRT_T_TYPE_ERROR, "'<' not supported between list elements of this type");
        return false;
    }
    Sorter s;
    s.sa = key_desc->size;
    s.sb = keys ? l->elem->size : 0;
    s.cmp = key_desc->cmp;
    s.failed = false;
    size_t nbuf = n / 2 + 1;
    if (s.sa + s.sb > SIZE_MAX / nbuf) {
        krt_raise_memory_error();
        return false;
    }
    size_t bytes = nbuf * (s.sa + s.sb);
    unsigned char stack_buf[KRT_SORT_STACK_BUF];
    unsigned char *heap_buf = NULL;
    if (bytes > sizeof stack_buf) {
        heap_buf = krt_alloc(bytes);
        if (!heap_buf) return false;
    }
    s.buf_a = heap_buf ? heap_buf : stack_buf;
    s.buf_b = s.buf_a + nbuf * s.sa;

    /* detach the list (it looks empty while comparisons run) */
    unsigned char *items = l->items;
    uint32_t len = l->len, cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    s.a = keys ? keys : items;
    s.b = keys ? items : NULL;

    if (reverse) {
        sort_reverse(s.a, s.sa, n);
        if (s.b) sort_reverse(s.b, s.sb, n);
    }
    sort_run(&s, n);
    if (reverse) {
        sort_reverse(s.a, s.sa, n);
        if (s.b) sort_reverse(s.b, s.sb, n);
    }
    if (heap_buf) krt_free(heap_buf, bytes);

    bool modified = l->items != NULL || l->len != 0 || l->cap != 0;
    if (modified) krt_list_clear(l); /* what the comparisons put there goes */
    l->items = items;
    l->len = len;
    l->cap = cap;
    if (modified && !krt_failed()) krt_raise_msg(KRT_T_VALUE_ERROR, "list modified during sort");
    return !krt_failed();
}

bool krt_list_sort(KrtList *l, bool reverse) {
    return sort_list(l, NULL, l->elem, reverse);
}

bool krt_list_sort_keyed(KrtList *l, void *keys, const KrtElemDesc *key_desc, bool reverse) {
    return sort_list(l, keys, key_desc, reverse);
}

bool krt_list_sort_with(KrtList *l, const KrtElemDesc *desc, bool reverse) {
    return sort_list(l, NULL, desc, reverse);
}

void *krt_list_extreme_with(KrtList *l, const KrtElemDesc *desc, bool want_max) {
    if (l->len == 0) {
        krt_raise_msg(KRT_T_VALUE_ERROR, want_max ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
        return NULL;
    }
    void *best;
    memcpy(&best, l->items, sizeof best);
    for (uint32_t i = 1; i < l->len; i++) {
        void *x;
        memcpy(&x, l->items + (size_t)i * sizeof x, sizeof x);
        bool better = want_max ? desc->cmp(&best, &x) < 0 : desc->cmp(&x, &best) < 0;
        if (krt_failed()) return NULL;
        if (better) best = x;
    }
    return best;
}
