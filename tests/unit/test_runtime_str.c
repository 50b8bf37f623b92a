/* test_runtime_str.c — str against CPython.
 *
 * Each test runs the same loops twice: here over the runtime, and in
 * /usr/bin/python3 -S over the same input strings (runtime_testlib.h passes
 * them as hex UTF-8), then compares the two line by line.  Results are
 * compared as repr() text, so the runtime's repr is checked by every line
 * too.  Covered: code-point indexing of "héllo日本" and others (negative
 * indices, IndexError), slices with every combination of bounds and steps,
 * repr of tricky text, split/rsplit/strip/find/rfind/index/count/replace/
 * join/startswith/endswith corner cases, upper/lower (full mappings, final
 * sigma), the is* predicates, concatenation, comparison, iteration,
 * int()/float() of text and their error messages, str(int), str(float).
 * Then a fault-injection sweep: every allocation of every str operation
 * is made to fail in turn, and each failure must raise MemoryError and leak
 * nothing.
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>

#include "runtime_testlib.h"

/* The inputs both sides iterate over. */
static const char *const S[] = {
    "",
    "a",
    "abc",
    "h\xc3\xa9llo\xe6\x97\xa5\xe6\x9c\xac", /* héllo日本 */
    "hello world",
    "  spaced  out  ",
    "a,b,,c",
    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x83\x86\xe3\x82\xad\xe3\x82\xb9\xe3\x83\x88", /* 日本語テキスト */
    "x\xf0\x9f\x98\x80y",                           /* x😀y */
    "\t\n tabs\x0b\x0c\r \x1c\x1f",
    "\xe3\x80\x80ideo\xc2\xa0space\xe2\x80\xa8",    /* U+3000 ... U+00A0 ... U+2028 */
    "\xce\xa3\xce\x91\xce\xa3",                     /* ΣΑΣ */
    "stra\xc3\x9f\x65",                              /* straße */
    "\xc7\x84\xc7\x85\xc7\x86",                     /* Ǆǅǆ */
    "mississippi",
    "\xef\xac\x81ne",                               /* ﬁne */
    "\xc4\xb0stanbul",                              /* İstanbul */
    "\xce\x8c\xce\xa3\xce\x9f\xce\xa3 \xce\xa3 A'\xce\xa3 A\xce\xa3'x", /* ΌΣΟΣ Σ A'Σ AΣ'x */
    "it's \"quoted\" \\ back",
    "ABC def GHI",
    "123",
    "\xd9\xa1\xd9\xa2\xd9\xa3", /* ١٢٣ */
    "\xe2\x85\xab",             /* Ⅻ */
    "\xc2\xb2",                 /* ² */
};
#define NS (sizeof S / sizeof S[0])

static KrtStr *in[NS];

static void str_setup(void) {
    rt_setup();
    for (size_t i = 0; i < NS; i++) in[i] = rt_str(S[i]);
}

static void str_teardown(void) {
    for (size_t i = 0; i < NS; i++) rt_decref(in[i]);
    rt_teardown();
}

static RtOracle oracle(const char *body) {
    RtOracle o = {rt_py_run(S, NS, body), 0, 0};
    return o;
}

/* The repr of a str result, or "Name: message" for a pending exception;
 * consumes the reference. */
static void check_str(RtOracle *o, KrtStr *r, const char *what) {
    char buf[4096];
    if (!r) {
        ck_assert(krt_failed());
        KrtExc *e = krt_exc_fetch();
        snprintf(buf, sizeof buf, "%s: %s", krt_type(e->h.type)->name, e->msg ? e->msg->data : "");
        rt_decref(e);
        rt_oracle_check(o, buf, what);
        return;
    }
    KrtStr *rep = krt_str_repr(r);
    rt_oracle_check(o, rep->data, what);
    rt_decref(rep);
    rt_decref(r);
}

