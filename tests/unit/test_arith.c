/* test_arith.c — krait/arith.h against CPython: floor division and modulo of
 * every sign combination, float // % ** on awkward values, int / int
 * correctly rounded beyond 2**53, and OverflowError / ZeroDivisionError
 * where CPython would grow or raise. */
#define _POSIX_C_SOURCE 200809L /* popen */
#include <check.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait/arith.h"
#include "krait/krt.h"

const KrtType *const krt_program_types[] = {NULL};
const uint16_t krt_program_type_count = 0;

static void clear_pending(void) {
    if (krt_exc_pending) {
        KrtExc *e = krt_exc_fetch();
        krt_decref(&e->h);
    }
}

/* Runs a CPython one-liner printing one result per line for each input line. */
static FILE *python(const char *script_path) {
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s -S %s", KRAIT_PYTHON3, script_path);
    return popen(cmd, "r");
}

static const char *write_script(const char *body) {
    static char path[] = "/tmp/krait_arith_XXXXXX";
    strcpy(path, "/tmp/krait_arith_XXXXXX");
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    FILE *f = fdopen(fd, "w");
    fputs(body, f);
    fclose(f);
    return path;
}

START_TEST(test_int_floordiv_mod_match_cpython) {
    const char *script = write_script(
        "for a in range(-40, 41):\n"
        "  for b in range(-9, 10):\n"
        "    print(a, b, 'Z' if b == 0 else a // b, 'Z' if b == 0 else a % b)\n");
    FILE *p = python(script);
    ck_assert_ptr_nonnull(p);
    char line[128];
    int n = 0;
    while (fgets(line, sizeof line, p)) {
        long long a, b;
        char q[32], m[32];
        ck_assert_int_eq(sscanf(line, "%lld %lld %31s %31s", &a, &b, q, m), 4);
        krt_int rq = 0, rm = 0;
        bool okq = krt_int_floordiv((krt_int)a, (krt_int)b, &rq);
        clear_pending();
        bool okm = krt_int_mod((krt_int)a, (krt_int)b, &rm);
        clear_pending();
        if (strcmp(q, "Z") == 0) {
            ck_assert(!okq && !okm);
        } else {
            ck_assert(okq && okm);
            ck_assert_int_eq(rq, atoll(q));
            ck_assert_int_eq(rm, atoll(m));
        }
        n++;
    }
    pclose(p);
    remove(script);
    ck_assert_int_eq(n, 81 * 19);
}
END_TEST

START_TEST(test_overflow_raises) {
    krt_int r = 0;
    ck_assert(!krt_int_add(INT64_MAX, 1, &r));
    ck_assert(krt_exc_matches(KRT_T_OVERFLOW_ERROR));
    clear_pending();
    ck_assert(!krt_int_mul(INT64_MIN, -1, &r));
    clear_pending();
    ck_assert(!krt_int_neg(INT64_MIN, &r));
    clear_pending();
    ck_assert(!krt_int_floordiv(INT64_MIN, -1, &r));
    clear_pending();
    ck_assert(krt_int_mod(INT64_MIN, -1, &r) && r == 0);
    ck_assert(!krt_int_pow(3, 41, &r));
    clear_pending();
    ck_assert(krt_int_pow(3, 39, &r) && r == 4052555153018976267LL);
    ck_assert(!krt_int_lshift(1, 63, &r));
    clear_pending();
    ck_assert(krt_int_lshift(-1, 63, &r) && r == INT64_MIN);
    ck_assert(krt_int_rshift(-7, 1, &r) && r == -4);
    ck_assert(krt_int_rshift(-7, 200, &r) && r == -1);
    ck_assert(!krt_int_rshift(1, -1, &r));
    ck_assert(krt_exc_matches(KRT_T_VALUE_ERROR));
    clear_pending();
    ck_assert(!krt_int_floordiv(1, 0, &r));
    ck_assert(krt_exc_matches(KRT_T_ZERO_DIVISION_ERROR));
    clear_pending();
}
END_TEST

