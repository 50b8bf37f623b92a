/* test_format.c — the runtime's number formatting and parsing against CPython.
 *
 * Each table test runs tests/unit/format_gen.py (KRAIT_PYTHON3 -S, fixed
 * random seeds) for one section and checks every line it prints: float repr
 * and 45 float format specs on ~17,000 doubles (edges: every power of two
 * and of ten, their neighbours, subnormals, max/min, -0.0, inf, nan), the
 * mini-language on ~36,000 random (value, spec) pairs including every
 * error, int() and float() on ~25,000 strings (halfway cases of 800 digits
 * among them), round() and bin/oct/hex.  A mismatch prints the case; the
 * test fails with the count.  The buffer convention is checked on the way
 * (cap one short of the length: same answer, nothing written).
 *
 * test_speed prints the cost of repr(float) and float(str) on the host.
 */
#define _POSIX_C_SOURCE 200809L

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "format.h"

#define MAX_FIELDS 64
#define MAX_REPORTS 25 /* mismatches printed per test; the rest are counted */

typedef struct Table {
    FILE *f;
    char *line;
    size_t line_cap;
    char *field[MAX_FIELDS];
    int nfields;
    long cases, failures;
} Table;

static void table_open(Table *t, const char *section)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "%s -S %s/tests/unit/format_gen.py %s", KRAIT_PYTHON3, KRAIT_SOURCE_DIR,
             section);
    memset(t, 0, sizeof *t);
    t->f = popen(cmd, "r");
    ck_assert_msg(t->f != NULL, "cannot run %s", cmd);
}

/* Next line split at tabs; 0 at the end. */
static int table_next(Table *t)
{
    ssize_t n = getline(&t->line, &t->line_cap, t->f);
    char *p;
    if (n <= 0) return 0;
    if (t->line[n - 1] == '\n') t->line[n - 1] = 0;
    t->nfields = 0;
    for (p = t->line; t->nfields < MAX_FIELDS;) {
        t->field[t->nfields++] = p;
        p = strchr(p, '\t');
        if (!p) break;
        *p++ = 0;
    }
    t->cases++;
    return 1;
}

static void table_close(Table *t, long min_cases)
{
    int rc = pclose(t->f);
    free(t->line);
    ck_assert_msg(rc == 0, "format_gen.py failed (%d)", rc);
    ck_assert_msg(t->cases >= min_cases, "only %ld cases", t->cases);
    ck_assert_msg(t->failures == 0, "%ld of %ld cases differ from CPython", t->failures, t->cases);
}

static int fail_report(Table *t)
{
    return ++t->failures <= MAX_REPORTS;
}

/* Hex of UTF-8 bytes -> bytes (malloc'd, NUL added); *len the count. */
static char *unhex(const char *h, size_t *len)
{
    size_t n = strlen(h) / 2, i;
    char *b = malloc(n + 1);
    for (i = 0; i < n; i++) {
        unsigned v;
        sscanf(h + 2 * i, "%2x", &v);
        b[i] = (char)v;
    }
    b[n] = 0;
    *len = n;
    return b;
}

static double from_bits(const char *h)
{
    uint64_t b = strtoull(h, NULL, 16);
    double x;
    memcpy(&x, &b, sizeof x);
    return x;
}

static uint64_t to_bits(double x)
{
    uint64_t b;
    memcpy(&b, &x, sizeof b);
    return b;
}

/* Output buffer: large, with a canary to catch writes past cap. */
#define BUF_CAP (1 << 16)
static char out_buf[BUF_CAP + 1];

typedef size_t (*FormatThunk)(char *buf, size_t cap, const void *ctx);

/* Runs f with a big buffer, then with one byte too few; 0 on a breach of
 * the buffer convention. */
static int run_checked(FormatThunk f, const void *ctx, size_t *len)
{
    size_t n = f(out_buf, BUF_CAP, ctx), m;
    char saved;
    *len = n;
    if (n == 0 || n > BUF_CAP) return n <= BUF_CAP;
    saved = out_buf[n - 1];
    out_buf[n - 1] = (char)0xA5;
    m = f(out_buf, n - 1, ctx);
    if (m != n || out_buf[n - 1] != (char)0xA5) return 0;
    out_buf[n - 1] = saved;
    return 1;
}

typedef struct FloatCtx {
    double x;
    const KrtFormatSpec *spec;
} FloatCtx;

static size_t thunk_float(char *buf, size_t cap, const void *ctx)
{
    const FloatCtx *c = ctx;
    return krt_format_float(buf, cap, c->x, c->spec);
}

