/* test_types.c — interning and unification of krait's static types. */
#include <check.h>
#include <stdlib.h>

#include "arena.h"
#include "types.h"

static Arena *arena;
static TypeTable *tt;

static void setup(void) {
    arena = arena_new();
    tt = types_new(arena);
}

static void teardown(void) {
    arena_free(arena);
}

START_TEST(test_interning_gives_one_pointer) {
    ck_assert_ptr_eq(type_list(tt, type_int(tt)), type_list(tt, type_int(tt)));
    ck_assert_ptr_ne(type_list(tt, type_int(tt)), type_list(tt, type_float(tt)));
    Type *f1[2] = {type_int(tt), type_str(tt)};
    Type *f2[2] = {type_int(tt), type_str(tt)};
    ck_assert_ptr_eq(type_tuple(tt, f1, 2), type_tuple(tt, f2, 2));
    Type *d = type_dict(tt, type_str(tt), type_list(tt, type_int(tt)));
    ck_assert_ptr_eq(d, type_dict(tt, type_str(tt), type_list(tt, type_int(tt))));
    ck_assert_str_eq(type_name(arena, d), "dict[str, list[int]]");
}
END_TEST

START_TEST(test_optional_collapses) {
    Type *oi = type_optional(tt, type_int(tt));
    ck_assert_ptr_eq(type_optional(tt, oi), oi);
    ck_assert_ptr_eq(type_optional(tt, type_none(tt)), type_none(tt));
    ck_assert_str_eq(type_name(arena, oi), "Optional[int]");
}
END_TEST

START_TEST(test_unify_binds_variable_inside_list) {
    Type *v = type_var(tt);
    Type *lv = type_list(tt, v);
    ck_assert(!type_is_ground(lv));
    ck_assert_str_eq(type_name(arena, lv), "list[?]");
    ck_assert(type_unify(tt, lv, type_list(tt, type_str(tt))));
    ck_assert_ptr_eq(type_resolve(v), type_str(tt));
    ck_assert_ptr_eq(type_intern(tt, lv), type_list(tt, type_str(tt)));
}
END_TEST

START_TEST(test_failed_unify_undoes_bindings) {
    Type *a = type_var(tt);
    Type *b = type_var(tt);
    Type *fa[2] = {a, type_int(tt)};
    Type *fb[2] = {type_str(tt), b};
    Type *fc[2] = {type_str(tt), type_float(tt)};
    Type *ta = type_tuple(tt, fa, 2);
    /* a := str succeeds, then int vs float fails: a must be unbound again */
    Type *tc = type_tuple(tt, fc, 2);
    ck_assert(!type_unify(tt, ta, tc));
    ck_assert_ptr_eq(type_resolve(a), a);
    ck_assert(type_unify(tt, ta, type_tuple(tt, fb, 2)));
    ck_assert_ptr_eq(type_resolve(a), type_str(tt));
    ck_assert_ptr_eq(type_resolve(b), type_int(tt));
}
END_TEST

START_TEST(test_unify_rejects_mismatch_and_cycles) {
    ck_assert(!type_unify(tt, type_int(tt), type_float(tt)));
    ck_assert(!type_unify(tt, type_list(tt, type_int(tt)), type_set(tt, type_int(tt))));
    Type *v = type_var(tt);
    ck_assert(!type_unify(tt, v, type_list(tt, v))); /* occurs check */
    ck_assert_ptr_eq(type_resolve(v), v);
}
END_TEST

START_TEST(test_callable_names_and_unifies) {
    Type *r = type_var(tt);
    Type *p[1] = {type_int(tt)};
    Type *c = type_callable(tt, p, 1, r);
    Type *q[1] = {type_int(tt)};
    ck_assert(type_unify(tt, c, type_callable(tt, q, 1, type_bool(tt))));
    ck_assert_str_eq(type_name(arena, c), "Callable[[int], bool]");
}
END_TEST

START_TEST(test_scalar_and_reference) {
    ck_assert(type_is_scalar(type_int(tt)));
    ck_assert(type_is_scalar(type_bool(tt)));
    ck_assert(!type_is_scalar(type_str(tt)));
    ck_assert(type_is_reference(type_list(tt, type_int(tt))));
    ck_assert(!type_is_reference(type_optional(tt, type_int(tt))));
    ck_assert(type_is_reference(type_optional(tt, type_str(tt))));
}
END_TEST

int main(void) {
    Suite *s = suite_create("types");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_interning_gives_one_pointer);
    tcase_add_test(tc, test_optional_collapses);
    tcase_add_test(tc, test_unify_binds_variable_inside_list);
    tcase_add_test(tc, test_failed_unify_undoes_bindings);
    tcase_add_test(tc, test_unify_rejects_mismatch_and_cycles);
    tcase_add_test(tc, test_callable_names_and_unifies);
    tcase_add_test(tc, test_scalar_and_reference);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
