/* test_runtime_bytes.c — bytes, bytearray and the codecs against CPython.
 *
 * repr (quote choice, escapes), hex and fromhex (with its error
 * positions), utf-8 / ascii / latin-1 decoding of valid and broken input
 * (every UnicodeDecodeError text), encoding with UnicodeEncodeError texts,
 * find / count / startswith / endswith / in / slices / + / * — all compared
 * with /usr/bin/python3 -S.  Then: constants in rodata, bytes as dict keys
 * and list elements, bytearray mutation and its errors, and MemoryError
 * leaving a bytearray unchanged and nothing leaked.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>

#include "runtime_testlib.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* "Type: msg" of the pending exception (taken) into buf. */
static const char *exc_text(char *buf, size_t cap) {
    KrtExc *e = krt_exc_fetch();
    ck_assert_ptr_nonnull(e);
    snprintf(buf, cap, "%s: %s", krt_type(e->h.type)->name, e->msg ? e->msg->data : "");
    rt_decref(e);
    return buf;
}

/* bytes from a hex string (test inputs) */
static KrtBytes *hexb(const char *hex) {
    KrtStr *s = rt_str(hex);
    KrtBytes *b = krt_bytes_fromhex(s);
    ck_assert_ptr_nonnull(b);
    rt_decref(s);
    return b;
}

static const char *const samples[] = {
    "",         "61626364",         "27",       "22",     "2722",           "272227", "5c",
    "090a0d",   "00017f80ff",       "20217e",   "27275c", "41e282ac42",     "22225c27",
    "0b0c1b1f", "68656c6c6f20776f", "ffff2727", "7e7f",   "5c5c2222272727", "c3a9",
};

START_TEST(test_repr_and_hex_like_cpython) {
    RtOracle o = {rt_py_run(samples, COUNT(samples),
                            "for s in S:\n"
                            "    b = bytes.fromhex(s)\n"
                            "    print(repr(b))\n    print(b.hex())\n    print(repr(bytearray(b)))\n"),
                  0, 0};
    for (size_t i = 0; i < COUNT(samples); i++) {
        KrtBytes *b = hexb(samples[i]);
        KrtStr *r = krt_bytes_repr(b), *h = krt_bytes_hex(b);
        rt_oracle_check(&o, r->data, samples[i]);
        rt_oracle_check(&o, h->data, samples[i]);
        ck_assert_str_eq(h->data, samples[i]);
        KrtByteArray *ba = krt_bytearray_new(b->data, b->len);
        KrtStr *ra = krt_bytearray_repr(ba);
        rt_oracle_check(&o, ra->data, samples[i]);
        rt_decref(ra);
        rt_decref(ba);
        rt_decref(r);
        rt_decref(h);
        rt_decref(b);
    }
    rt_oracle_done(&o);
}
END_TEST

static const char *const hex_inputs[] = {
    "", "00", "0a1B", " 0a 1b ", "\t01\n02\r03\v04\f05 ", "zz", "abc", "a b", "0 a", "ag", "éa", "00é", "0000€",
    "  ", "1", "12 3", "12  34  ", "0x12", "FfEe",
};

START_TEST(test_fromhex_like_cpython) {
    char buf[256];
    RtOracle o = {rt_py_run(hex_inputs, COUNT(hex_inputs),
                            "for s in S:\n"
                            "    try:\n        print(repr(bytes.fromhex(s)))\n"
                            "    except ValueError as e:\n        print('ValueError:', e)\n"),
                  0, 0};
    for (size_t i = 0; i < COUNT(hex_inputs); i++) {
        KrtStr *s = rt_str(hex_inputs[i]);
        KrtBytes *b = krt_bytes_fromhex(s);
        if (b) {
            KrtStr *r = krt_bytes_repr(b);
            rt_oracle_check(&o, r->data, hex_inputs[i]);
            rt_decref(r);
            rt_decref(b);
        } else {
            rt_oracle_check(&o, exc_text(buf, sizeof buf), hex_inputs[i]);
        }
        rt_decref(s);
    }
    rt_oracle_done(&o);
}
END_TEST

