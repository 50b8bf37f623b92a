/* test_runtime_list.c — the generic list against CPython's list.
 *
 * Raw int64 elements (exactly len * 8 bytes of payload), references with
 * owned counts (setitem/remove/clear/drop release what they replace),
 * optional references, value structs with retain/drop; growth and
 * shrinking; pop/insert/slices/concat/repeat/extend/index/remove/eq/cmp
 * compared with /usr/bin/python3 -S on the same operations; and every
 * allocation of every growing operation failing in turn, leaving the list
 * as it was and nothing leaked.
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>

#include "runtime_testlib.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define NONE KRT_INT_MIN

static KrtList *int_list(krt_int n) { /* [0, 1, ..., n-1] */
    KrtList *l = krt_list_new(&krt_elem_int, 0);
    for (krt_int i = 0; i < n; i++) ck_assert(krt_list_append(l, &i));
    return l;
}

static krt_int int_at(KrtList *l, krt_int i) {
    krt_int v;
    memcpy(&v, krt_list_at(l, i), sizeof v);
    return v;
}

/* repr of a list[int] as CPython prints it. */
static const char *int_repr(const KrtList *l) {
    static char buf[8192];
    size_t n = 0;
    buf[n++] = '[';
    for (uint32_t i = 0; i < l->len; i++) {
        krt_int v;
        memcpy(&v, l->items + i * sizeof v, sizeof v);
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%lld", i ? ", " : "", (long long)v);
    }
    snprintf(buf + n, sizeof buf - n, "]");
    return buf;
}

static RtOracle oracle(const char *body) {
    RtOracle o = {rt_py_run(NULL, 0, body), 0, 0};
    return o;
}

static void check_exc_or(RtOracle *o, bool ok, const char *text, const char *what) {
    char buf[256];
    if (!ok) {
        KrtExc *e = krt_exc_fetch();
        ck_assert_ptr_nonnull(e);
        snprintf(buf, sizeof buf, "%s: %s", krt_type(e->h.type)->name, e->msg ? e->msg->data : "");
        rt_decref(e);
        text = buf;
    }
    rt_oracle_check(o, text, what);
}

/* ---- raw elements ------------------------------------------------------------------ */

START_TEST(test_raw_int64_payload_is_exact) {
    KrtHeapStats before, after;
    krt_heap_stats(&before);
    KrtList *l = krt_list_new(&krt_elem_int, 100);
    for (krt_int i = 0; i < 100; i++) ck_assert(krt_list_append(l, &i));
    krt_heap_stats(&after);
    ck_assert_uint_eq(krt_elem_int.size, 8);
    ck_assert_uint_eq(l->cap, 100);
    ck_assert_uint_eq(after.in_use - before.in_use, sizeof(KrtList) + 100 * 8);
    ck_assert_uint_eq(after.live_blocks - before.live_blocks, 2);
    for (krt_int i = 0; i < 100; i++) ck_assert_int_eq(((const int64_t *)(const void *)l->items)[i], i);
    rt_decref(l);
}
END_TEST

START_TEST(test_append_growth) {
    KrtList *l = krt_list_new(&krt_elem_int, 0);
    ck_assert_uint_eq(l->cap, 0);
    ck_assert_ptr_null(l->items);
    KrtHeapStats a, b;
    krt_heap_stats(&a);
    uint32_t last_cap = 0, grows = 0;
    for (krt_int i = 0; i < 10000; i++) {
        ck_assert(krt_list_append(l, &i));
        if (l->cap != last_cap) {
            /* by half, at least to 4 */
            uint32_t want = last_cap + last_cap / 2 < 4 ? 4 : last_cap + last_cap / 2;
            ck_assert_uint_eq(l->cap, want);
            last_cap = l->cap;
            grows++;
        }
        ck_assert_uint_le(l->len, l->cap);
    }
    krt_heap_stats(&b);
    ck_assert_uint_eq(b.allocations - a.allocations, grows);
    ck_assert_uint_lt(grows, 25);
    for (krt_int i = 0; i < 10000; i++) ck_assert_int_eq(int_at(l, i), i);
    /* popping most of it gives memory back */
    krt_int v;
    for (int i = 0; i < 9990; i++) ck_assert(krt_list_pop(l, -1, &v));
    ck_assert_int_eq(v, 10);
    ck_assert_uint_le(l->cap, 4 * l->len + 3); /* shrinks once below a quarter */
    krt_list_clear(l);
    ck_assert_uint_eq(l->len, 0);
    ck_assert_uint_eq(l->cap, 0);
    ck_assert(krt_list_append(l, &v));
    rt_decref(l);
}
END_TEST

