/* test_runtime_sort.c — list.sort() / sorted() against CPython.
 *
 * Random lists (many ties, runs, sorted and reversed input, lengths around
 * the insertion-run and merge boundaries) sorted here and by
 * /usr/bin/python3 -S, ascending and with reverse=True; stability shown
 * through keyed sorts (the elements are their original positions) and
 * through 0.0 / -0.0, which compare equal but print differently; strs.
 * Then the failure paths: TypeError without an order, a comparison that
 * raises part-way (the list stays a permutation), a comparison that
 * modifies the list, and MemoryError for the merge buffer.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>

#include "runtime_testlib.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct Text {
    char *p;
    size_t len, cap;
} Text;

static void tx_add(Text *t, const char *fmt, ...) {
    va_list ap;
    for (;;) {
        size_t room = t->cap - t->len;
        va_start(ap, fmt);
        int n = vsnprintf(t->p ? t->p + t->len : NULL, t->p ? room : 0, fmt, ap);
        va_end(ap);
        ck_assert_int_ge(n, 0);
        if (t->p && (size_t)n < room) {
            t->len += (size_t)n;
            return;
        }
        t->cap = t->cap * 2 + (size_t)n + 256;
        t->p = realloc(t->p, t->cap);
        ck_assert_ptr_nonnull(t->p);
    }
}

static void tx_free(Text *t) {
    free(t->p);
    t->p = NULL;
    t->len = t->cap = 0;
}

static uint32_t lcg_state = 2024;
static uint32_t lcg(void) {
    lcg_state = lcg_state * 1103515245u + 12345u;
    return (lcg_state >> 8) & 0xFFFFFF;
}

static krt_int at(const KrtList *l, uint32_t i) {
    krt_int v;
    memcpy(&v, l->items + (size_t)i * sizeof v, sizeof v);
    return v;
}

static void int_list_text(Text *t, const KrtList *l) {
    tx_add(t, "[");
    for (uint32_t i = 0; i < l->len; i++) tx_add(t, i ? ", %lld" : "%lld", (long long)at(l, i));
    tx_add(t, "]");
}

/* Shapes of input: random with few distinct values, random wide, sorted,
 * reversed, sorted with a few swaps, organ pipe. */
static KrtList *make_input(uint32_t n, int shape) {
    KrtList *l = krt_list_new(&krt_elem_int, n);
    for (uint32_t i = 0; i < n; i++) {
        krt_int v;
        switch (shape) {
        case 0:
            v = lcg() % 5;
            break;
        case 1:
            v = (krt_int)(lcg() % 2000000) - 1000000;
            break;
        case 2:
            v = i / 3;
            break;
        case 3:
            v = (krt_int)(n - i) / 2;
            break;
        case 4:
            v = lcg() % 10 == 0 ? (krt_int)(lcg() % n) : (krt_int)i;
            break;
        default:
            v = i < n / 2 ? (krt_int)i : (krt_int)(n - i);
            break;
        }
        ck_assert(krt_list_append(l, &v));
    }
    return l;
}

static const uint32_t lengths[] = {0, 1, 2, 3, 15, 16, 17, 31, 32, 33, 47, 64, 65, 100, 257, 1000, 4099};

START_TEST(test_sort_ints_like_cpython) {
    Text py = {0}, mine = {0};
    tx_add(&py, "import sys\n");
    for (size_t li = 0; li < COUNT(lengths); li++) {
        for (int shape = 0; shape < 6; shape++) {
            KrtList *l = make_input(lengths[li], shape);
            /* K: the list; the keyed sort orders positions by K */
            tx_add(&py, "K = ");
            int_list_text(&py, l);
            tx_add(&py, "\nprint(sorted(K))\nprint(sorted(K, reverse=True))\n"
                        "print(sorted(range(len(K)), key=lambda i: K[i]))\n"
                        "print(sorted(range(len(K)), key=lambda i: K[i], reverse=True))\n");
            KrtList *a = krt_list_repeat(l, 1), *b = krt_list_repeat(l, 1);
            ck_assert(krt_list_sort(a, false));
            ck_assert(krt_list_sort(b, true));
            int_list_text(&mine, a);
            tx_add(&mine, "\n");
            int_list_text(&mine, b);
            tx_add(&mine, "\n");
            for (int rev = 0; rev < 2; rev++) {
                KrtList *pos = krt_list_new(&krt_elem_int, l->len);
                for (krt_int i = 0; i < (krt_int)l->len; i++) ck_assert(krt_list_append(pos, &i));
                krt_int *keys = malloc(sizeof(krt_int) * (l->len + 1));
                if (l->len) memcpy(keys, l->items, sizeof(krt_int) * l->len);
                ck_assert(krt_list_sort_keyed(pos, keys, &krt_elem_int, rev));
                for (uint32_t i = 0; i < pos->len; i++) ck_assert_int_eq(keys[i], at(l, (uint32_t)at(pos, i)));
                int_list_text(&mine, pos);
                tx_add(&mine, "\n");
                free(keys);
                rt_decref(pos);
            }
            rt_decref(a);
            rt_decref(b);
            rt_decref(l);
        }
    }
    RtOracle o = {rt_py_run(NULL, 0, py.p), 0, 0};
    for (char *line = mine.p, *nl; *line; line = nl + 1) {
        nl = strchr(line, '\n');
        *nl = '\0';
        rt_oracle_check(&o, line, "sort");
    }
    rt_oracle_done(&o);
    tx_free(&py);
    tx_free(&mine);
}
END_TEST

