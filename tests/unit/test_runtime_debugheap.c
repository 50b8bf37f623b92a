/* test_runtime_debugheap.c — the KRT_DEBUG_HEAP build of the heap.
 *
 * The krt library is built without KRT_DEBUG_HEAP, so this test compiles
 * heap.c and init.c into itself with it on (every symbol of those two files
 * is then defined here, and the linker never takes the library's copies).
 * Pins down the leak report of krt_fini, its return value, the guard
 * that turns a krt_free with the wrong size into a panic, and the
 * KRT_DEBUG_HEAP_LIMIT the program test suite's tiny-heap run relies on.
 */
#define _POSIX_C_SOURCE 200809L
#define KRT_DEBUG_HEAP 1
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#include "heap.c"
#include "init.c"
#include "runtime_testlib.h"

START_TEST(test_fini_reports_live_blocks) {
    rt_capture_start();
    KrtStr *a = rt_str("leaked on purpose");
    void *b = krt_alloc(10);
    ck_assert_uint_eq(krt_fini(), 2);
    ck_assert_str_eq(rt_err_captured.text, "krait: 2 heap block(s) still live at exit\n");
    rt_decref(a);
    krt_free(b, 10);
    rt_capture_start();
    ck_assert_uint_eq(krt_fini(), 0);
    ck_assert_str_eq(rt_err_captured.text, "");
}
END_TEST

START_TEST(test_guarded_blocks_work) {
    KrtList *l = krt_list_new(&krt_elem_int, 0);
    for (krt_int i = 0; i < 1000; i++) ck_assert(krt_list_append(l, &i)); /* reallocs keep the guard */
    krt_int v;
    for (int i = 0; i < 990; i++) ck_assert(krt_list_pop(l, 0, &v));
    ck_assert_int_eq(v, 989);
    rt_decref(l);
    KrtStr *s = rt_str("x");
    for (int i = 0; i < 10; i++) {
        KrtStr *t = krt_str_repeat(s, 1000);
        rt_decref(t);
    }
    rt_decref(s);
}
END_TEST

/* KRT_DEBUG_HEAP_LIMIT=N: past N bytes in use, allocations and growing
 * reallocs fail with MemoryError; what was freed can be taken again. */
START_TEST(test_heap_limit_from_environment) {
    char limit[32];
    snprintf(limit, sizeof limit, "%zu", heap_stats.in_use + 1000); /* 1000 bytes more than in use now */
    ck_assert_int_eq(setenv("KRT_DEBUG_HEAP_LIMIT", limit, 1), 0);
    heap_limit_read = false; /* read again, as on a program's first allocation */
    void *a = krt_alloc(600);
    ck_assert_ptr_nonnull(a);
    ck_assert_ptr_null(krt_alloc(500)); /* 1100 > 1000 */
    ck_assert(krt_exc_matches(KRT_T_MEMORY_ERROR));
    KrtExc *e = krt_exc_fetch();
    krt_decref(&e->h);
    ck_assert_ptr_null(krt_realloc(a, 600, 1200)); /* growing past it fails; the block stays */
    e = krt_exc_fetch();
    ck_assert_ptr_nonnull(e);
    krt_decref(&e->h);
    krt_free(a, 600);
    void *c = krt_alloc(900); /* what was freed can be taken again */
    ck_assert_ptr_nonnull(c);
    krt_free(c, 900);
    ck_assert_int_eq(unsetenv("KRT_DEBUG_HEAP_LIMIT"), 0);
    heap_limit_read = false;
}
END_TEST

START_TEST(test_wrong_size_free_panics) {
    void *p = krt_alloc(32);
    krt_free(p, 31);
}
END_TEST

static Suite *debug_heap_suite(void) {
    Suite *s = suite_create("runtime_debugheap");
    TCase *tc = tcase_create("debugheap");
    tcase_add_checked_fixture(tc, rt_setup, rt_teardown);
    tcase_add_test(tc, test_fini_reports_live_blocks);
    tcase_add_test(tc, test_guarded_blocks_work);
    tcase_add_test(tc, test_heap_limit_from_environment);
    tcase_add_test_raise_signal(tc, test_wrong_size_free_panics, SIGABRT);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(debug_heap_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
