/* list_ops.c — list operations in the shape generated code calls them.
 *
 * list.c implements one list over any element descriptor, with elements
 * passed by address.  The IR passes values, not addresses, so for each
 * element kind the compiler stores unboxed (int, float, bool) or as a
 * counted reference (str) this file instantiates value-taking wrappers from
 * one macro: new, append, get, set, pop, contains, index, count, insert,
 * remove, sum, min, max and repr.  Failures leave an exception pending
 * (IndexError "list index out of range", ValueError "x not in list", ...).
 */
#include <string.h>

#include "format.h"
#include "krait/arith.h"
#include "krt_internal.h"

/* repr of one element into a str (new reference). */
static KrtStr *elem_repr_int(krt_int v) { return krt_str_from_int(v); }
static KrtStr *elem_repr_float(krt_float v) { return krt_str_from_float(v); }
static KrtStr *elem_repr_bool(bool v) { return krt_str_from_bool(v); }
static KrtStr *elem_repr_str(KrtStr *v) { return krt_str_repr(v); }
static KrtStr *elem_repr_list(KrtList *v) { return krt_list_repr_any(v); }
static KrtStr *elem_repr_bytes(KrtBytes *v) { return krt_bytes_repr(v); }
static KrtStr *elem_repr_obj(void *v) { (void)v; return krt_str_new("<object>", 8); }
static KrtStr *elem_repr_optobj(void *v) { return v ? krt_str_new("<object>", 8) : krt_str_new("None", 4); }

static bool elem_eq_int(krt_int a, krt_int b) { return a == b; }
/* CPython's `in` tests identity first, so a NaN is found in a list holding
 * that same object; floats have no identity in krait: equal bits stand in. */
static bool elem_eq_float(krt_float a, krt_float b) { return a == b || memcmp(&a, &b, sizeof a) == 0; }
static bool elem_eq_bool(bool a, bool b) { return a == b; }
static bool elem_eq_str(KrtStr *a, KrtStr *b) { return krt_str_eq(a, b); }
static bool elem_eq_list(KrtList *a, KrtList *b) { return a == b || krt_list_eq(a, b); }
static bool elem_eq_bytes(KrtBytes *a, KrtBytes *b) { return krt_bytes_eq(a, b); }
static bool elem_eq_obj(void *a, void *b) { return a == b; }
static bool elem_eq_optobj(void *a, void *b) { return a == b; }

static bool elem_lt_int(krt_int a, krt_int b) { return a < b; }
static bool elem_lt_float(krt_float a, krt_float b) { return a < b; }
static bool elem_lt_bool(bool a, bool b) { return a < b; }
static bool elem_lt_str(KrtStr *a, KrtStr *b) { return krt_str_cmp(a, b) < 0; }
static bool elem_lt_list(KrtList *a, KrtList *b) { return krt_list_cmp(a, b) < 0; }
static bool elem_lt_bytes(KrtBytes *a, KrtBytes *b) { return krt_bytes_cmp(a, b) < 0; }
static bool elem_lt_obj(void *a, void *b) { (void)a; (void)b; return false; }
static bool elem_lt_optobj(void *a, void *b) { (void)a; (void)b; return false; }

/* Instances of the program's classes in a list: counted references,
 * compared by identity (classes with __eq__ are compared by the compiler). */
const KrtElemDesc krt_elem_obj = {sizeof(void *), KRT_ELEM_REF, NULL, NULL, NULL, NULL, NULL};
/* Optional instances (list[Optional[C]], a table of slots): NULL is None. */
const KrtElemDesc krt_elem_optobj = {sizeof(void *), KRT_ELEM_OPTREF, NULL, NULL, NULL, NULL, NULL};