static void check_int(RtOracle *o, krt_int v, const char *what) {
    char buf[512];
    if (krt_failed()) {
        KrtExc *e = krt_exc_fetch();
        snprintf(buf, sizeof buf, "%s: %s", krt_type(e->h.type)->name, e->msg ? e->msg->data : "");
        rt_decref(e);
    } else {
        snprintf(buf, sizeof buf, "%lld", (long long)v);
    }
    rt_oracle_check(o, buf, what);
}

/* repr of a list of str, as CPython prints it; consumes the reference. */
static void check_list(RtOracle *o, KrtList *l, const char *what) {
    if (!l) {
        check_str(o, NULL, what);
        return;
    }
    static char buf[1 << 16];
    size_t n = 0;
    buf[n++] = '[';
    for (uint32_t i = 0; i < l->len; i++) {
        KrtStr *r = krt_str_repr(*(KrtStr **)krt_list_at(l, i));
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", i ? ", " : "", r->data);
        rt_decref(r);
    }
    snprintf(buf + n, sizeof buf - n, "]");
    rt_oracle_check(o, buf, what);
    rt_decref(l);
}

/* ---- indexing, slicing, iteration ------------------------------------------------ */

START_TEST(test_index_by_code_point) {
    RtOracle o = oracle("for s in S:\n"
                        "    for i in range(-len(s) - 2, len(s) + 2):\n"
                        "        try:\n"
                        "            print(repr(s[i]))\n"
                        "        except IndexError as e:\n"
                        "            print('IndexError:', e)\n");
    for (size_t k = 0; k < NS; k++) {
        krt_int n = krt_str_len(in[k]);
        for (krt_int i = -n - 2; i < n + 2; i++) check_str(&o, krt_str_getitem(in[k], i), S[k]);
    }
    rt_oracle_done(&o);
    /* the case the brief names, spelled out */
    KrtStr *s = in[3];
    ck_assert_int_eq(krt_str_len(s), 7);
    ck_assert_uint_eq(s->len, 12);
    KrtStr *c = krt_str_getitem(s, -2);
    ck_assert_str_eq(c->data, "\xe6\x97\xa5");
    rt_decref(c);
    c = krt_str_getitem(s, 1);
    ck_assert_str_eq(c->data, "\xc3\xa9");
    rt_decref(c);
}
END_TEST

#define NONE KRT_INT_MIN /* an absent bound in the tables below */
static const krt_int bounds[] = {NONE, -100, -5, -2, -1, 0, 1, 2, 3, 5, 100};
static const krt_int steps[] = {NONE, -100, -3, -2, -1, 1, 2, 3, 100};
#define BOUNDS_PY "[None, -100, -5, -2, -1, 0, 1, 2, 3, 5, 100]"
#define STEPS_PY "[None, -100, -3, -2, -1, 1, 2, 3, 100]"
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

START_TEST(test_slices_with_steps) {
    RtOracle o = oracle("B = " BOUNDS_PY "\nT = " STEPS_PY "\n"
                        "for s in S:\n"
                        "    for a in B:\n"
                        "        for b in B:\n"
                        "            for c in T:\n"
                        "                print(repr(s[a:b:c]))\n"
                        "    try:\n"
                        "        s[::0]\n"
                        "    except ValueError as e:\n"
                        "        print('ValueError:', e)\n");
    for (size_t k = 0; k < NS; k++) {
        for (size_t a = 0; a < COUNT(bounds); a++)
            for (size_t b = 0; b < COUNT(bounds); b++)
                for (size_t c = 0; c < COUNT(steps); c++) {
                    KrtSlice sl = {bounds[a], bounds[b], steps[c], bounds[a] != NONE, bounds[b] != NONE,
                                   steps[c] != NONE};
                    check_str(&o, krt_str_slice(in[k], &sl), S[k]);
                }
        KrtSlice zero = {0, 0, 0, false, false, true};
        check_str(&o, krt_str_slice(in[k], &zero), S[k]);
    }
    rt_oracle_done(&o);
}
END_TEST