static size_t thunk_repr(char *buf, size_t cap, const void *ctx)
{
    const FloatCtx *c = ctx;
    return krt_float_repr(buf, cap, c->x);
}

static int same(size_t len, const char *want, size_t want_len)
{
    return len == want_len && memcmp(out_buf, want, len) == 0;
}

/* ---- float repr and float formats ----------------------------------------------- */

START_TEST(test_float_table)
{
    Table t;
    KrtFormatSpec specs[MAX_FIELDS];
    char *spec_text[MAX_FIELDS];
    int nspecs = 0, i;
    long calls = 0;
    table_open(&t, "repr");
    while (table_next(&t)) {
        if (t.field[0][0] == 'S') {
            for (i = 1; i < t.nfields; i++) {
                KrtFormatError err;
                size_t n;
                spec_text[i - 1] = unhex(t.field[i], &n);
                ck_assert_int_eq(krt_format_spec_parse(spec_text[i - 1], n, KRT_FMT_FLOAT, &specs[i - 1], &err),
                                 KRT_FMT_OK);
            }
            nspecs = t.nfields - 1;
            continue;
        }
        {
            FloatCtx c;
            size_t len;
            int ok;
            c.x = from_bits(t.field[1]);
            ok = run_checked(thunk_repr, &c, &len);
            if (!ok || !same(len, t.field[2], strlen(t.field[2]))) {
                if (fail_report(&t))
                    fprintf(stderr, "repr(%s): got '%.*s' want '%s'%s\n", t.field[1], (int)len, out_buf,
                            t.field[2], ok ? "" : " (buffer convention broken)");
            }
            ck_assert_int_eq(t.nfields, nspecs + 3);
            for (i = 0; i < nspecs; i++) {
                c.spec = &specs[i];
                ok = run_checked(thunk_float, &c, &len);
                calls++;
                if (!ok || !same(len, t.field[3 + i], strlen(t.field[3 + i]))) {
                    if (fail_report(&t))
                        fprintf(stderr, "format(%s, '%s'): got '%.*s' want '%s'%s\n", t.field[1], spec_text[i],
                                (int)(len > 400 ? 400 : len), out_buf, t.field[3 + i],
                                ok ? "" : " (buffer convention broken)");
                }
            }
        }
    }
    for (i = 0; i < nspecs; i++) free(spec_text[i]);
    table_close(&t, 15000);
    ck_assert_int_gt(calls, 600000);
}
END_TEST

/* ---- the mini-language ------------------------------------------------------------ */

typedef struct AnyCtx {
    char kind;
    int64_t i;
    double x;
    const char *s;
    size_t s_len;
    const KrtFormatSpec *spec;
    KrtFormatError *err;
} AnyCtx;

static size_t thunk_any(char *buf, size_t cap, const void *ctx)
{
    const AnyCtx *c = ctx;
    switch (c->kind) {
    case 'i': return krt_format_int(buf, cap, c->i, c->spec, c->err);
    case 'f': return krt_format_float(buf, cap, c->x, c->spec);
    default: return krt_format_str(buf, cap, c->s, c->s_len, c->spec);
    }
}

START_TEST(test_spec_table)
{
    Table t;
    table_open(&t, "spec");
    while (table_next(&t)) {
        AnyCtx c;
        KrtFormatSpec spec;
        KrtFormatError err;
        KrtFormatErrorKind kind;
        size_t spec_len, want_len, len = 0;
        char *spec_text = unhex(t.field[3], &spec_len), *want, *value = NULL;
        const char *got_exc = NULL;
        int ok = 1, expect_ok = !strcmp(t.field[4], "OK");
        static char msg[4096];

        c.kind = t.field[1][0];
        c.i = 0;
        c.x = 0;
        c.s = NULL;
        c.s_len = 0;
        if (c.kind == 'i') c.i = strtoll(t.field[2], NULL, 10);
        if (c.kind == 'f') c.x = from_bits(t.field[2]);
        if (c.kind == 's') c.s = value = unhex(t.field[2], &c.s_len);
        want = unhex(t.field[expect_ok ? 5 : 6], &want_len);
        err.kind = KRT_FMT_OK;
        kind = krt_format_spec_parse(spec_text, spec_len,
                                     c.kind == 'i' ? KRT_FMT_INT : c.kind == 'f' ? KRT_FMT_FLOAT : KRT_FMT_STR,
                                     &spec, &err);
        if (kind == KRT_FMT_OK) {
            c.spec = &spec;
            c.err = &err;
            ok = run_checked(thunk_any, &c, &len);
        }
        if (err.kind != KRT_FMT_OK) {
            len = krt_format_error_text(msg, sizeof msg, &err, spec_text, spec_len, NULL);
            got_exc = krt_format_error_is_overflow(err.kind) ? "OverflowError" : "ValueError";
            memcpy(out_buf, msg, len);
        }
        if (!ok || (got_exc == NULL) != expect_ok || (got_exc && strcmp(got_exc, t.field[5])) ||
            !same(len, want, want_len)) {
            if (fail_report(&t))
                fprintf(stderr, "format(%s %s, '%s') [hex %s]: got %s '%.*s' want %s '%s'%s\n", t.field[1],
                        t.field[2], spec_text, t.field[3], got_exc ? got_exc : "OK", (int)len, out_buf,
                        expect_ok ? "OK" : t.field[5], want, ok ? "" : " (buffer convention broken)");
        }
        free(spec_text);
        free(want);
        free(value);
    }
    table_close(&t, 30000);
}
END_TEST