/* "[" + ", ".join(repr(x) for x in l) + "]" */
#define LIST_REPR(kind, ctype)                                                        \
    KrtStr *krt_list_repr_##kind(KrtList *l) {                                      \
        KrtStr *acc = krt_str_new("[", 1);                                          \
        for (uint32_t i = 0; acc && i < l->len; i++) {                              \
            ctype v;                                                                \
            memcpy(&v, l->items + (size_t)i * sizeof v, sizeof v);                  \
            KrtStr *r = elem_repr_##kind(v);                                        \
            if (!r) {                                                               \
                krt_decref(&acc->h);                                                \
                return NULL;                                                        \
            }                                                                       \
            KrtStr *piece = r;                                                      \
            if (i > 0) {                                                            \
                KrtStr *comma = krt_str_new(", ", 2);                               \
                piece = comma ? krt_str_concat(comma, r) : NULL;                    \
                if (comma) krt_decref(&comma->h);                                   \
                krt_decref(&r->h);                                                  \
                if (!piece) {                                                       \
                    krt_decref(&acc->h);                                            \
                    return NULL;                                                    \
                }                                                                   \
            }                                                                       \
            KrtStr *next = krt_str_concat(acc, piece);                              \
            krt_decref(&acc->h);                                                    \
            krt_decref(&piece->h);                                                  \
            acc = next;                                                             \
        }                                                                           \
        if (!acc) return NULL;                                                      \
        KrtStr *close = krt_str_new("]", 1);                                        \
        KrtStr *res = close ? krt_str_concat(acc, close) : NULL;                    \
        if (close) krt_decref(&close->h);                                           \
        krt_decref(&acc->h);                                                        \
        return res;                                                                 \
    }

#define LIST_OPS(kind, ctype)                                                         \
    KrtList *krt_list_new_##kind(krt_int cap) {                                     \
        return krt_list_new(&krt_elem_##kind, cap > 0 ? (uint32_t)cap : 0);         \
    }                                                                               \
    void krt_list_append_##kind(KrtList *l, ctype v) {                              \
        krt_list_append(l, &v);                                                     \
    }                                                                               \
    void krt_list_append_take_##kind(KrtList *l, ctype v) {                         \
        if (!krt_list_append_owned(l, &v)) krt_elem_release(l->elem, &v);           \
    }                                                                               \
    /* owned for references */                                                      \
    ctype krt_list_pop_##kind(KrtList *l, krt_int i) {                              \
        ctype v;                                                                    \
        memset(&v, 0, sizeof v);                                                    \
        krt_list_pop(l, i, &v);                                                     \
        return v;                                                                   \
    }                                                                               \
    void krt_list_insert_##kind(KrtList *l, krt_int i, ctype v) {                   \
        krt_list_insert(l, i, &v);                                                  \
    }                                                                               \
    bool krt_list_contains_##kind(KrtList *l, ctype v) {                            \
        for (uint32_t i = 0; i < l->len; i++) {                                     \
            ctype x;                                                                \
            memcpy(&x, l->items + (size_t)i * sizeof x, sizeof x);                  \
            if (elem_eq_##kind(x, v)) return true;                                  \
        }                                                                           \
        return false;                                                               \
    }                                                                               \
    krt_int krt_list_count_##kind(KrtList *l, ctype v) {                            \
        krt_int n = 0;                                                              \
        for (uint32_t i = 0; i < l->len; i++) {                                     \
            ctype x;                                                                \
            memcpy(&x, l->items + (size_t)i * sizeof x, sizeof x);                  \
            if (elem_eq_##kind(x, v)) n++;                                          \
        }                                                                           \
        return n;                                                                   \
    }                                                                               \
    krt_int krt_list_index_##kind(KrtList *l, ctype v) {                            \
        return krt_list_index_in_##kind(l, v, 0, KRT_INT_MAX);                      \
    }                                                                               \
    krt_int krt_list_index_in_##kind(KrtList *l, ctype v, krt_int start, krt_int end) { \
        krt_int len = (krt_int)l->len;                                              \
        if (start < 0 && (start += len) < 0) start = 0;                             \
        if (end < 0 && (end += len) < 0) end = 0;                                   \
        if (end > len) end = len;                                                   \
        for (krt_int i = start; i < end; i++) {                                     \
            ctype x;                                                                \
            memcpy(&x, l->items + (size_t)i * sizeof x, sizeof x);                  \
            if (elem_eq_##kind(x, v)) return (krt_int)i;                            \
        }                                                                           \
        KrtStr *r = elem_repr_##kind(v);                                            \
        if (r) {                                                                    \
            krt_raise_fmt(KRT_T_VALUE_ERROR, "%.*s is not in list", (int)r->len, r->data); \
            krt_decref(&r->h);                                                      \
        }                                                                           \
        return -1;                                                                  \
    }                                                                               \
    void krt_list_remove_##kind(KrtList *l, ctype v) {                              \
        for (uint32_t i = 0; i < l->len; i++) {                                     \
            ctype x;                                                                \
            memcpy(&x, l->items + (size_t)i * sizeof x, sizeof x);                  \
            if (elem_eq_##kind(x, v)) {                                             \
                krt_list_remove_at(l, (krt_int)i);                                  \
                return;                                                             \
            }                                                                       \
        }                                                                           \
        krt_raise_msg(KRT_T_VALUE_ERROR, "list.remove(x): x not in list");          \
    }                                                                               \
    /* min/max of a list: the first of equal extremes, as CPython */               \
    static ctype list_extreme_##kind(KrtList *l, bool want_max, const char *empty) { \
        ctype best;                                                                 \
        memset(&best, 0, sizeof best);                                              \
        if (l->len == 0) {                                                          \
            krt_raise_msg(KRT_T_VALUE_ERROR, empty);                                \
            return best;                                                            \
        }                                                                           \
        memcpy(&best, l->items, sizeof best);                                       \
        for (uint32_t i = 1; i < l->len; i++) {                                     \
            ctype x;                                                                \
            memcpy(&x, l->items + (size_t)i * sizeof x, sizeof x);                  \
            if (want_max ? elem_lt_##kind(best, x) : elem_lt_##kind(x, best)) best = x; \
        }                                                                           \
        return best;                                                                \
    }                                                                               \
    ctype krt_list_min_##kind(KrtList *l) {                                         \
        return list_extreme_##kind(l, false, "min() arg is an empty sequence");     \
    }                                                                               \
    ctype krt_list_max_##kind(KrtList *l) {                                         \
        return list_extreme_##kind(l, true, "max() arg is an empty sequence");      \
    }

