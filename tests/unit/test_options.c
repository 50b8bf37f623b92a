/* test_options.c — command-line options that select what krait builds. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "options.h"

static int parse(Options *o, const char *a, const char *b, const char *c, const char *d) {
    char *argv[] = {"krait", (char *)a, (char *)b, (char *)c, (char *)d, NULL};
    int argc = 1;
    while (argv[argc]) argc++;
    memset(o, 0, sizeof *o);
    return options_parse(o, argc, argv);
}

START_TEST(test_heap_sizes) {
    Options o;
    ck_assert_int_eq(parse(&o, "run", "--heap", "16K", "app.py"), 0);
    ck_assert_uint_eq(o.heap_bytes, 16384);
    ck_assert_int_eq(parse(&o, "run", "--heap", "1M", "app.py"), 0);
    ck_assert_uint_eq(o.heap_bytes, 1048576);
    ck_assert_int_eq(parse(&o, "run", "--heap", "malloc", "app.py"), 0);
    ck_assert(o.heap_malloc);
}
END_TEST

/* The arena needs room for its own tables and stays within 32-bit offsets:
 * sizes outside 256 bytes .. 1 GiB are usage errors, not C compile errors. */
START_TEST(test_heap_size_bounds) {
    Options o;
    ck_assert_int_eq(parse(&o, "run", "--heap", "100", "app.py"), 2);
    ck_assert_int_eq(parse(&o, "run", "--heap", "0", "app.py"), 2);
    ck_assert_int_eq(parse(&o, "run", "--heap", "2048M", "app.py"), 2);
    ck_assert_int_eq(parse(&o, "run", "--heap", "lots", "app.py"), 2);
    ck_assert_int_eq(parse(&o, "run", "--heap", "256", "app.py"), 0);
}
END_TEST

int main(void) {
    Suite *s = suite_create("options");
    TCase *tc = tcase_create("heap");
    tcase_add_test(tc, test_heap_sizes);
    tcase_add_test(tc, test_heap_size_bounds);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_set_fork_status(sr, CK_NOFORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