START_TEST(test_iteration_and_len) {
    RtOracle o = oracle("for s in S:\n"
                        "    print(len(s), repr(list(s)))\n");
    for (size_t k = 0; k < NS; k++) {
        char buf[4096];
        size_t n = (size_t)snprintf(buf, sizeof buf, "%lld [", (long long)krt_str_len(in[k]));
        uint32_t pos = 0;
        bool first = true;
        for (KrtStr *c; (c = krt_str_next_char(in[k], &pos)) != NULL; first = false) {
            KrtStr *r = krt_str_repr(c);
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", first ? "" : ", ", r->data);
            rt_decref(r);
            rt_decref(c);
        }
        ck_assert(!krt_failed());
        snprintf(buf + n, sizeof buf - n, "]");
        rt_oracle_check(&o, buf, S[k]);
    }
    rt_oracle_done(&o);
}
END_TEST

/* ---- repr ----------------------------------------------------------------------- */

static const char *const R[] = {
    "plain", "it's", "say \"hi\"", "both ' and \"", "", "'", "\"", "''\"", "back\\slash", "tab\t", "nl\n",
    "cr\r", "nul\x01\x02", "del\x7f", "esc\x1b", "bell\x07", "\xc3\xa9", "\xe6\x97\xa5\xe6\x9c\xac",
    "\xc2\xa0nbsp", "\xc2\xad", "\xe2\x80\xa8", "\xf0\x9f\x98\x80", "\xed\x9f\xbf", "\xc2\x80", "\xc2\x9f",
    "\xe2\x80\x8b", "a'b\"c'd", "\xed\xa0\x80 lone surrogate", "\xef\xbb\xbf", "\xcd\xb8", "\xf3\xa0\x80\x81",
    "\xf4\x8f\xbf\xbf", "\xe3\x80\x80", "\xef\xbf\xbd", "\xf0\x90\x80\x80", "\xf0\x9d\x9f\x93",
};

START_TEST(test_repr_like_cpython) {
    RtOracle o = {rt_py_run(R, COUNT(R), "for s in S:\n    print(repr(s))\n"
                                         "for c in range(0x100):\n    print(repr(chr(c)))\n"),
                  0, 0};
    for (size_t k = 0; k < COUNT(R); k++) {
        check_str(&o, rt_str(R[k]), R[k]);
    }
    for (krt_int c = 0; c < 0x100; c++) check_str(&o, krt_str_chr(c), "chr");
    rt_oracle_done(&o);
    /* the repr of a repr */
    KrtStr *s = rt_str("it's");
    KrtStr *r1 = krt_str_repr(s);
    KrtStr *r2 = krt_str_repr(r1);
    ck_assert_str_eq(r2->data, "'\"it\\'s\"'");
    rt_decref(s);
    rt_decref(r1);
    rt_decref(r2);
}
END_TEST

/* ---- split, strip, join ---------------------------------------------------------------- */

static const char *const seps[] = {NULL, " ", ",", ", ", "a", "ab", "\xe6\x97\xa5", "ss", "\xce\xa3"};
#define SEPS_PY "[None, ' ', ',', ', ', 'a', 'ab', '\\u65e5', 'ss', '\\u03a3']"
static const krt_int maxsplits[] = {-1, 0, 1, 2, 5};

START_TEST(test_split_like_cpython) {
    RtOracle o = oracle("for s in S:\n"
                        "    for sep in " SEPS_PY ":\n"
                        "        for m in [-1, 0, 1, 2, 5]:\n"
                        "            print(repr(s.split(sep, m)))\n"
                        "            print(repr(s.rsplit(sep, m)))\n"
                        "    for f in (s.split, s.rsplit):\n"
                        "        try:\n"
                        "            f('')\n"
                        "        except ValueError as e:\n"
                        "            print('ValueError:', e)\n");
    for (size_t k = 0; k < NS; k++) {
        for (size_t j = 0; j < COUNT(seps); j++) {
            KrtStr *sep = seps[j] ? rt_str(seps[j]) : NULL;
            for (size_t m = 0; m < COUNT(maxsplits); m++) {
                check_list(&o, krt_str_split(in[k], sep, maxsplits[m]), S[k]);
                check_list(&o, krt_str_rsplit(in[k], sep, maxsplits[m]), S[k]);
            }
            if (sep) rt_decref(sep);
        }
        check_list(&o, krt_str_split(in[k], krt_str_empty(), -1), S[k]);
        check_list(&o, krt_str_rsplit(in[k], krt_str_empty(), -1), S[k]);
    }
    rt_oracle_done(&o);
}
END_TEST