START_TEST(test_float_and_bool_elements) {
    KrtList *a = krt_list_new(&krt_elem_float, 0), *b = krt_list_new(&krt_elem_float, 0);
    krt_float x = 0.0, y = -0.0, n = (krt_float)NAN;
    krt_list_append(a, &x);
    krt_list_append(b, &y);
    ck_assert(krt_list_eq(a, b)); /* -0.0 == 0.0 */
    krt_list_append(a, &n);
    krt_list_append(b, &n);
    ck_assert(!krt_list_eq(a, b)); /* NaN equals nothing */
    ck_assert(krt_list_eq(a, a));  /* but a list is itself */
    ck_assert(!krt_list_contains(a, &n));
    ck_assert(krt_list_contains(a, &y));
    rt_decref(a);
    rt_decref(b);
    KrtList *c = krt_list_new(&krt_elem_bool, 0), *d = krt_list_new(&krt_elem_bool, 0);
    bool t = true, f = false;
    krt_list_append(c, &t);
    krt_list_append(d, &f);
    ck_assert_uint_eq(krt_elem_bool.size, sizeof(bool));
    ck_assert_int_gt(krt_list_cmp(c, d), 0);
    ck_assert_int_eq(krt_list_index(c, &t), 0);
    ck_assert_int_eq(krt_list_index(c, &f), -1);
    rt_decref(c);
    rt_decref(d);
}
END_TEST

/* ---- references ------------------------------------------------------------------------ */

START_TEST(test_reference_elements_owned) {
    KrtStr *a = rt_str("alpha string"), *b = rt_str("beta string"), *c = rt_str("gamma string");
    KrtList *l = krt_list_new(&krt_elem_str, 0);
    ck_assert(krt_list_append(l, &a));
    ck_assert(krt_list_append(l, &b));
    ck_assert(krt_list_append(l, &a));
    ck_assert_uint_eq(a->h.rc, 3);
    /* setitem: takes the new, releases the old */
    ck_assert(krt_list_setitem(l, 1, &c));
    ck_assert_uint_eq(b->h.rc, 1);
    ck_assert_uint_eq(c->h.rc, 2);
    ck_assert(krt_list_setitem(l, -1, &a)); /* replacing a by itself */
    ck_assert_uint_eq(a->h.rc, 3);
    /* pop hands the reference over */
    KrtStr *out;
    ck_assert(krt_list_pop(l, 0, &out));
    ck_assert_ptr_eq(out, a);
    ck_assert_uint_eq(a->h.rc, 3);
    rt_decref(out);
    /* remove releases */
    ck_assert(krt_list_remove(l, &c));
    ck_assert_uint_eq(c->h.rc, 1);
    KrtStr *equal = rt_str("alpha string"); /* equal by value, not identity */
    ck_assert_int_eq(krt_list_index(l, &equal), 0);
    ck_assert(krt_list_remove(l, &equal));
    ck_assert_uint_eq(a->h.rc, 1);
    ck_assert(!krt_list_remove(l, &equal));
    char msg[64];
    rt_expect_exc(KRT_T_VALUE_ERROR, msg, sizeof msg);
    ck_assert_str_eq(msg, "list.remove(x): x not in list");
    /* insert, remove_at, clear, extend with itself */
    ck_assert(krt_list_insert(l, 0, &b));
    ck_assert(krt_list_insert(l, 100, &c));
    ck_assert(krt_list_extend(l, l));
    ck_assert_uint_eq(l->len, 4);
    ck_assert_uint_eq(b->h.rc, 3);
    ck_assert(krt_list_remove_at(l, -1));
    ck_assert_uint_eq(c->h.rc, 2);
    ck_assert(!krt_list_remove_at(l, 3));
    rt_expect_exc(KRT_T_INDEX_ERROR, msg, sizeof msg);
    ck_assert_str_eq(msg, "list assignment index out of range");
    krt_list_reverse(l);
    ck_assert_ptr_eq(*(KrtStr **)krt_list_at(l, 0), b);
    ck_assert_ptr_eq(*(KrtStr **)krt_list_at(l, 1), c);
    krt_list_clear(l);
    ck_assert_uint_eq(b->h.rc, 1);
    ck_assert_uint_eq(c->h.rc, 1);
    rt_decref(l);
    rt_decref(a);
    rt_decref(b);
    rt_decref(c);
    rt_decref(equal);
}
END_TEST