/* get/set of reference elements (raw ones are inline in krait/containers.h) */
#define LIST_GETSET(kind, ctype)                                                      \
    /* borrowed for references: the list keeps its own */                          \
    ctype krt_list_get_##kind(KrtList *l, krt_int i) {                              \
        ctype v;                                                                    \
        void *p = krt_list_at(l, i);                                                \
        if (!p) {                                                                   \
            memset(&v, 0, sizeof v);                                                \
            return v;                                                               \
        }                                                                           \
        memcpy(&v, p, sizeof v);                                                    \
        return v;                                                                   \
    }                                                                               \
    void krt_list_set_##kind(KrtList *l, krt_int i, ctype v) {                      \
        if (!krt_list_setitem(l, i, &v) && !krt_failed())                           \
            krt_raise_msg(KRT_T_INDEX_ERROR, "list assignment index out of range"); \
    }

void krt_list_index_error(bool assign) {
    krt_raise_msg(KRT_T_INDEX_ERROR, assign ? "list assignment index out of range" : "list index out of range");
}

/* (instantiated at top level: a nested macro call would expand `bool`) */
LIST_OPS(int, krt_int)
LIST_OPS(float, krt_float)
LIST_OPS(bool, bool)
LIST_OPS(str, KrtStr *)
LIST_OPS(list, KrtList *)
LIST_OPS(bytes, KrtBytes *)
LIST_OPS(obj, void *)
LIST_OPS(optobj, void *)
LIST_GETSET(str, KrtStr *)
LIST_GETSET(list, KrtList *)
LIST_GETSET(bytes, KrtBytes *)
LIST_GETSET(obj, void *)
LIST_GETSET(optobj, void *)
LIST_REPR(int, krt_int)
LIST_REPR(float, krt_float)
LIST_REPR(bool, bool)
LIST_REPR(str, KrtStr *)
LIST_REPR(list, KrtList *)
LIST_REPR(bytes, KrtBytes *)