static const char *const strip_chars[] = {NULL, "", " ", "ab", "x\xe6\x97\xa5", " \t", "h\xc3\xa9", "\xce\xa3", "is"};
#define STRIP_PY "[None, '', ' ', 'ab', 'x\\u65e5', ' \\t', 'h\\xe9', '\\u03a3', 'is']"

START_TEST(test_strip_like_cpython) {
    RtOracle o = oracle("for s in S:\n"
                        "    for c in " STRIP_PY ":\n"
                        "        print(repr(s.strip(c)))\n"
                        "        print(repr(s.lstrip(c)))\n"
                        "        print(repr(s.rstrip(c)))\n");
    for (size_t k = 0; k < NS; k++) {
        for (size_t j = 0; j < COUNT(strip_chars); j++) {
            KrtStr *c = strip_chars[j] ? rt_str(strip_chars[j]) : NULL;
            check_str(&o, krt_str_strip(in[k], c), S[k]);
            check_str(&o, krt_str_lstrip(in[k], c), S[k]);
            check_str(&o, krt_str_rstrip(in[k], c), S[k]);
            if (c) rt_decref(c);
        }
    }
    rt_oracle_done(&o);
}
END_TEST

START_TEST(test_join_like_cpython) {
    RtOracle o = oracle("for sep in ['', ', ', '\\u65e5']:\n"
                        "    for k in range(len(S) + 1):\n"
                        "        print(repr(sep.join(S[:k])))\n");
    const char *join_seps[] = {"", ", ", "\xe6\x97\xa5"};
    for (size_t j = 0; j < 3; j++) {
        KrtStr *sep = rt_str(join_seps[j]);
        for (size_t k = 0; k <= NS; k++) {
            KrtList *l = krt_list_new(&krt_elem_str, 0);
            for (size_t i = 0; i < k; i++) ck_assert(krt_list_append(l, &in[i]));
            check_str(&o, krt_str_join(sep, l), "join");
            rt_decref(l);
        }
        rt_decref(sep);
    }
    rt_oracle_done(&o);
}
END_TEST

/* ---- search ------------------------------------------------------------------------------ */

static const char *const subs[] = {"", "a", "ab", "l", "lo", "\xe6\x97\xa5", "\xe6\x9c\xac\xe8\xaa\x9e", "zz",
                                   "s", "ss", "issi", "\xce\xa3"};
#define SUBS_PY "['', 'a', 'ab', 'l', 'lo', '\\u65e5', '\\u672c\\u8a9e', 'zz', 's', 'ss', 'issi', '\\u03a3']"
static const krt_int find_bounds[] = {NONE, -100, -3, -1, 0, 1, 2, 5, 100};
#define FIND_BOUNDS_PY "[None, -100, -3, -1, 0, 1, 2, 5, 100]"

