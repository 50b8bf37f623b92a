/* test_runtime_ucd.c — every code point against CPython.
 *
 * For each of the 0x110000 code points (lone surrogates included): the str
 * predicates on the one-character string (isalpha, isdigit, isalnum,
 * isspace, isupper, islower) and the character-level ones (decimal value,
 * numeric, title, printable), upper() and lower() (full mappings), and
 * repr().  Then the Final_Sigma rule of lower() with every character of the
 * first two planes before and after the sigma.  CPython (/usr/bin/python3
 * -S) prints the same lines; they must be equal.
 */
#define _POSIX_C_SOURCE 200809L
#include "runtime_testlib.h"

/* Hex code points of s, comma-separated. */
static size_t hex_cps(char *buf, size_t cap, const KrtStr *s) {
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)s->data;
    for (uint32_t i = 0; i < s->len;) {
        uint32_t cp;
        i += krt_utf8_decode(p + i, &cp);
        n += (size_t)snprintf(buf + n, cap - n, "%s%x", n ? "," : "", cp);
    }
    return n;
}

START_TEST(test_every_code_point) {
    RtOracle o = {rt_py_run(NULL, 0,
                            "import unicodedata\n"
                            "def h(s):\n"
                            "    return ','.join('%x' % ord(c) for c in s)\n"
                            "out = []\n"
                            "for c in range(0x110000):\n"
                            "    ch = chr(c)\n"
                            "    f = (ch.isalpha(), ch.isdigit(), ch.isalnum(), ch.isspace(), ch.isupper(),\n"
                            "         ch.islower(), ch.isnumeric(), unicodedata.category(ch) == 'Lt', ch.isprintable())\n"
                            "    out.append('%x %s %d %s %s %s' % (c, ''.join('1' if x else '0' for x in f),\n"
                            "               unicodedata.decimal(ch, -1), h(ch.upper()), h(ch.lower()), repr(ch)))\n"
                            "    if len(out) == 4096:\n"
                            "        print('\\n'.join(out))\n"
                            "        out = []\n"
                            "if out:\n"
                            "    print('\\n'.join(out))\n"),
                  0, 0};
    static char line[256], up[64], lo[64];
    for (krt_int c = 0; c < 0x110000; c++) {
        KrtStr *ch = krt_str_chr(c);
        uint32_t cp = (uint32_t)c;
        KrtStr *u = krt_str_upper(ch), *l = krt_str_lower(ch), *r = krt_str_repr(ch);
        ck_assert(u && l && r);
        hex_cps(up, sizeof up, u);
        hex_cps(lo, sizeof lo, l);
        snprintf(line, sizeof line, "%x %d%d%d%d%d%d%d%d%d %d %s %s %s", cp, krt_str_isalpha(ch),
                 krt_str_isdigit(ch), krt_str_isalnum(ch), krt_str_isspace(ch), krt_str_isupper(ch),
                 krt_str_islower(ch), krt_ucd_isnumeric(cp), krt_ucd_istitle(cp),
                 cp < 0x80 ? cp >= 0x20 && cp < 0x7f : krt_ucd_isprintable(cp), krt_ucd_decimal(cp), up, lo,
                 r->data);
        rt_oracle_check(&o, line, "code point");
        rt_decref(u);
        rt_decref(l);
        rt_decref(r);
        rt_decref(ch);
    }
    rt_oracle_done(&o);
}
END_TEST

START_TEST(test_final_sigma_contexts) {
    RtOracle o = {rt_py_run(NULL, 0,
                            "out = []\n"
                            "for c in range(0x20000):\n"
                            "    ch = chr(c)\n"
                            "    a = ('A' + ch + '\\u03a3').lower()[-1]\n"
                            "    b = ('A\\u03a3' + ch).lower()[1]\n"
                            "    d = (ch + '\\u03a3x').lower()[-2]\n"
                            "    out.append('%x %x %x' % (ord(a), ord(b), ord(d)))\n"
                            "print('\\n'.join(out))\n"),
                  0, 0};
    KrtStr *A = rt_str("A"), *sigma = rt_str("\xce\xa3"), *x = rt_str("x");
    for (krt_int c = 0; c < 0x20000; c++) {
        KrtStr *ch = krt_str_chr(c);
        KrtStr *t1 = krt_str_concat(A, ch), *s1 = krt_str_concat(t1, sigma);
        KrtStr *t2 = krt_str_concat(A, sigma), *s2 = krt_str_concat(t2, ch);
        KrtStr *t3 = krt_str_concat(ch, sigma), *s3 = krt_str_concat(t3, x);
        KrtStr *l1 = krt_str_lower(s1), *l2 = krt_str_lower(s2), *l3 = krt_str_lower(s3);
        KrtStr *a = krt_str_getitem(l1, -1), *b = krt_str_getitem(l2, 1), *d = krt_str_getitem(l3, -2);
        krt_int va, vb, vd;
        krt_str_ord(a, &va);
        krt_str_ord(b, &vb);
        krt_str_ord(d, &vd);
        char line[64];
        snprintf(line, sizeof line, "%llx %llx %llx", (long long)va, (long long)vb, (long long)vd);
        rt_oracle_check(&o, line, "sigma");
        KrtStr *all[] = {ch, t1, s1, t2, s2, t3, s3, l1, l2, l3, a, b, d};
        for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) rt_decref(all[i]);
    }
    rt_decref(A);
    rt_decref(sigma);
    rt_decref(x);
    rt_oracle_done(&o);
}
END_TEST

static Suite *runtime_ucd_suite(void) {
    Suite *s = suite_create("runtime_ucd");
    TCase *tc = tcase_create("ucd");
    tcase_add_checked_fixture(tc, rt_setup, rt_teardown);
    tcase_set_timeout(tc, 240);
    tcase_add_test(tc, test_every_code_point);
    tcase_add_test(tc, test_final_sigma_contexts);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(runtime_ucd_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