/* repr of a list whose element kind is known only at run time (a list
 * nested in a list): dispatch on its descriptor. */
KrtStr *krt_list_repr_any(KrtList *l) {
    if (l->elem == &krt_elem_int) return krt_list_repr_int(l);
    if (l->elem == &krt_elem_float) return krt_list_repr_float(l);
    if (l->elem == &krt_elem_bool) return krt_list_repr_bool(l);
    if (l->elem == &krt_elem_str) return krt_list_repr_str(l);
    if (l->elem == &krt_elem_bytes) return krt_list_repr_bytes(l);
    return krt_list_repr_list(l);
}

/* sum(list[int]) with overflow checks; sum(list[float]) adds left to right
 * as CPython 3.11 does (no compensated summation). */
krt_int krt_list_sum_int(KrtList *l, krt_int start) {
    krt_int acc = start;
    for (uint32_t i = 0; i < l->len; i++) {
        krt_int x;
        memcpy(&x, l->items + (size_t)i * sizeof x, sizeof x);
        if (!krt_int_add(acc, x, &acc)) return 0;
    }
    return acc;
}

krt_float krt_list_sum_float(KrtList *l, krt_float start) {
    krt_float acc = start;
    for (uint32_t i = 0; i < l->len; i++) {
        krt_float x;
        memcpy(&x, l->items + (size_t)i * sizeof x, sizeof x);
        acc += x;
    }
    return acc;
}

krt_int krt_list_size(KrtList *l) {
    return (krt_int)l->len;
}

/* a[start:stop:step] with absent bounds flagged in `present` (bit 0 start,
 * bit 1 stop, bit 2 step). */
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

KrtList *krt_list_slice_v(KrtList *l, krt_int start, krt_int stop, krt_int step, krt_int present) {
    KrtSlice sl = slice_of(start, stop, step, present);
    return krt_list_slice(l, &sl);
}

KrtStr *krt_str_slice_v(KrtStr *s, krt_int start, krt_int stop, krt_int step, krt_int present) {
    KrtSlice sl = slice_of(start, stop, step, present);
    return krt_str_slice(s, &sl);
}

bool krt_list_equal(KrtList *a, KrtList *b) {
    return krt_list_eq(a, b);
}

void krt_list_extend_v(KrtList *l, KrtList *other) {
    krt_list_extend(l, other);
}

void krt_list_clear_v(KrtList *l) {
    krt_list_clear(l);
}

void krt_list_reverse_v(KrtList *l) {
    krt_list_reverse(l);
}

KrtList *krt_list_concat_v(KrtList *a, KrtList *b) {
    return krt_list_concat(a, b);
}

KrtList *krt_list_repeat_v(KrtList *l, krt_int n) {
    return krt_list_repeat(l, n);
}

krt_int krt_list_compare(KrtList *a, KrtList *b) {
    return (krt_int)krt_list_cmp(a, b);
}

/* ---- bytes and bytearray as generated code calls them ----------------------- */

KrtBytes *krt_bytes_slice_v(KrtBytes *b, krt_int start, krt_int stop, krt_int step, krt_int present) {
    KrtSlice sl = slice_of(start, stop, step, present);
    return krt_bytes_slice(b, &sl);
}

KrtByteArray *krt_bytearray_slice_v(KrtByteArray *b, krt_int start, krt_int stop, krt_int step, krt_int present) {
    KrtSlice sl = slice_of(start, stop, step, present);
    return krt_bytearray_slice(b, &sl);
}

/* bytearray(b) / bytes(ba) / ba.extend(b): the contents of either kind. */
KrtByteArray *krt_bytearray_from_bytes(const KrtBytes *b) {
    return krt_bytearray_new(b->data, b->len);
}

void krt_bytearray_extend_bytes(KrtByteArray *ba, const KrtBytes *b) {
    krt_bytearray_extend(ba, b->data, b->len);
}

void krt_bytearray_extend_bytearray(KrtByteArray *ba, const KrtByteArray *other) {
    krt_bytearray_extend(ba, other->data, other->len);
}