START_TEST(test_find_count_like_cpython) {
    RtOracle o = oracle("def idx(f, *a):\n"
                        "    try:\n"
                        "        return f(*a)\n"
                        "    except ValueError as e:\n"
                        "        return 'ValueError: ' + str(e)\n"
                        "for s in S:\n"
                        "    for sub in " SUBS_PY ":\n"
                        "        print(int(sub in s))\n"
                        "        for a in " FIND_BOUNDS_PY ":\n"
                        "            for b in " FIND_BOUNDS_PY ":\n"
                        "                print(s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b))\n"
                        "                print(idx(s.index, sub, a, b))\n"
                        "                print(idx(s.rindex, sub, a, b))\n");
    for (size_t k = 0; k < NS; k++) {
        for (size_t j = 0; j < COUNT(subs); j++) {
            KrtStr *sub = rt_str(subs[j]);
            char buf[128];
            snprintf(buf, sizeof buf, "%d", krt_str_contains(in[k], sub));
            rt_oracle_check(&o, buf, "in");
            for (size_t a = 0; a < COUNT(find_bounds); a++) {
                for (size_t b = 0; b < COUNT(find_bounds); b++) {
                    krt_int start = find_bounds[a] == NONE ? 0 : find_bounds[a];
                    krt_int end = find_bounds[b] == NONE ? KRT_INT_MAX : find_bounds[b];
                    snprintf(buf, sizeof buf, "%lld %lld %lld", (long long)krt_str_find(in[k], sub, start, end),
                             (long long)krt_str_rfind(in[k], sub, start, end),
                             (long long)krt_str_count(in[k], sub, start, end));
                    rt_oracle_check(&o, buf, S[k]);
                    check_int(&o, krt_str_index(in[k], sub, start, end), "index");
                    check_int(&o, krt_str_rindex(in[k], sub, start, end), "rindex");
                }
            }
            rt_decref(sub);
        }
    }
    rt_oracle_done(&o);
}
END_TEST

START_TEST(test_replace_like_cpython) {
    RtOracle o = oracle("for s in S:\n"
                        "    for old in ['', 'a', 'l', 'll', '\\u65e5', 'zz', 'ss', '\\u03a3', s]:\n"
                        "        for new in ['', 'X', 'YYY', '\\xe9']:\n"
                        "            for n in [-1, 0, 1, 2, 10]:\n"
                        "                print(repr(s.replace(old, new, n)))\n");
    const char *olds[] = {"", "a", "l", "ll", "\xe6\x97\xa5", "zz", "ss", "\xce\xa3", NULL};
    const char *news[] = {"", "X", "YYY", "\xc3\xa9"};
    const krt_int counts[] = {-1, 0, 1, 2, 10};
    for (size_t k = 0; k < NS; k++) {
        for (size_t a = 0; a < COUNT(olds); a++) {
            KrtStr *old = olds[a] ? rt_str(olds[a]) : in[k];
            for (size_t b = 0; b < COUNT(news); b++) {
                KrtStr *repl = rt_str(news[b]);
                for (size_t c = 0; c < COUNT(counts); c++)
                    check_str(&o, krt_str_replace(in[k], old, repl, counts[c]), S[k]);
                rt_decref(repl);
            }
            if (olds[a]) rt_decref(old);
        }
    }
    rt_oracle_done(&o);
}
END_TEST

START_TEST(test_prefix_compare_concat_like_cpython) {
    RtOracle o = oracle("for a in S:\n"
                        "    for b in S:\n"
                        "        print(int(a.startswith(b)), int(a.endswith(b)), int(a == b), (a > b) - (a < b))\n"
                        "        print(repr(a + b))\n"
                        "    for n in [-1, 0, 1, 3]:\n"
                        "        print(repr(a * n))\n");
    for (size_t i = 0; i < NS; i++) {
        for (size_t j = 0; j < NS; j++) {
            char buf[64];
            snprintf(buf, sizeof buf, "%d %d %d %d", krt_str_startswith(in[i], in[j]),
                     krt_str_endswith(in[i], in[j]), krt_str_eq(in[i], in[j]), krt_str_cmp(in[i], in[j]));
            rt_oracle_check(&o, buf, S[i]);
            check_str(&o, krt_str_concat(in[i], in[j]), "concat");
        }
        const krt_int ns[] = {-1, 0, 1, 3};
        for (size_t n = 0; n < 4; n++) check_str(&o, krt_str_repeat(in[i], ns[n]), "repeat");
    }
    rt_oracle_done(&o);
    ck_assert_uint_eq(krt_str_hash(krt_str_empty()), 0x811c9dc5u);
    KrtStr *abc = rt_str("abc");
    ck_assert_uint_eq(krt_str_hash(abc), 0x1a47e90bu);
    ck_assert_uint_eq(krt_str_hash(abc), krt_str_hash(in[2]));
    rt_decref(abc);
}
END_TEST