/* ---- int(), float(), round(), bin/oct/hex ---------------------------------------- */

START_TEST(test_parse_int_table)
{
    static const char *const names[] = {
#define X(name, meaning) #name,
        KRT_PARSE_STATUSES(X)
#undef X
    };
    Table t;
    table_open(&t, "int");
    while (table_next(&t)) {
        size_t len;
        char *text = unhex(t.field[1], &len), got[64];
        int64_t v = 0;
        KrtParseStatus st = krt_parse_int(text, len, atoi(t.field[2]), &v);
        switch (st) {
        case KRT_PARSE_OK: snprintf(got, sizeof got, "%lld", (long long)v); break;
        case KRT_PARSE_SYNTAX: strcpy(got, "SYNTAX"); break;
        case KRT_PARSE_OVERFLOW: strcpy(got, "OVERFLOW"); break;
        case KRT_PARSE_DIGIT_LIMIT: snprintf(got, sizeof got, "LIMIT %lld", (long long)v); break;
        case KRT_PARSE_BAD_BASE: strcpy(got, "BASE"); break;
        default: snprintf(got, sizeof got, "?%s", names[st < KRT_PARSE__COUNT ? st : 0]); break;
        }
        if (strcmp(got, t.field[3]) && fail_report(&t))
            fprintf(stderr, "int(%s [hex], %s): got %s want %s\n", t.field[1], t.field[2], got, t.field[3]);
        free(text);
    }
    table_close(&t, 8000);
}
END_TEST

START_TEST(test_parse_float_table)
{
    Table t;
    table_open(&t, "float");
    while (table_next(&t)) {
        size_t len;
        char *text = unhex(t.field[1], &len), got[32];
        double x = 0;
        KrtParseStatus st = krt_parse_float(text, len, &x);
        if (st == KRT_PARSE_OK)
            snprintf(got, sizeof got, "%016llx", (unsigned long long)to_bits(x));
        else
            strcpy(got, st == KRT_PARSE_SYNTAX ? "SYNTAX" : "?");
        if (strcmp(got, t.field[2]) && fail_report(&t))
            fprintf(stderr, "float('%.200s'): got %s want %s\n", text, got, t.field[2]);
        free(text);
    }
    table_close(&t, 15000);
}
END_TEST

START_TEST(test_round_table)
{
    Table t;
    table_open(&t, "round");
    while (table_next(&t)) {
        char got[32];
        int overflow;
        double r = krt_float_round(from_bits(t.field[1]), strtoll(t.field[2], NULL, 10), &overflow);
        if (overflow)
            strcpy(got, "OVERFLOW");
        else
            snprintf(got, sizeof got, "%016llx", (unsigned long long)to_bits(r));
        if (strcmp(got, t.field[3]) && fail_report(&t))
            fprintf(stderr, "round(%s [%.17g], %s): got %s want %s\n", t.field[1], from_bits(t.field[1]),
                    t.field[2], got, t.field[3]);
    }
    table_close(&t, 20000);
}
END_TEST

START_TEST(test_int_repr_table)
{
    Table t;
    table_open(&t, "ints");
    while (table_next(&t)) {
        int64_t v = strtoll(t.field[1], NULL, 10);
        static const int bases[] = {10, 2, 8, 16};
        int i;
        for (i = 0; i < 4; i++) {
            size_t n = i ? krt_int_base_repr(out_buf, BUF_CAP, v, bases[i]) : krt_int_repr(out_buf, BUF_CAP, v);
            if (!same(n, t.field[2 + i], strlen(t.field[2 + i])) && fail_report(&t))
                fprintf(stderr, "base %d of %s: got '%.*s' want '%s'\n", bases[i], t.field[1], (int)n, out_buf,
                        t.field[2 + i]);
            ck_assert_uint_le(n, i ? KRT_INT_BASE_REPR_MAX : KRT_INT_REPR_MAX);
        }
    }
    table_close(&t, 3000);
}
END_TEST