/* hex of the bytes to decode; each is decoded with every codec */
static const char *const decode_inputs[] = {
    "",         "616263",         "ff",       "80",       "61ff62",         "c3",         "c328",
    "c3a9",     "e282",           "e282ac",   "e228a1",   "e28228",         "f09f98",     "f09f9880",
    "f09f9841", "f09f4141",       "eda080",   "c080",     "c1bf",           "f5808080",   "e08080",
    "e0a080",   "f4908080",       "f48f8080", "f0808080", "6162e2",         "61f09f",     "68c3a96c6c6f20e282acf09d849e",
    "41414180", "eda0",           "edbfbf41", "f8",       "fe",             "e2ac",       "ed9fbf",
};
static const char *const codecs[] = {"utf-8", "ascii", "latin-1", "UTF8", "Latin_1", "us-ascii", "ebcdic"};

START_TEST(test_decode_like_cpython) {
    char buf[256];
    RtOracle o = {rt_py_run(decode_inputs, COUNT(decode_inputs),
                            "for s in S:\n"
                            "    b = bytes.fromhex(s)\n"
                            "    for c in ['utf-8', 'ascii', 'latin-1', 'UTF8', 'Latin_1', 'us-ascii', 'ebcdic']:\n"
                            "        try:\n            print(repr(b.decode(c)))\n"
                            "        except (UnicodeDecodeError, LookupError) as e:\n"
                            "            print(type(e).__name__ + ':', e)\n"),
                  0, 0};
    for (size_t i = 0; i < COUNT(decode_inputs); i++) {
        KrtBytes *b = hexb(decode_inputs[i]);
        for (size_t c = 0; c < COUNT(codecs); c++) {
            KrtStr *enc = rt_str(codecs[c]);
            KrtStr *s = krt_bytes_decode(b, enc);
            char what[96];
            snprintf(what, sizeof what, "%s.decode(%s)", decode_inputs[i], codecs[c]);
            if (s) {
                KrtStr *r = krt_str_repr(s);
                rt_oracle_check(&o, r->data, what);
                rt_decref(r);
                rt_decref(s);
            } else {
                rt_oracle_check(&o, exc_text(buf, sizeof buf), what);
            }
            rt_decref(enc);
        }
        rt_decref(b);
    }
    rt_oracle_done(&o);
}
END_TEST

static const char *const encode_inputs[] = {
    "", "abc", "héé", "a€b", "é€x€€", "x😀y", "ÿ", "\xed\xa0\x80", "a\xed\xa0\x80\xed\xb0\x80\x62", "naïve café", "\x7f",
};

START_TEST(test_encode_like_cpython) {
    char buf[256];
    RtOracle o = {rt_py_run(encode_inputs, COUNT(encode_inputs),
                            "for s in S:\n"
                            "    for c in ['utf-8', 'ascii', 'latin-1', 'UTF8', 'Latin_1', 'us-ascii', 'ebcdic']:\n"
                            "        try:\n            print(repr(s.encode(c)))\n"
                            "        except (UnicodeEncodeError, LookupError) as e:\n"
                            "            print(type(e).__name__ + ':', e)\n"),
                  0, 0};
    for (size_t i = 0; i < COUNT(encode_inputs); i++) {
        KrtStr *s = rt_str(encode_inputs[i]);
        for (size_t c = 0; c < COUNT(codecs); c++) {
            KrtStr *enc = rt_str(codecs[c]);
            KrtBytes *b = krt_str_encode(s, enc);
            if (b) {
                KrtStr *r = krt_bytes_repr(b);
                rt_oracle_check(&o, r->data, "encode");
                rt_decref(r);
                rt_decref(b);
            } else {
                rt_oracle_check(&o, exc_text(buf, sizeof buf), "encode");
            }
            rt_decref(enc);
        }
        rt_decref(s);
    }
    rt_oracle_done(&o);
}
END_TEST

/* ---- search, slices, operators ------------------------------------------------------------ */