/* ---- case and predicates ------------------------------------------------------------------ */

START_TEST(test_case_and_predicates_like_cpython) {
    RtOracle o = oracle("for s in S:\n"
                        "    print(repr(s.upper()), repr(s.lower()))\n"
                        "    print(*[int(f()) for f in (s.isdigit, s.isalpha, s.isalnum, s.isspace, s.isupper, "
                        "s.islower)])\n");
    for (size_t k = 0; k < NS; k++) {
        KrtStr *u = krt_str_upper(in[k]), *l = krt_str_lower(in[k]);
        KrtStr *ru = krt_str_repr(u), *rl = krt_str_repr(l);
        char buf[1024];
        snprintf(buf, sizeof buf, "%s %s", ru->data, rl->data);
        rt_oracle_check(&o, buf, S[k]);
        rt_decref(u);
        rt_decref(l);
        rt_decref(ru);
        rt_decref(rl);
        snprintf(buf, sizeof buf, "%d %d %d %d %d %d", krt_str_isdigit(in[k]), krt_str_isalpha(in[k]),
                 krt_str_isalnum(in[k]), krt_str_isspace(in[k]), krt_str_isupper(in[k]), krt_str_islower(in[k]));
        rt_oracle_check(&o, buf, S[k]);
    }
    rt_oracle_done(&o);
    KrtStr *a = rt_str("already upper 123");
    KrtStr *same = krt_str_lower(a); /* nothing to change: the same object */
    ck_assert_ptr_eq(same, a);
    rt_decref(same);
    rt_decref(a);
}
END_TEST

/* ---- numbers ---------------------------------------------------------------------------------- */

static const char *const texts[] = {
    "12", " 12 ", "1_2", "12_", "_12", "1__2", "1.0", "1e3", "", " ", "0x10", "  - 5", "+-5", "12abc",
    "999999999999999999", "-9223372036854775808", "9223372036854775808", "\xd9\xa1\xd9\xa2\xd9\xa3",
    " \xd9\xa3 ", "\xc2\xb2", "ff", "0b101", "0o777", "z", "3.14", "-2.5", "  1e-3 ", "inf", "-Infinity",
    "nan", "1e400", "-1e-400", "1,5", ".5", "5.", "\xd9\xa1.\xd9\xa5", "\xe2\x80\x83\x37\xe2\x80\x83",
    "it's", "0x", "1.7976931348623159e308", "4.9e-324",
};

START_TEST(test_numbers_from_text_like_cpython) {
    RtOracle o = {rt_py_run(texts, COUNT(texts),
                            "def show(f, *a):\n"
                            "    try:\n"
                            "        return repr(f(*a))\n"
                            "    except (ValueError, OverflowError) as e:\n"
                            "        return type(e).__name__ + ': ' + str(e)\n"
                            "for t in S:\n"
                            "    for base in [10, 0, 16, 2, 36]:\n"
                            "        r = show(int, t, base)\n"
                            "        try:\n"
                            "            if abs(int(t, base)) >= 2**63 and int(t, base) != -2**63:\n"
                            "                r = 'OverflowError: integer overflow: result does not fit in int64'\n"
                            "        except ValueError:\n"
                            "            pass\n"
                            "        print(r)\n"
                            "    print(show(lambda t: str(float(t)), t))\n"
                            "print(show(int, '1', 1))\n"
                            "print(show(int, '1', 37))\n"
                            "print(show(int, 'x' * 300))\n"),
                  0, 0};
    const krt_int bases[] = {10, 0, 16, 2, 36};
    for (size_t k = 0; k < COUNT(texts); k++) {
        KrtStr *t = rt_str(texts[k]);
        for (size_t b = 0; b < COUNT(bases); b++) {
            krt_int v = 0;
            char buf[512];
            if (krt_str_to_int(t, bases[b], &v)) {
                snprintf(buf, sizeof buf, "%lld", (long long)v);
                rt_oracle_check(&o, buf, texts[k]);
            } else {
                check_str(&o, NULL, texts[k]);
            }
        }
        krt_float f;
        if (krt_str_to_float(t, &f))
            check_str(&o, krt_str_from_float(f), texts[k]);
        else
            check_str(&o, NULL, texts[k]);
        rt_decref(t);
    }
    krt_int v;
    KrtStr *one = rt_str("1");
    ck_assert(!krt_str_to_int(one, 1, &v));
    check_str(&o, NULL, "base 1");
    ck_assert(!krt_str_to_int(one, 37, &v));
    check_str(&o, NULL, "base 37");
    rt_decref(one);
    char xs[301];
    memset(xs, 'x', 300);
    xs[300] = '\0';
    KrtStr *x = rt_str(xs);
    ck_assert(!krt_str_to_int(x, 10, &v));
    check_str(&o, NULL, "long literal");
    rt_decref(x);
    rt_oracle_done(&o);
}
END_TEST