/* ---- by hand ----------------------------------------------------------------------- */

static const char *fmt(const char *spec, KrtFormatKind kind, double x, int64_t i, const char *s)
{
    static char buf[2048];
    KrtFormatSpec f;
    KrtFormatError err;
    size_t n = 0;
    ck_assert_int_eq(krt_format_spec_parse(spec, strlen(spec), kind, &f, &err), KRT_FMT_OK);
    if (kind == KRT_FMT_FLOAT) n = krt_format_float(buf, sizeof buf - 1, x, &f);
    if (kind == KRT_FMT_INT) n = krt_format_int(buf, sizeof buf - 1, i, &f, &err);
    if (kind == KRT_FMT_STR) n = krt_format_str(buf, sizeof buf - 1, s, strlen(s), &f);
    ck_assert_uint_lt(n, sizeof buf);
    buf[n] = 0;
    return buf;
}

START_TEST(test_by_hand)
{
    KrtFormatSpec f;
    KrtFormatError err;
    char msg[256];
    size_t n;
    int64_t v;
    double x;

    ck_assert_str_eq(fmt(".2f", KRT_FMT_FLOAT, 1e300, 0, NULL),
                     "1000000000000000052504760255204420248704468581108159154915854115511802"
                     "4579889081957863713750804478640437044438328838781769425232353604305756"
                     "4479218478670698284838720092657580373783023379478809005936895323497079"
                     "9945081119038967640880074652742780142494579258788820056842838115669472"
                     "196386865459400540160.00");
    ck_assert_str_eq(fmt(".60f", KRT_FMT_FLOAT, 0.1, 0, NULL),
                     "0.100000000000000005551115123125782702118158340454101562500000");
    ck_assert_str_eq(fmt("", KRT_FMT_FLOAT, 1e16, 0, NULL), "1e+16");
    ck_assert_str_eq(fmt(".3", KRT_FMT_FLOAT, 123.0, 0, NULL), "1.23e+02");
    ck_assert_str_eq(fmt(".3g", KRT_FMT_FLOAT, 123.0, 0, NULL), "123");
    ck_assert_str_eq(fmt("#010_x", KRT_FMT_INT, 0, -255, NULL), "-0x00_00ff");
    ck_assert_str_eq(fmt("09,", KRT_FMT_INT, 0, 1234, NULL), "0,001,234");
    ck_assert_str_eq(fmt("^9.3", KRT_FMT_STR, 0, 0, "h\xc3\xa9llo"), "   h\xc3\xa9l   ");
    ck_assert_str_eq(fmt("\xc3\xa9^7", KRT_FMT_FLOAT, 1.5, 0, NULL), "\xc3\xa9\xc3\xa9" "1.5\xc3\xa9\xc3\xa9");
    ck_assert_str_eq(fmt("c", KRT_FMT_INT, 0, 0x1F600, NULL), "\xf0\x9f\x98\x80");

    /* The length needed even when nothing fits; SIZE_MAX past SIZE_MAX / 8. */
    ck_assert_uint_eq(krt_float_repr(NULL, 0, 0.1), 3);
    ck_assert_int_eq(krt_format_spec_parse("1000000", 7, KRT_FMT_INT, &f, &err), KRT_FMT_OK);
    ck_assert_uint_eq(krt_format_int(msg, sizeof msg, 5, &f, &err), 1000000);
    ck_assert_int_eq(krt_format_spec_parse(".1000000f", 9, KRT_FMT_FLOAT, &f, &err), KRT_FMT_OK);
    ck_assert_uint_eq(krt_format_float(msg, sizeof msg, -1.5, &f), 1000003);
    ck_assert_int_eq(krt_format_spec_parse("9223372036854775807", 19, KRT_FMT_INT, &f, &err), KRT_FMT_OK);
    n = krt_format_int(msg, sizeof msg, 5, &f, &err);
    ck_assert_uint_eq(n, SIZE_MAX);
    ck_assert_int_eq(krt_format_spec_parse("\xf0\x9f\x98\x80<9223372036854775807", 24, KRT_FMT_STR, &f, &err),
                     KRT_FMT_OK);
    ck_assert_uint_eq(krt_format_str(msg, sizeof msg, "a", 1, &f), SIZE_MAX); /* 4 bytes a code point */

    /* Error texts. */
    ck_assert_int_eq(krt_format_spec_parse("xx", 2, KRT_FMT_INT, &f, &err), KRT_FMT_ERR_INVALID);
    n = krt_format_error_text(msg, sizeof msg, &err, "xx", 2, "bool");
    ck_assert_str_eq((msg[n] = 0, msg), "Invalid format specifier 'xx' for object of type 'bool'");
    ck_assert_int_eq(krt_format_spec_parse("c", 1, KRT_FMT_INT, &f, &err), KRT_FMT_OK);
    ck_assert_uint_eq(krt_format_int(msg, sizeof msg, -1, &f, &err), 0);
    ck_assert_int_eq(err.kind, KRT_FMT_ERR_CHAR_RANGE);
    ck_assert_int_eq(krt_format_error_is_overflow(err.kind), 1);
    n = krt_format_error_text(msg, sizeof msg, &err, "c", 1, NULL);
    ck_assert_str_eq((msg[n] = 0, msg), "%c arg not in range(0x110000)");

    /* Parsing. */
    ck_assert_int_eq(krt_parse_int("1234567", 7, 0, &v), KRT_PARSE_OK);
    ck_assert_int_eq(v, 1234567);
    ck_assert_int_eq(krt_parse_int("0x7fffffffffffffff", 18, 0, &v), KRT_PARSE_OK);
    ck_assert_int_eq(v, INT64_MAX);
    ck_assert_int_eq(krt_parse_int("0x8000000000000000", 18, 0, &v), KRT_PARSE_OVERFLOW);
    ck_assert_int_eq(krt_parse_int("0x8000000000000000!", 19, 0, &v), KRT_PARSE_SYNTAX);
    ck_assert_int_eq(krt_parse_float("2.2250738585072011e-308", 23, &x), KRT_PARSE_OK);
    ck_assert_uint_eq(to_bits(x), UINT64_C(0x000fffffffffffff));
    ck_assert_int_eq(krt_parse_float("9007199254740993", 16, &x), KRT_PARSE_OK);
    ck_assert(x == 9007199254740992.0);
    ck_assert_int_eq(krt_parse_float("1e23", 4, &x), KRT_PARSE_OK);
    ck_assert(x == 1e23);
}
END_TEST