static const char *const hay_hex = "6162636162636161"; /* b'abcabcaa' */
static const char *const needles[] = {"", "61", "6263", "616263", "6161", "7a", "6162636162636161", "616161"};
static const krt_int bounds[] = {0, 1, 3, -1, -3, -100, 8, 9, 100};

START_TEST(test_search_like_cpython) {
    RtOracle o = {rt_py_run(needles, COUNT(needles),
                            "h = b'abcabcaa'\n"
                            "B = [0, 1, 3, -1, -3, -100, 8, 9, 100]\n"
                            "for s in S:\n"
                            "    n = bytes.fromhex(s)\n"
                            "    print(n in h, h.startswith(n), h.endswith(n), h.find(n), h.count(n))\n"
                            "    for a in B:\n"
                            "        print(' '.join(str(h.find(n, a, e)) + ',' + str(h.count(n, a, e)) for e in B))\n"),
                  0, 0};
    KrtBytes *h = hexb(hay_hex);
    char line[512];
    for (size_t i = 0; i < COUNT(needles); i++) {
        KrtBytes *n = hexb(needles[i]);
        snprintf(line, sizeof line, "%s %s %s %lld %lld", krt_bytes_contains(h, n) ? "True" : "False",
                 krt_bytes_startswith(h, n) ? "True" : "False", krt_bytes_endswith(h, n) ? "True" : "False",
                 (long long)krt_bytes_find(h, n, 0, KRT_INT_MAX), (long long)krt_bytes_count(h, n, 0, KRT_INT_MAX));
        rt_oracle_check(&o, line, needles[i]);
        for (size_t a = 0; a < COUNT(bounds); a++) {
            size_t len = 0;
            for (size_t e = 0; e < COUNT(bounds); e++)
                len += (size_t)snprintf(line + len, sizeof line - len, "%s%lld,%lld", e ? " " : "",
                                        (long long)krt_bytes_find(h, n, bounds[a], bounds[e]),
                                        (long long)krt_bytes_count(h, n, bounds[a], bounds[e]));
            rt_oracle_check(&o, line, needles[i]);
        }
        rt_decref(n);
    }
    rt_decref(h);
    rt_oracle_done(&o);
}
END_TEST

#define NONE KRT_INT_MIN
static const krt_int sbounds[] = {NONE, -9, -2, 0, 1, 3, 9};
static const krt_int ssteps[] = {NONE, -3, -1, 1, 2};