START_TEST(test_numbers_to_text_like_cpython) {
    static const krt_int ints[] = {0, 1, -1, 42, -42, 1000000007, INT64_MAX, INT64_MIN};
    static const double floats[] = {0.0, -0.0, 0.1, 1.5, -2.25, 1e16, 1e15, 123456789.125, 1e-5, 1e-4, 5e-324,
                                    1.7976931348623157e308, 3.0, 2.5e-7, 1.0 / 3.0};
    RtOracle o = oracle("for v in [0, 1, -1, 42, -42, 1000000007, 2**63 - 1, -2**63]:\n"
                        "    print(repr(str(v)))\n"
                        "for v in [0.0, -0.0, 0.1, 1.5, -2.25, 1e16, 1e15, 123456789.125, 1e-5, 1e-4, 5e-324,\n"
                        "          1.7976931348623157e308, 3.0, 2.5e-7, 1.0 / 3.0, float('inf'), -float('inf'),\n"
                        "          float('nan')]:\n"
                        "    print(repr(str(v)))\n"
                        "for c in [0x41, 0xe9, 0x65e5, 0x1f600, 0xd800, -1, 0x110000]:\n"
                        "    try:\n"
                        "        print(repr(chr(c)), ord(chr(c)))\n"
                        "    except ValueError as e:\n"
                        "        print('ValueError:', e)\n"
                        "for s in S:\n"
                        "    try:\n"
                        "        print(ord(s))\n"
                        "    except TypeError as e:\n"
                        "        print('TypeError:', e)\n");
    for (size_t i = 0; i < COUNT(ints); i++) check_str(&o, krt_str_from_int(ints[i]), "str(int)");
    for (size_t i = 0; i < COUNT(floats); i++) check_str(&o, krt_str_from_float(floats[i]), "str(float)");
    check_str(&o, krt_str_from_float((krt_float)INFINITY), "inf");
    check_str(&o, krt_str_from_float(-(krt_float)INFINITY), "-inf");
    check_str(&o, krt_str_from_float((krt_float)NAN), "nan");
    const krt_int cps[] = {0x41, 0xe9, 0x65e5, 0x1f600, 0xd800, -1, 0x110000};
    for (size_t i = 0; i < COUNT(cps); i++) {
        KrtStr *c = krt_str_chr(cps[i]);
        if (!c) {
            check_str(&o, NULL, "chr");
            continue;
        }
        KrtStr *r = krt_str_repr(c);
        krt_int v;
        ck_assert(krt_str_ord(c, &v));
        char buf[64];
        snprintf(buf, sizeof buf, "%s %lld", r->data, (long long)v);
        rt_oracle_check(&o, buf, "chr/ord");
        rt_decref(r);
        rt_decref(c);
    }
    for (size_t k = 0; k < NS; k++) {
        krt_int v = 0;
        krt_str_ord(in[k], &v);
        check_int(&o, v, "ord");
    }
    rt_oracle_done(&o);
}
END_TEST

/* ---- every allocation failing in turn ----------------------------------------------------------- */

typedef void *(*StrOp)(void);