void krt_bytearray_extend_list(KrtByteArray *ba, KrtList *l) {
    KrtBytes *b = krt_bytes_from_list(l); /* ValueError "bytes must be in range(0, 256)" */
    if (!b) return;
    krt_bytearray_extend(ba, b->data, b->len);
    krt_decref(&b->h);
}

KrtByteArray *krt_bytearray_concat(const KrtByteArray *a, const KrtByteArray *b) {
    KrtByteArray *r = krt_bytearray_new(a->data, a->len);
    if (r && !krt_bytearray_extend(r, b->data, b->len)) {
        krt_decref(&r->h);
        return NULL;
    }
    return r;
}

bool krt_bytearray_eq(const KrtByteArray *a, const KrtByteArray *b) {
    return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

KrtStr *krt_bytearray_hex(const KrtByteArray *b) {
    KrtBytes v = krt_bytearray_view(b);
    return krt_bytes_hex(&v);
}

KrtStr *krt_bytearray_decode(const KrtByteArray *b, const KrtStr *encoding) {
    KrtBytes v = krt_bytearray_view(b);
    return krt_bytes_decode(&v, encoding);
}

bool krt_bytearray_contains_int(const KrtByteArray *b, krt_int x) {
    KrtBytes v = krt_bytearray_view(b);
    return krt_bytes_contains_int(&v, x);
}

/* list(b) / iteration over bytes: the byte values as a list[int]. */
KrtList *krt_bytes_to_list(const KrtBytes *b) {
    KrtList *l = krt_list_new(&krt_elem_int, b->len);
    for (uint32_t i = 0; l && i < b->len; i++) {
        krt_int v = b->data[i];
        krt_list_append(l, &v); /* capacity reserved: cannot fail */
    }
    return l;
}

KrtList *krt_bytearray_to_list(const KrtByteArray *b) {
    KrtBytes v = krt_bytearray_view(b);
    return krt_bytes_to_list(&v);
}

/* Ordering of two bytes-like values (either kind): <0, 0, >0. */
krt_int krt_bytes_like_cmp(const void *a, bool a_is_array, const void *b, bool b_is_array) {
    KrtBytes va = a_is_array ? krt_bytearray_view(a) : *(const KrtBytes *)a;
    KrtBytes vb = b_is_array ? krt_bytearray_view(b) : *(const KrtBytes *)b;
    return krt_bytes_cmp(&va, &vb);
}

KrtByteArray *krt_bytearray_repeat(const KrtByteArray *b, krt_int n) {
    KrtBytes v = krt_bytearray_view(b);
    KrtBytes *r = krt_bytes_repeat(&v, n);
    if (!r) return NULL;
    KrtByteArray *out = krt_bytearray_new(r->data, r->len);
    krt_decref(&r->h);
    return out;
}

/* b.count(v) / b.find(v) with an int: the one-byte bytes v (ValueError
 * "byte must be in range(0, 256)"). */
KrtBytes *krt_bytes_of_int(krt_int v) {
    if (v < 0 || v > 255) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "byte must be in range(0, 256)");
        return NULL;
    }
    unsigned char c = (unsigned char)v;
    return krt_bytes_new(&c, 1);
}

/* b.index(sub, start, end): ValueError "subsection not found" when absent. */
krt_int krt_bytes_index_v(const KrtBytes *b, const KrtBytes *sub, krt_int start, krt_int end) {
    krt_int i = krt_bytes_find(b, sub, start, end);
    if (i < 0) krt_raise_msg(KRT_T_VALUE_ERROR, "subsection not found");
    return i;
}

/* list.sort(key=...) once the keys are computed: keys is a list of the
 * same length, permuted along with l; the caller releases it. */
bool krt_list_sort_by(KrtList *l, KrtList *keys, bool reverse) {
    return krt_list_sort_keyed(l, keys->items, keys->elem, reverse);
}

/* abs() of an int key: OverflowError for the most negative value. */
krt_int krt_int_abs_value(krt_int v) {
    if (v == KRT_INT_MIN) {
        krt_raise_overflow();
        return 0;
    }
    return v < 0 ? -v : v;
}