START_TEST(test_slices_and_operators_like_cpython) {
    RtOracle o = {rt_py_run(NULL, 0,
                            "b = b'0123456'\n"
                            "B = [None, -9, -2, 0, 1, 3, 9]\n"
                            "for x in B:\n"
                            "    for y in B:\n"
                            "        for z in [None, -3, -1, 1, 2]:\n"
                            "            print(repr(b[x:y:z]), repr(bytearray(b)[x:y:z]))\n"
                            "for i in [-8, -7, -1, 0, 6, 7]:\n"
                            "    try:\n        print(b[i])\n    except IndexError as e:\n        print('IndexError:', e)\n"
                            "print(repr(b + b'xy'), repr(b * 3), repr(b * 0), repr(b'' + b''), 0x33 in b, 0x41 in b)\n"
                            "print(b < b'0124', b'' < b'0', b'ab' < b'a', b'a\\xff' > b'a\\x01', b == b'0123456')\n"),
                  0, 0};
    KrtBytes *b = krt_bytes_new("0123456", 7);
    KrtByteArray *ba = krt_bytearray_new("0123456", 7);
    char line[256], buf[128];
    for (size_t x = 0; x < COUNT(sbounds); x++)
        for (size_t y = 0; y < COUNT(sbounds); y++)
            for (size_t z = 0; z < COUNT(ssteps); z++) {
                KrtSlice sl = {sbounds[x], sbounds[y], ssteps[z], sbounds[x] != NONE, sbounds[y] != NONE,
                               ssteps[z] != NONE};
                KrtSlice sl2 = sl;
                KrtBytes *r = krt_bytes_slice(b, &sl);
                KrtByteArray *ra = krt_bytearray_slice(ba, &sl2);
                KrtStr *t = krt_bytes_repr(r), *ta = krt_bytearray_repr(ra);
                snprintf(line, sizeof line, "%s %s", t->data, ta->data);
                rt_oracle_check(&o, line, "slice");
                rt_decref(t);
                rt_decref(ta);
                rt_decref(r);
                rt_decref(ra);
            }
    static const krt_int idx[] = {-8, -7, -1, 0, 6, 7};
    for (size_t i = 0; i < COUNT(idx); i++) {
        krt_int v = krt_bytes_getitem(b, idx[i]);
        if (v < 0)
            rt_oracle_check(&o, exc_text(buf, sizeof buf), "getitem");
        else {
            snprintf(line, sizeof line, "%lld", (long long)v);
            rt_oracle_check(&o, line, "getitem");
        }
    }
    KrtBytes *xy = krt_bytes_new("xy", 2), *e = krt_bytes_empty();
    KrtBytes *c = krt_bytes_concat(b, xy), *r3 = krt_bytes_repeat(b, 3), *r0 = krt_bytes_repeat(b, 0),
             *ee = krt_bytes_concat(e, e);
    KrtStr *s1 = krt_bytes_repr(c), *s2 = krt_bytes_repr(r3), *s3 = krt_bytes_repr(r0), *s4 = krt_bytes_repr(ee);
    snprintf(line, sizeof line, "%s %s %s %s %s %s", s1->data, s2->data, s3->data, s4->data,
             krt_bytes_contains_int(b, 0x33) ? "True" : "False", krt_bytes_contains_int(b, 0x41) ? "True" : "False");
    rt_oracle_check(&o, line, "operators");
    KrtBytes *p = krt_bytes_new("0124", 4), *zero = krt_bytes_new("0", 1), *ab = krt_bytes_new("ab", 2),
             *a = krt_bytes_new("a", 1), *aff = krt_bytes_new("a\xff", 2), *a01 = krt_bytes_new("a\x01", 2),
             *same = krt_bytes_new("0123456", 7);
    snprintf(line, sizeof line, "%s %s %s %s %s", krt_bytes_cmp(b, p) < 0 ? "True" : "False",
             krt_bytes_cmp(e, zero) < 0 ? "True" : "False", krt_bytes_cmp(ab, a) < 0 ? "True" : "False",
             krt_bytes_cmp(aff, a01) > 0 ? "True" : "False", krt_bytes_eq(b, same) ? "True" : "False");
    rt_oracle_check(&o, line, "compare");
    rt_oracle_done(&o);
    KrtBytes *all[] = {b, xy, c, r3, r0, ee, p, zero, ab, a, aff, a01, same};
    for (size_t i = 0; i < COUNT(all); i++) rt_decref(all[i]);
    KrtStr *strs[] = {s1, s2, s3, s4};
    for (size_t i = 0; i < COUNT(strs); i++) rt_decref(strs[i]);
    rt_decref(ba);
    ck_assert(!krt_bytes_contains_int(xy, 256) && krt_failed());
    rt_expect_exc(KRT_T_VALUE_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "byte must be in range(0, 256)");
}
END_TEST

/* ---- objects ------------------------------------------------------------------------------ */

static const KrtBytes const_key = KRT_BYTES_CONST("k\0ey", 4);