static void *op_split(void) { return krt_str_split(in[5], NULL, -1); }
static void *op_rsplit(void) { return krt_str_rsplit(in[6], in[6] /* whole */, -1); }
static void *op_rsplit_ws(void) { return krt_str_rsplit(in[9], NULL, 2); }
static void *op_replace(void) { return krt_str_replace(in[14], in[1], in[3], -1); }
static void *op_repr(void) { return krt_str_repr(in[18]); }
static void *op_upper(void) { return krt_str_upper(in[12]); }
static void *op_lower(void) { return krt_str_lower(in[17]); }
static void *op_slice(void) {
    KrtSlice sl = {0, 0, -2, false, false, true};
    return krt_str_slice(in[7], &sl);
}
static void *op_repeat(void) { return krt_str_repeat(in[3], 5); }
static void *op_strip(void) { return krt_str_strip(in[5], NULL); }
static void *op_getitem(void) { return krt_str_getitem(in[7], 3); }
static void *op_from_int(void) { return krt_str_from_int(-1234567); }
static void *op_from_float(void) { return krt_str_from_float(0.25); }
static void *op_int_error(void) {
    krt_int v;
    krt_str_to_int(in[3], 10, &v); /* ValueError with a repr in its message */
    return NULL;
}
static void *op_join(void) {
    KrtList *l = krt_list_new(&krt_elem_str, 0);
    if (!l) return NULL;
    KrtStr *r = NULL;
    if (krt_list_append(l, &in[3]) && krt_list_append(l, &in[4])) r = krt_str_join(in[6], l);
    rt_decref(l);
    return r;
}

START_TEST(test_memory_error_everywhere) {
    static const struct {
        const char *name;
        StrOp op;
    } ops[] = {
        {"split", op_split}, {"rsplit", op_rsplit}, {"rsplit_ws", op_rsplit_ws}, {"replace", op_replace},   {"repr", op_repr},
        {"upper", op_upper},     {"lower", op_lower},   {"slice", op_slice},       {"repeat", op_repeat},
        {"strip", op_strip},     {"getitem", op_getitem}, {"from_int", op_from_int}, {"from_float", op_from_float},
        {"int_error", op_int_error}, {"join", op_join},
    };
    for (size_t i = 0; i < COUNT(ops); i++) {
        uint32_t live = rt_live_blocks();
        for (uint32_t n = 1;; n++) {
            ck_assert_uint_lt(n, 100);
            krt_heap_fail_at(n);
            void *r = ops[i].op();
            KrtHeapStats st;
            krt_heap_stats(&st);
            bool failed_alloc = krt_exc_matches(KRT_T_MEMORY_ERROR);
            if (r) rt_decref(r);
            if (krt_failed()) rt_decref(krt_exc_fetch());
            ck_assert_msg(rt_live_blocks() == live, "%s leaks when allocation %u fails", ops[i].name, n);
            if (!failed_alloc) { /* ran to the end without reaching allocation n */
                krt_heap_fail_at(0);
                break;
            }
        }
    }
}
END_TEST

static Suite *runtime_str_suite(void) {
    Suite *s = suite_create("runtime_str");
    TCase *tc = tcase_create("str");
    tcase_add_checked_fixture(tc, str_setup, str_teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_index_by_code_point);
    tcase_add_test(tc, test_slices_with_steps);
    tcase_add_test(tc, test_iteration_and_len);
    tcase_add_test(tc, test_repr_like_cpython);
    tcase_add_test(tc, test_split_like_cpython);
    tcase_add_test(tc, test_strip_like_cpython);
    tcase_add_test(tc, test_join_like_cpython);
    tcase_add_test(tc, test_find_count_like_cpython);
    tcase_add_test(tc, test_replace_like_cpython);
    tcase_add_test(tc, test_prefix_compare_concat_like_cpython);
    tcase_add_test(tc, test_case_and_predicates_like_cpython);
    tcase_add_test(tc, test_numbers_from_text_like_cpython);
    tcase_add_test(tc, test_numbers_to_text_like_cpython);
    tcase_add_test(tc, test_memory_error_everywhere);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(runtime_str_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