static const KrtElemDesc elem_optobj = {sizeof(KrtObject *), KRT_ELEM_OPTREF, NULL, NULL, NULL, NULL, NULL};

START_TEST(test_optional_reference_elements) {
    KrtList *l = krt_list_new(&elem_optobj, 0);
    KrtStr *s = rt_str("maybe a string");
    KrtStr *none = NULL;
    ck_assert(krt_list_append(l, &none));
    ck_assert(krt_list_append(l, &s));
    ck_assert(krt_list_append(l, &none));
    ck_assert_uint_eq(s->h.rc, 2);
    ck_assert_int_eq(krt_list_index(l, &s), 1);
    ck_assert(krt_list_setitem(l, 1, &none));
    ck_assert_uint_eq(s->h.rc, 1);
    ck_assert(krt_list_setitem(l, 0, &s));
    KrtList *copy = krt_list_repeat(l, 3);
    ck_assert_uint_eq(s->h.rc, 5);
    rt_decref(copy);
    rt_decref(l);
    ck_assert_uint_eq(s->h.rc, 1);
    rt_decref(s);
}
END_TEST

/* A value type holding a reference: the tuple (str, int). */
typedef struct Pair {
    KrtStr *name;
    krt_int n;
} Pair;

static void pair_retain(void *e) {
    krt_incref(&((Pair *)e)->name->h);
}

static void pair_drop(void *e) {
    krt_decref(&((Pair *)e)->name->h);
}

static bool pair_eq(const void *a, const void *b) {
    const Pair *x = a, *y = b;
    return krt_str_eq(x->name, y->name) && x->n == y->n;
}

static int pair_cmp(const void *a, const void *b) {
    const Pair *x = a, *y = b;
    int c = krt_str_cmp(x->name, y->name);
    return c ? c : (x->n > y->n) - (x->n < y->n);
}

static const KrtElemDesc elem_pair = {sizeof(Pair), KRT_ELEM_VALUE, pair_retain, pair_drop, pair_eq, pair_cmp, NULL};

START_TEST(test_value_struct_elements) {
    KrtStr *x = rt_str("sensor x"), *y = rt_str("sensor y");
    KrtList *l = krt_list_new(&elem_pair, 0);
    for (krt_int i = 0; i < 10; i++) {
        Pair p = {i % 2 ? y : x, i};
        ck_assert(krt_list_append(l, &p));
    }
    ck_assert_uint_eq(x->h.rc, 6);
    ck_assert_uint_eq(y->h.rc, 6);
    KrtSlice sl = {1, 0, 2, true, false, true};
    KrtList *odd = krt_list_slice(l, &sl);
    ck_assert_uint_eq(odd->len, 5);
    ck_assert_uint_eq(y->h.rc, 11);
    Pair probe = {y, 7};
    ck_assert_int_eq(krt_list_index(odd, &probe), 3);
    Pair p;
    ck_assert(krt_list_pop(odd, 0, &p));
    ck_assert_int_eq(p.n, 1);
    pair_drop(&p);
    ck_assert_int_lt(krt_list_cmp(l, odd), 0); /* ("sensor x", 0) < ("sensor y", 3) */
    rt_decref(odd);
    ck_assert_uint_eq(y->h.rc, 6);
    rt_decref(l);
    ck_assert_uint_eq(x->h.rc, 1);
    rt_decref(x);
    rt_decref(y);
}
END_TEST