START_TEST(test_constants_keys_and_elements) {
    KrtBytes *k = (KrtBytes *)&const_key;
    krt_decref(&k->h); /* immortal: nothing happens */
    ck_assert_int_eq(krt_bytes_len(k), 4);
    KrtBytes *whole = krt_bytes_slice(k, &(KrtSlice){0, 0, 0, false, false, false});
    ck_assert_ptr_eq(whole, k);
    KrtDict *d = krt_dict_new(&krt_elem_bytes, &krt_elem_int, 0);
    krt_int one = 1;
    ck_assert(krt_dict_setitem(d, &k, &one));
    KrtBytes *same = krt_bytes_new("k\0ey", 4);
    krt_int *v = krt_dict_get(d, &same);
    ck_assert(v && *v == 1);
    ck_assert_uint_eq(krt_bytes_hash(same), krt_bytes_hash(k));
    KrtBytes *other = krt_bytes_new("xyz", 3);
    char buf[64];
    ck_assert_ptr_null(krt_dict_getitem(d, &other, krt_repr_elem_bytes));
    rt_expect_exc(KRT_T_KEY_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "b'xyz'");
    KrtList *l = krt_list_new(&krt_elem_bytes, 0);
    ck_assert(krt_list_append(l, &other));
    ck_assert(krt_list_append(l, &same));
    ck_assert_uint_eq(other->h.rc, 2);
    ck_assert(krt_list_sort(l, false));
    KrtBytes *first;
    memcpy(&first, l->items, sizeof first);
    ck_assert_ptr_eq(first, same);
    rt_decref(l);
    rt_decref(d);
    rt_decref(same);
    rt_decref(other);
}
END_TEST

START_TEST(test_lists_and_bytearray_mutation) {
    char buf[128];
    KrtList *l = krt_list_new(&krt_elem_int, 0);
    krt_int vals[] = {104, 105, 0, 255};
    for (size_t i = 0; i < COUNT(vals); i++) ck_assert(krt_list_append(l, &vals[i]));
    KrtBytes *b = krt_bytes_from_list(l);
    ck_assert_uint_eq(b->len, 4);
    ck_assert_int_eq(memcmp(b->data, "hi\0\xff", 4), 0);
    krt_int bad = 256;
    ck_assert(krt_list_append(l, &bad));
    ck_assert_ptr_null(krt_bytes_from_list(l));
    rt_expect_exc(KRT_T_VALUE_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "bytes must be in range(0, 256)");
    ck_assert_ptr_null(krt_bytearray_from_list(l));
    rt_expect_exc(KRT_T_VALUE_ERROR, buf, sizeof buf);
    ck_assert_ptr_null(krt_bytes_zeros(-1));
    rt_expect_exc(KRT_T_VALUE_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "negative count");
    KrtBytes *z = krt_bytes_zeros(3);
    ck_assert_int_eq(memcmp(z->data, "\0\0\0", 3), 0);

    KrtByteArray *ba = krt_bytearray_zeros(2);
    for (krt_int i = 0; i < 100; i++) ck_assert(krt_bytearray_append(ba, i));
    ck_assert_int_eq(krt_bytearray_len(ba), 102);
    ck_assert(!krt_bytearray_append(ba, -1));
    rt_expect_exc(KRT_T_VALUE_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "byte must be in range(0, 256)");
    ck_assert(krt_bytearray_setitem(ba, -1, 200));
    ck_assert_int_eq(krt_bytearray_getitem(ba, 101), 200);
    ck_assert(!krt_bytearray_setitem(ba, 102, 1));
    rt_expect_exc(KRT_T_INDEX_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "bytearray index out of range");
    ck_assert(!krt_bytearray_setitem(ba, 0, 300));
    rt_expect_exc(KRT_T_VALUE_ERROR, buf, sizeof buf);
    ck_assert_int_eq(krt_bytearray_pop(ba, 0), 0);
    ck_assert_int_eq(krt_bytearray_pop(ba, -1), 200);
    ck_assert_int_eq(krt_bytearray_len(ba), 100);
    ck_assert_int_eq(krt_bytearray_pop(ba, -100), 0);
    ck_assert_int_eq(krt_bytearray_pop(ba, -99), 0);
    ck_assert_int_eq(krt_bytearray_pop(ba, 300), -1);
    rt_expect_exc(KRT_T_INDEX_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "pop index out of range");
    ck_assert(krt_bytearray_extend(ba, ba->data, ba->len)); /* ba += ba */
    ck_assert_int_eq(krt_bytearray_len(ba), 196);
    ck_assert_int_eq(krt_bytearray_getitem(ba, 98), 1); /* [1..98, 1..98] */
    ck_assert_int_eq(krt_bytearray_getitem(ba, 97), 98);
    KrtBytes view = krt_bytearray_view(ba);
    KrtBytes *needle = krt_bytes_new("\x05\x06", 2);
    ck_assert_int_eq(krt_bytes_find(&view, needle, 0, KRT_INT_MAX), 4);
    KrtBytes *copy = krt_bytearray_to_bytes(ba);
    ck_assert(krt_bytes_eq(copy, &view));
    KrtByteArray *empty = krt_bytearray_new(NULL, 0);
    ck_assert_int_eq(krt_bytearray_pop(empty, -1), -1);
    rt_expect_exc(KRT_T_INDEX_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "pop from empty bytearray");
    KrtList *arrays = krt_list_new(&krt_elem_bytearray, 0);
    ck_assert(krt_list_append(arrays, &ba));
    ck_assert(krt_list_append(arrays, &empty));
    ck_assert(krt_list_sort(arrays, false));
    rt_decref(arrays);
    rt_decref(empty);
    rt_decref(copy);
    rt_decref(needle);
    rt_decref(ba);
    rt_decref(z);
    rt_decref(b);
    rt_decref(l);
}
END_TEST