START_TEST(test_float_ties_stay_in_order) {
    /* 0.0 == -0.0: a stable sort keeps their order, and so does reverse=True */
    static const double in[] = {0.0, -0.0, 1.5, -0.0, 0.0, -1.0, 0.0, 1.5, -0.0};
    RtOracle o = {rt_py_run(NULL, 0,
                            "K = [0.0, -0.0, 1.5, -0.0, 0.0, -1.0, 0.0, 1.5, -0.0]\n"
                            "print(sorted(K))\nprint(sorted(K, reverse=True))\n"
                            "L = K * 5\nprint(sorted(L))\nprint(sorted(L, reverse=True))\n"),
                  0, 0};
    for (int times = 1; times <= 5; times += 4) {
        for (int rev = 0; rev < 2; rev++) {
            KrtList *l = krt_list_new(&krt_elem_float, 0);
            for (int t = 0; t < times; t++)
                for (size_t i = 0; i < COUNT(in); i++) {
                    krt_float v = in[i];
                    ck_assert(krt_list_append(l, &v));
                }
            ck_assert(krt_list_sort(l, rev));
            KrtStr *r = krt_list_repr_float(l);
            rt_oracle_check(&o, r->data, "float ties");
            rt_decref(r);
            rt_decref(l);
        }
    }
    rt_oracle_done(&o);
}
END_TEST

START_TEST(test_sort_strs) {
    static const char *const words[] = {"pear", "apple", "Zebra", "éclair", "apple", "fig", "", "banana", "b"};
    RtOracle o = {rt_py_run(words, COUNT(words), "print(sorted(S))\nprint(sorted(S, reverse=True))\n"), 0, 0};
    for (int rev = 0; rev < 2; rev++) {
        KrtList *l = krt_list_new(&krt_elem_str, 0);
        for (size_t i = 0; i < COUNT(words); i++) {
            KrtStr *s = rt_str(words[i]);
            ck_assert(krt_list_append(l, &s));
            rt_decref(s);
        }
        ck_assert(krt_list_sort(l, rev));
        KrtStr *r = krt_list_repr_str(l);
        rt_oracle_check(&o, r->data, "strs");
        rt_decref(r);
        rt_decref(l);
    }
    rt_oracle_done(&o);
}
END_TEST

/* ---- failures ---------------------------------------------------------------------------- */

START_TEST(test_unorderable_raises_type_error) {
    char buf[128];
    KrtList *l = krt_list_new(&krt_elem_dict, 0);
    KrtDict *d = krt_dict_new(&krt_elem_int, &krt_elem_int, 0);
    ck_assert(krt_list_append(l, &d));
    ck_assert(krt_list_sort(l, false)); /* one element: nothing to compare */
    ck_assert(krt_list_append(l, &d));
    ck_assert(!krt_list_sort(l, false));
    rt_expect_exc(KRT_T_TYPE_ERROR, buf, sizeof buf);
    ck_assert_uint_eq(l->len, 2);
    rt_decref(d);
    rt_decref(l);
}
END_TEST

static int cmp_budget;
static int raising_cmp(const void *a, const void *b) {
    if (--cmp_budget == 0) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "comparison failed");
        return 0;
    }
    return krt_elem_int.cmp(a, b);
}
static const KrtElemDesc raising_int = {sizeof(krt_int), KRT_ELEM_RAW, NULL, NULL, NULL, raising_cmp, NULL};