/* ---- against CPython ------------------------------------------------------------------- */

static const krt_int bounds[] = {NONE, -100, -5, -2, -1, 0, 1, 2, 3, 5, 100};
static const krt_int steps[] = {NONE, -100, -3, -2, -1, 1, 2, 3, 100};

START_TEST(test_slices_like_cpython) {
    RtOracle o = oracle("B = [None, -100, -5, -2, -1, 0, 1, 2, 3, 5, 100]\n"
                        "T = [None, -100, -3, -2, -1, 1, 2, 3, 100]\n"
                        "for n in [0, 1, 2, 7]:\n"
                        "    l = list(range(n))\n"
                        "    for a in B:\n"
                        "        for b in B:\n"
                        "            for c in T:\n"
                        "                print(l[a:b:c])\n");
    const krt_int sizes[] = {0, 1, 2, 7};
    for (size_t k = 0; k < COUNT(sizes); k++) {
        KrtList *l = int_list(sizes[k]);
        for (size_t a = 0; a < COUNT(bounds); a++)
            for (size_t b = 0; b < COUNT(bounds); b++)
                for (size_t c = 0; c < COUNT(steps); c++) {
                    KrtSlice sl = {bounds[a], bounds[b], steps[c], bounds[a] != NONE, bounds[b] != NONE,
                                   steps[c] != NONE};
                    KrtList *r = krt_list_slice(l, &sl);
                    rt_oracle_check(&o, int_repr(r), "slice");
                    rt_decref(r);
                }
        rt_decref(l);
    }
    rt_oracle_done(&o);
}
END_TEST

static const krt_int positions[] = {-100, -6, -5, -3, -1, 0, 1, 3, 4, 5, 100};
#define POSITIONS_PY "[-100, -6, -5, -3, -1, 0, 1, 3, 4, 5, 100]"

START_TEST(test_insert_pop_index_like_cpython) {
    RtOracle o = oracle("def show(f, *a):\n"
                        "    try:\n"
                        "        return str(f(*a))\n"
                        "    except (IndexError, ValueError) as e:\n"
                        "        return type(e).__name__ + ': ' + str(e)\n"
                        "for p in " POSITIONS_PY ":\n"
                        "    l = list(range(5))\n"
                        "    l.insert(p, 99)\n"
                        "    print(l)\n"
                        "    l = list(range(5))\n"
                        "    print(show(l.pop, p), l)\n"
                        "    l = list(range(5))\n"
                        "    print(show(l.__getitem__, p))\n"
                        "    def delete(i):\n"
                        "        del l[i]\n"
                        "        return l\n"
                        "    print(show(delete, p))\n"
                        "    l = list(range(5))\n"
                        "    print(show(l.index, p))\n"
                        "print(show([].pop, -1))\n");
    for (size_t k = 0; k < COUNT(positions); k++) {
        krt_int p = positions[k], v = 99, out = 0;
        char buf[256];
        KrtList *l = int_list(5);
        ck_assert(krt_list_insert(l, p, &v));
        rt_oracle_check(&o, int_repr(l), "insert");
        rt_decref(l);

        l = int_list(5);
        bool ok = krt_list_pop(l, p, &out);
        char popped[64];
        snprintf(popped, sizeof popped, "%lld", (long long)out);
        if (!ok) {
            KrtExc *e = krt_exc_fetch();
            snprintf(popped, sizeof popped, "%s: %s", krt_type(e->h.type)->name, e->msg->data);
            rt_decref(e);
        }
        snprintf(buf, sizeof buf, "%s %s", popped, int_repr(l));
        rt_oracle_check(&o, buf, "pop");
        rt_decref(l);

        l = int_list(5);
        void *at = krt_list_at(l, p);
        if (at) snprintf(buf, sizeof buf, "%lld", (long long)int_at(l, p));
        check_exc_or(&o, at != NULL, buf, "getitem");
        ok = krt_list_remove_at(l, p);
        check_exc_or(&o, ok, int_repr(l), "del");
        rt_decref(l);

        l = int_list(5);
        krt_int i = krt_list_index(l, &p);
        if (i >= 0) {
            snprintf(buf, sizeof buf, "%lld", (long long)i);
        } else {
            snprintf(buf, sizeof buf, "ValueError: %lld is not in list", (long long)p); /* the compiler's text */
        }
        rt_oracle_check(&o, buf, "index");
        rt_decref(l);
    }
    KrtList *empty = int_list(0);
    krt_int out;
    check_exc_or(&o, krt_list_pop(empty, -1, &out), "", "pop empty");
    rt_decref(empty);
    rt_oracle_done(&o);
}
END_TEST