/* ---- speed ---------------------------------------------------------------------------- */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

START_TEST(test_speed)
{
    enum { N = 200000 };
    static double xs[N];
    static char texts[N][32];
    static size_t lens[N];
    uint64_t state = 88172645463325252u;
    double t0, t_typ, t_any, t_parse, sink = 0;
    char buf[64];
    size_t total = 0;
    int i;
    for (i = 0; i < N; i++) { /* xorshift: half "typical" values, half any bits */
        uint64_t b;
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        b = state;
        if (i % 2)
            memcpy(&xs[i], &b, sizeof b);
        else
            xs[i] = (double)(b % 100000000) / 1000.0;
        if (xs[i] != xs[i] || xs[i] - xs[i] != 0) xs[i] = 1.5;
        lens[i] = krt_float_repr(texts[i], sizeof texts[i], xs[i]);
    }
    t0 = now();
    for (i = 0; i < N; i += 2) total += krt_float_repr(buf, sizeof buf, xs[i]);
    t_typ = (now() - t0) / (N / 2);
    t0 = now();
    for (i = 1; i < N; i += 2) total += krt_float_repr(buf, sizeof buf, xs[i]);
    t_any = (now() - t0) / (N / 2);
    t0 = now();
    for (i = 0; i < N; i++) {
        double x;
        krt_parse_float(texts[i], lens[i], &x);
        sink += x == xs[i];
    }
    t_parse = (now() - t0) / N;
    printf("repr(float): %.0f ns (values like 12345.678), %.0f ns (random bits); "
           "float(repr): %.0f ns; round-trips %.0f/%d\n",
           t_typ * 1e9, t_any * 1e9, t_parse * 1e9, sink, N);
    ck_assert(total > 0);
    ck_assert(sink == N);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("format");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;
    tcase_set_timeout(tc, 240);
    tcase_add_test(tc, test_by_hand);
    tcase_add_test(tc, test_float_table);
    tcase_add_test(tc, test_spec_table);
    tcase_add_test(tc, test_parse_int_table);
    tcase_add_test(tc, test_parse_float_table);
    tcase_add_test(tc, test_round_table);
    tcase_add_test(tc, test_int_repr_table);
    tcase_add_test(tc, test_speed);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