START_TEST(test_raising_comparison_leaves_a_permutation) {
    char buf[128];
    for (int budget = 1; budget < 400; budget += 7) {
        KrtList *l = krt_list_new(&raising_int, 0);
        krt_int sum = 0, xsum = 0;
        for (krt_int i = 0; i < 100; i++) {
            krt_int v = (krt_int)(lcg() % 1000);
            sum += v;
            xsum ^= v * 2654435761LL;
            ck_assert(krt_list_append(l, &v));
        }
        cmp_budget = budget;
        ck_assert(!krt_list_sort(l, budget % 2));
        rt_expect_exc(KRT_T_VALUE_ERROR, buf, sizeof buf);
        ck_assert_str_eq(buf, "comparison failed");
        ck_assert_uint_eq(l->len, 100);
        krt_int sum2 = 0, xsum2 = 0;
        for (uint32_t i = 0; i < 100; i++) {
            sum2 += at(l, i);
            xsum2 ^= at(l, i) * 2654435761LL;
        }
        ck_assert_int_eq(sum, sum2);
        ck_assert_int_eq(xsum, xsum2);
        rt_decref(l);
    }
}
END_TEST

static KrtList *victim;
static KrtStr *intruder;
static int meddling_cmp(const void *a, const void *b) {
    if (victim->len == 0) krt_list_append(victim, &intruder); /* the list looks empty while sorting */
    return krt_elem_str.cmp(a, b);
}
static const KrtElemDesc meddling_str = {sizeof(KrtStr *), KRT_ELEM_REF, NULL, NULL, NULL, meddling_cmp, NULL};

START_TEST(test_modifying_comparison_is_reported) {
    char buf[128];
    intruder = rt_str("intruder");
    victim = krt_list_new(&meddling_str, 0);
    const char *words[] = {"delta", "alpha", "charlie", "bravo"};
    for (size_t i = 0; i < COUNT(words); i++) {
        KrtStr *s = rt_str(words[i]);
        ck_assert(krt_list_append(victim, &s));
        rt_decref(s);
    }
    ck_assert(!krt_list_sort(victim, false));
    rt_expect_exc(KRT_T_VALUE_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "list modified during sort");
    ck_assert_uint_eq(victim->len, 4);
    ck_assert_uint_eq(intruder->h.rc, 1);
    KrtStr *first;
    memcpy(&first, victim->items, sizeof first);
    ck_assert_str_eq(first->data, "alpha"); /* sorted all the same, as CPython leaves it */
    rt_decref(victim);
    rt_decref(intruder);
}
END_TEST

START_TEST(test_memory_error_leaves_list_unchanged) {
    KrtList *l = make_input(300, 1);
    KrtList *copy = krt_list_repeat(l, 1);
    unsigned char *items = l->items;
    uint32_t live = rt_live_blocks();
    krt_heap_fail_at(1);
    ck_assert(!krt_list_sort(l, true));
    krt_heap_fail_at(0);
    ck_assert(krt_exc_matches(KRT_T_MEMORY_ERROR));
    rt_decref(krt_exc_fetch());
    ck_assert_uint_eq(rt_live_blocks(), live);
    ck_assert_ptr_eq(l->items, items);
    ck_assert(krt_list_eq(l, copy));
    /* short lists sort in a stack buffer: no allocation at all */
    KrtList *s = make_input(10, 1);
    krt_heap_fail_at(1);
    ck_assert(krt_list_sort(s, false));
    krt_heap_fail_at(0);
    for (uint32_t i = 1; i < s->len; i++) ck_assert_int_le(at(s, i - 1), at(s, i));
    ck_assert(krt_list_sort(l, false));
    for (uint32_t i = 1; i < l->len; i++) ck_assert_int_le(at(l, i - 1), at(l, i));
    rt_decref(s);
    rt_decref(l);
    rt_decref(copy);
}
END_TEST

static Suite *runtime_sort_suite(void) {
    Suite *s = suite_create("runtime_sort");
    TCase *tc = tcase_create("sort");
    tcase_add_checked_fixture(tc, rt_setup, rt_teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_sort_ints_like_cpython);
    tcase_add_test(tc, test_float_ties_stay_in_order);
    tcase_add_test(tc, test_sort_strs);
    tcase_add_test(tc, test_unorderable_raises_type_error);
    tcase_add_test(tc, test_raising_comparison_leaves_a_permutation);
    tcase_add_test(tc, test_modifying_comparison_is_reported);
    tcase_add_test(tc, test_memory_error_leaves_list_unchanged);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(runtime_sort_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