START_TEST(test_concat_repeat_compare_like_cpython) {
    RtOracle o = oracle("L = [[], [0], [1], [0, 1], [0, 1, 2], [0, 2], [1, 0], [0, 0, 0]]\n"
                        "for a in L:\n"
                        "    for b in L:\n"
                        "        print(a + b, int(a == b), int(a < b), int(a <= b), int(a > b))\n"
                        "    for n in [-1, 0, 1, 3]:\n"
                        "        print(a * n)\n"
                        "    for x in [0, 2, 5]:\n"
                        "        print(int(x in a))\n");
    static const krt_int vals[][3] = {{0}, {0}, {1}, {0, 1}, {0, 1, 2}, {0, 2}, {1, 0}, {0, 0, 0}};
    static const uint32_t lens[] = {0, 1, 1, 2, 3, 2, 2, 3};
    KrtList *L[8];
    for (int i = 0; i < 8; i++) {
        L[i] = krt_list_new(&krt_elem_int, lens[i]);
        for (uint32_t j = 0; j < lens[i]; j++) ck_assert(krt_list_append(L[i], &vals[i][j]));
    }
    for (int i = 0; i < 8; i++) {
        for (int j = 0; j < 8; j++) {
            KrtList *c = krt_list_concat(L[i], L[j]);
            char buf[512];
            int cmp = krt_list_cmp(L[i], L[j]);
            snprintf(buf, sizeof buf, "%s %d %d %d %d", int_repr(c), krt_list_eq(L[i], L[j]), cmp < 0, cmp <= 0,
                     cmp > 0);
            rt_oracle_check(&o, buf, "concat/compare");
            rt_decref(c);
        }
        const krt_int ns[] = {-1, 0, 1, 3};
        for (int n = 0; n < 4; n++) {
            KrtList *r = krt_list_repeat(L[i], ns[n]);
            rt_oracle_check(&o, int_repr(r), "repeat");
            rt_decref(r);
        }
        const krt_int xs[] = {0, 2, 5};
        for (int x = 0; x < 3; x++) rt_oracle_check(&o, krt_list_contains(L[i], &xs[x]) ? "1" : "0", "in");
    }
    for (int i = 0; i < 8; i++) rt_decref(L[i]);
    rt_oracle_done(&o);
}
END_TEST

START_TEST(test_cmp_without_order_raises) {
    static const KrtElemDesc unordered = {sizeof(KrtObject *), KRT_ELEM_REF, NULL, NULL, NULL, NULL, NULL};
    KrtStr *a = rt_str("a string"), *b = rt_str("another");
    KrtList *x = krt_list_new(&unordered, 1), *y = krt_list_new(&unordered, 1);
    krt_list_append(x, &a);
    krt_list_append(y, &b);
    ck_assert(!krt_list_eq(x, y)); /* identity without an eq function */
    krt_list_cmp(x, y);
    char msg[128];
    rt_expect_exc(KRT_T_TYPE_ERROR, msg, sizeof msg);
    rt_decref(x);
    rt_decref(y);
    rt_decref(a);
    rt_decref(b);
}
END_TEST