START_TEST(test_float_ops_match_cpython) {
    const char *script = write_script(
        "import struct\n"
        "vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 7.0, -7.5, 0.1, 1e300, -1e-300, 3.0, 1e16, float('inf')]\n"
        "def h(x): return struct.pack('<d', x).hex()\n"
        "for a in vals:\n"
        "  for b in vals:\n"
        "    r = []\n"
        "    for op in (lambda: a // b, lambda: a % b, lambda: a / b):\n"
        "      try: r.append(h(op()))\n"
        "      except ZeroDivisionError: r.append('Z')\n"
        "    print(h(a), h(b), *r)\n");
    FILE *p = python(script);
    ck_assert_ptr_nonnull(p);
    char line[256];
    int n = 0;
    while (fgets(line, sizeof line, p)) {
        char ha[17], hb[17], r[3][17];
        ck_assert_int_eq(sscanf(line, "%16s %16s %16s %16s %16s", ha, hb, r[0], r[1], r[2]), 5);
        double a, b;
        uint64_t ua = strtoull(ha, NULL, 16), ub = strtoull(hb, NULL, 16);
        /* the hex is little-endian bytes */
        ua = __builtin_bswap64(ua);
        ub = __builtin_bswap64(ub);
        memcpy(&a, &ua, 8);
        memcpy(&b, &ub, 8);
        double got[3];
        bool ok[3];
        ok[0] = krt_float_floordiv(a, b, &got[0]);
        clear_pending();
        ok[1] = krt_float_mod(a, b, &got[1]);
        clear_pending();
        ok[2] = krt_float_div(a, b, &got[2]);
        clear_pending();
        for (int k = 0; k < 3; k++) {
            if (strcmp(r[k], "Z") == 0) {
                ck_assert_msg(!ok[k], "op %d of %s %s should raise", k, ha, hb);
            } else {
                ck_assert(ok[k]);
                uint64_t u;
                memcpy(&u, &got[k], 8);
                uint64_t want = __builtin_bswap64(strtoull(r[k], NULL, 16));
                double want_d;
                memcpy(&want_d, &want, 8);
                if (!(isnan(got[k]) && isnan(want_d)))
                    ck_assert_msg(u == want, "op %d of %s %s: got %a", k, ha, hb, got[k]);
            }
        }
        n++;
    }
    pclose(p);
    remove(script);
    ck_assert_int_eq(n, 14 * 14);
}
END_TEST

START_TEST(test_int_truediv_correctly_rounded) {
    const char *script = write_script(
        "import random\n"
        "random.seed(7)\n"
        "for i in range(3000):\n"
        "  a = random.randrange(-2**63, 2**63)\n"
        "  b = random.randrange(-2**63, 2**63) >> random.randrange(0, 63) or 1\n"
        "  print(a, b, (a / b).hex())\n");
    FILE *p = python(script);
    ck_assert_ptr_nonnull(p);
    char line[256];
    int n = 0;
    while (fgets(line, sizeof line, p)) {
        long long a, b;
        char hex[64];
        ck_assert_int_eq(sscanf(line, "%lld %lld %63s", &a, &b, hex), 3);
        krt_float r = 0;
        ck_assert(krt_int_truediv((krt_int)a, (krt_int)b, &r));
        double want = strtod(hex, NULL);
        ck_assert_msg(r == want, "%lld / %lld: got %a want %s", a, b, r, hex);
        n++;
    }
    pclose(p);
    remove(script);
    ck_assert_int_eq(n, 3000);
}
END_TEST

START_TEST(test_float_pow_special_cases) {
    krt_float r = 0;
    ck_assert(!krt_float_pow(0.0, -1.0, &r));
    ck_assert(krt_exc_matches(KRT_T_ZERO_DIVISION_ERROR));
    clear_pending();
    ck_assert(!krt_float_pow(10.0, 400.0, &r));
    ck_assert(krt_exc_matches(KRT_T_OVERFLOW_ERROR));
    clear_pending();
    ck_assert(!krt_float_pow(-8.0, 1.0 / 3.0, &r));
    clear_pending();
    ck_assert(krt_float_pow(-2.0, 3.0, &r) && r == -8.0);
    ck_assert(krt_float_pow(NAN, 0.0, &r) && r == 1.0);
    ck_assert(krt_float_pow(1.0, NAN, &r) && r == 1.0);
    ck_assert(krt_float_pow(-1.0, INFINITY, &r) && r == 1.0);
    ck_assert(krt_float_pow(-0.0, 3.0, &r) && r == 0.0 && signbit(r));
}
END_TEST

int main(void) {
    krt_init();
    Suite *s = suite_create("arith");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_int_floordiv_mod_match_cpython);
    tcase_add_test(tc, test_overflow_raises);
    tcase_add_test(tc, test_float_ops_match_cpython);
    tcase_add_test(tc, test_int_truediv_correctly_rounded);
    tcase_add_test(tc, test_float_pow_special_cases);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
