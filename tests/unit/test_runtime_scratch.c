/* test_runtime_scratch.c — the scratch stack (runtime/scratch.c) and how
 * krt_alloc, krt_realloc and krt_free treat its blocks.
 *
 * Pins down: blocks come from the region only in scratch mode; the top block
 * pops on free, a lower one is only marked and pops with the blocks above
 * it; a request that does not fit goes to the heap (and counts there); a
 * scratch block that grows moves and frees its old place; a str built in
 * scratch mode is an ordinary object whose last release empties the region;
 * nothing is left behind.
 */
#define _POSIX_C_SOURCE 200809L
#include "runtime_testlib.h"

static size_t heap_in_use(void) {
    KrtHeapStats st;
    krt_heap_stats(&st);
    return st.in_use;
}

START_TEST(test_only_in_scratch_mode) {
    void *heap_block = krt_alloc(16);
    ck_assert(!krt_scratch_owns(heap_block));
    krt_scratch_mode = true;
    void *s = krt_alloc(16);
    krt_scratch_mode = false;
    ck_assert(krt_scratch_owns(s));
    ck_assert_uint_eq(krt_scratch_in_use(), 16 + 8);
    krt_free(s, 16);
    ck_assert_uint_eq(krt_scratch_in_use(), 0);
    krt_free(heap_block, 16);
}
END_TEST

START_TEST(test_lifo_and_deferred_pops) {
    krt_scratch_mode = true;
    void *a = krt_alloc(8), *b = krt_alloc(20), *c = krt_alloc(1);
    krt_scratch_mode = false;
    ck_assert(krt_scratch_owns(a) && krt_scratch_owns(b) && krt_scratch_owns(c));
    ck_assert((char *)a < (char *)b && (char *)b < (char *)c);
    size_t full = krt_scratch_in_use();
    ck_assert_uint_eq(full, (8 + 8) + (24 + 8) + (8 + 8));
    krt_free(b, 20); /* not on top: only marked */
    ck_assert_uint_eq(krt_scratch_in_use(), full);
    krt_free(c, 1); /* pops c, then b under it */
    ck_assert_uint_eq(krt_scratch_in_use(), 8 + 8);
    krt_free(a, 8);
    ck_assert_uint_eq(krt_scratch_in_use(), 0);
}
END_TEST

START_TEST(test_full_region_falls_back_to_heap) {
    size_t before = heap_in_use();
    krt_scratch_mode = true;
    void *big = krt_alloc(KRT_SCRATCH_SIZE + 1); /* can never fit */
    void *small = krt_alloc(8);
    krt_scratch_mode = false;
    ck_assert(!krt_scratch_owns(big));
    ck_assert(krt_scratch_owns(small));
    ck_assert_uint_eq(heap_in_use(), before + KRT_SCRATCH_SIZE + 1);
    krt_free(big, KRT_SCRATCH_SIZE + 1);
    krt_free(small, 8);
    ck_assert_uint_eq(heap_in_use(), before);
    ck_assert_uint_eq(krt_scratch_in_use(), 0);
}
END_TEST

START_TEST(test_realloc_moves_out) {
    krt_scratch_mode = true;
    char *p = krt_alloc(8);
    krt_scratch_mode = false;
    memcpy(p, "krait!!", 8);
    char *q = krt_realloc(p, 8, 4096); /* out of scratch mode: to the heap */
    ck_assert(!krt_scratch_owns(q));
    ck_assert_str_eq(q, "krait!!");
    ck_assert_uint_eq(krt_scratch_in_use(), 0);
    krt_free(q, 4096);
    krt_scratch_mode = true;
    p = krt_alloc(8);
    memcpy(p, "abcdefg", 8);
    q = krt_realloc(p, 8, 32); /* in scratch mode: stays in the region */
    krt_scratch_mode = false;
    ck_assert(krt_scratch_owns(q));
    ck_assert_str_eq(q, "abcdefg");
    krt_free(q, 32);
    ck_assert_uint_eq(krt_scratch_in_use(), 0);
}
END_TEST

START_TEST(test_strings_built_in_scratch_mode) {
    size_t before = heap_in_use();
    KrtStr *a = krt_str_new("temperature=", 12);
    krt_scratch_mode = true;
    KrtStr *n = krt_str_from_int(-273);
    KrtStr *line = krt_str_concat(a, n);
    krt_scratch_mode = false;
    ck_assert(krt_scratch_owns(n) && krt_scratch_owns(line));
    ck_assert_str_eq(line->data, "temperature=-273");
    krt_decref(&n->h); /* under line: marked only */
    ck_assert_uint_ne(krt_scratch_in_use(), 0);
    krt_decref(&line->h);
    ck_assert_uint_eq(krt_scratch_in_use(), 0);
    krt_decref(&a->h);
    ck_assert_uint_eq(heap_in_use(), before);
}
END_TEST

static Suite *runtime_scratch_suite(void) {
    Suite *s = suite_create("runtime_scratch");
    TCase *tc = tcase_create("scratch");
    tcase_add_checked_fixture(tc, rt_setup, rt_teardown);
    tcase_add_test(tc, test_only_in_scratch_mode);
    tcase_add_test(tc, test_lifo_and_deferred_pops);
    tcase_add_test(tc, test_full_region_falls_back_to_heap);
    tcase_add_test(tc, test_realloc_moves_out);
    tcase_add_test(tc, test_strings_built_in_scratch_mode);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(runtime_scratch_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