/* ---- every allocation failing in turn ---------------------------------------------------- */

static KrtStr *shared, *words;

static KrtList *str_list(int n) {
    KrtList *l = krt_list_new(&krt_elem_str, (uint32_t)n);
    for (int i = 0; i < n; i++) ck_assert(krt_list_append(l, &shared));
    return l;
}

typedef bool (*ListOp)(KrtList *l, KrtList **made);

static bool op_append(KrtList *l, KrtList **made) {
    (void)made;
    return krt_list_append(l, &shared);
}
static bool op_insert(KrtList *l, KrtList **made) {
    (void)made;
    return krt_list_insert(l, 1, &shared);
}
static bool op_extend(KrtList *l, KrtList **made) {
    (void)made;
    return krt_list_extend(l, l);
}
static bool op_slice(KrtList *l, KrtList **made) {
    KrtSlice sl = {0, 0, -1, false, false, true};
    return (*made = krt_list_slice(l, &sl)) != NULL;
}
static bool op_concat(KrtList *l, KrtList **made) {
    return (*made = krt_list_concat(l, l)) != NULL;
}
static bool op_repeat(KrtList *l, KrtList **made) {
    return (*made = krt_list_repeat(l, 3)) != NULL;
}
static bool op_split(KrtList *l, KrtList **made) {
    (void)l;
    return (*made = krt_str_split(words, NULL, -1)) != NULL;
}

START_TEST(test_memory_error_leaves_list_unchanged) {
    static const struct {
        const char *name;
        ListOp op;
    } ops[] = {{"append", op_append}, {"insert", op_insert}, {"extend", op_extend}, {"slice", op_slice},
               {"concat", op_concat}, {"repeat", op_repeat}, {"split", op_split}};
    shared = rt_str("shared element");
    words = rt_str("a b c d e f g h i j k l m n o p q r s t u v w");
    for (size_t i = 0; i < COUNT(ops); i++) {
        KrtList *l = str_list(4); /* full: cap == len */
        unsigned char *items = l->items;
        uint32_t live = rt_live_blocks();
        krt_rc rc = shared->h.rc;
        for (uint32_t n = 1;; n++) {
            ck_assert_uint_lt(n, 200);
            KrtList *made = NULL;
            krt_heap_fail_at(n);
            bool ok = ops[i].op(l, &made);
            if (ok) {
                krt_heap_fail_at(0);
                if (made) rt_decref(made);
                break;
            }
            ck_assert_msg(krt_exc_matches(KRT_T_MEMORY_ERROR), "%s: no MemoryError", ops[i].name);
            rt_decref(krt_exc_fetch());
            ck_assert_msg(rt_live_blocks() == live, "%s leaks when allocation %u fails", ops[i].name, n);
            ck_assert_uint_eq(l->len, 4);
            ck_assert_uint_eq(l->cap, 4);
            ck_assert_ptr_eq(l->items, items);
            ck_assert_uint_eq(shared->h.rc, rc);
        }
        rt_decref(l);
    }
    rt_decref(shared);
    rt_decref(words);
}
END_TEST

static Suite *runtime_list_suite(void) {
    Suite *s = suite_create("runtime_list");
    TCase *tc = tcase_create("list");
    tcase_add_checked_fixture(tc, rt_setup, rt_teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_raw_int64_payload_is_exact);
    tcase_add_test(tc, test_append_growth);
    tcase_add_test(tc, test_float_and_bool_elements);
    tcase_add_test(tc, test_reference_elements_owned);
    tcase_add_test(tc, test_optional_reference_elements);
    tcase_add_test(tc, test_value_struct_elements);
    tcase_add_test(tc, test_slices_like_cpython);
    tcase_add_test(tc, test_insert_pop_index_like_cpython);
    tcase_add_test(tc, test_concat_repeat_compare_like_cpython);
    tcase_add_test(tc, test_cmp_without_order_raises);
    tcase_add_test(tc, test_memory_error_leaves_list_unchanged);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(runtime_list_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