START_TEST(test_memory_error_leaves_bytearray_unchanged) {
    KrtByteArray *ba = krt_bytearray_new("12345678", 8);
    ck_assert_uint_eq(ba->cap, 8);
    unsigned char *data = ba->data;
    uint32_t live = rt_live_blocks();
    krt_heap_fail_at(1);
    ck_assert(!krt_bytearray_append(ba, 57));
    krt_heap_fail_at(0);
    ck_assert(krt_exc_matches(KRT_T_MEMORY_ERROR));
    rt_decref(krt_exc_fetch());
    ck_assert_ptr_eq(ba->data, data);
    ck_assert_uint_eq(ba->len, 8);
    ck_assert_uint_eq(rt_live_blocks(), live);
    krt_heap_fail_at(1);
    ck_assert(!krt_bytearray_extend(ba, "abc", 3));
    krt_heap_fail_at(0);
    rt_decref(krt_exc_fetch());
    ck_assert_uint_eq(ba->len, 8);
    /* constructors: every allocation failing in turn leaks nothing */
    KrtStr *text = rt_str("héllo wörld");
    KrtStr *utf8 = rt_str("utf-8"), *latin = rt_str("latin-1");
    for (uint32_t n = 1; n < 4; n++) {
        krt_heap_fail_at(n);
        KrtBytes *b = krt_str_encode(text, latin);
        KrtStr *back = b ? krt_bytes_decode(b, utf8) : NULL; /* not utf-8: fails either way */
        krt_heap_fail_at(0);
        if (krt_failed()) rt_decref(krt_exc_fetch());
        if (back) rt_decref(back);
        if (b) rt_decref(b);
        ck_assert_uint_eq(rt_live_blocks(), live + 3);
    }
    rt_decref(text);
    rt_decref(utf8);
    rt_decref(latin);
    rt_decref(ba);
}
END_TEST

static Suite *runtime_bytes_suite(void) {
    Suite *s = suite_create("runtime_bytes");
    TCase *tc = tcase_create("bytes");
    tcase_add_checked_fixture(tc, rt_setup, rt_teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_repr_and_hex_like_cpython);
    tcase_add_test(tc, test_fromhex_like_cpython);
    tcase_add_test(tc, test_decode_like_cpython);
    tcase_add_test(tc, test_encode_like_cpython);
    tcase_add_test(tc, test_search_like_cpython);
    tcase_add_test(tc, test_slices_and_operators_like_cpython);
    tcase_add_test(tc, test_constants_keys_and_elements);
    tcase_add_test(tc, test_lists_and_bytearray_mutation);
    tcase_add_test(tc, test_memory_error_leaves_bytearray_unchanged);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(runtime_bytes_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
