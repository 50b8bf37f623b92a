/* test_runtime_core.c — objects, the heap, exceptions and output of the
 * runtime.
 *
 * Pins down: counts and release (a list of str releases each str; deep
 * structures release without deep recursion), immortal constants (in
 * rodata: a single write would crash the test), saturation, the type table
 * and subclass matching, MemoryError from the allocation-failure hook with
 * nothing leaked and nothing changed, krt_raise_fmt against the C library's
 * printf, and the uncaught-exception report against CPython's own output for
 * the same program (run as app.py under /usr/bin/python3 -S).
 * Every test ends with no live heap block (runtime_testlib.h).
 */
#define _POSIX_C_SOURCE 200809L

#include "runtime_testlib.h"

static const KrtElemDesc elem_obj = {sizeof(KrtObject *), KRT_ELEM_REF, NULL, NULL, NULL, NULL, NULL};

/* ---- types -------------------------------------------------------------- */

START_TEST(test_type_table) {
    ck_assert_str_eq(krt_type(KRT_T_STR)->name, "str");
    ck_assert_str_eq(krt_type(KRT_T_BOX)->name, "tuple");
    ck_assert_str_eq(krt_type(KRT_T_TIMEOUT_ERROR)->name, "TimeoutError");
    for (uint16_t id = 0; id < KRT_T__FIRST_USER; id++) {
        bool exc = krt_type_is_subtype(id, KRT_T_BASE_EXCEPTION);
        ck_assert_msg(((krt_type(id)->flags & KRT_TYPE_EXCEPTION) != 0) == exc, "flags of %s",
                      krt_type(id)->name);
        ck_assert(krt_type_is_subtype(id, KRT_T_OBJECT));
        if (exc) ck_assert_uint_eq(krt_type(id)->size, sizeof(KrtExc));
    }
    ck_assert(krt_type_is_subtype(KRT_T_INDEX_ERROR, KRT_T_LOOKUP_ERROR));
    ck_assert(krt_type_is_subtype(KRT_T_INDEX_ERROR, KRT_T_EXCEPTION));
    ck_assert(!krt_type_is_subtype(KRT_T_INDEX_ERROR, KRT_T_VALUE_ERROR));
    ck_assert(!krt_type_is_subtype(KRT_T_LOOKUP_ERROR, KRT_T_INDEX_ERROR));
    ck_assert(krt_type_is_subtype(KRT_T_UNICODE_DECODE_ERROR, KRT_T_VALUE_ERROR));
    ck_assert(!krt_type_is_subtype(KRT_T_SYSTEM_EXIT, KRT_T_EXCEPTION));
    ck_assert(krt_type_is_subtype(KRT_T_SYSTEM_EXIT, KRT_T_BASE_EXCEPTION));
}
END_TEST

/* ---- counts --------------------------------------------------------------- */

START_TEST(test_refcount_release) {
    KrtStr *s = rt_str("héllo, heap");
    ck_assert_uint_eq(s->h.rc, 1);
    ck_assert_uint_eq(s->h.type, KRT_T_STR);
    ck_assert_uint_eq(rt_live_blocks(), 1);
    krt_incref(&s->h);
    ck_assert_uint_eq(s->h.rc, 2);
    krt_decref(&s->h);
    ck_assert_uint_eq(rt_live_blocks(), 1);
    krt_decref(&s->h);
    ck_assert_uint_eq(rt_live_blocks(), 0);
    krt_xdecref(NULL);
}
END_TEST

START_TEST(test_list_of_str_drop_releases_each) {
    KrtList *l = krt_list_new(&krt_elem_str, 0);
    KrtStr *items[3] = {rt_str("one and more"), rt_str("two and more"), rt_str("three and more")};
    for (int i = 0; i < 3; i++) {
        ck_assert(krt_list_append(l, &items[i]));
        ck_assert_uint_eq(items[i]->h.rc, 2);
    }
    ck_assert_uint_eq(rt_live_blocks(), 5); /* list, its array, 3 strs */
    for (int i = 0; i < 3; i++) krt_decref(&items[i]->h);
    ck_assert_uint_eq(rt_live_blocks(), 5);
    krt_decref(&l->h);
    ck_assert_uint_eq(rt_live_blocks(), 0);
}
END_TEST

/* In rodata: the process dies if anything writes it. */
static const KrtStr const_text = KRT_STR_CONST("constant", 8, 8);

START_TEST(test_immortal_constants_untouched) {
    KrtStr *k = (KrtStr *)&const_text;
    for (int i = 0; i < 100000; i++) krt_incref(&k->h);
    for (int i = 0; i < 200000; i++) krt_decref(&k->h);
    ck_assert_uint_eq(k->h.rc, KRT_RC_IMMORTAL);
    KrtList *l = krt_list_new(&krt_elem_str, 0);
    for (int i = 0; i < 10; i++) ck_assert(krt_list_append(l, &k));
    krt_decref(&l->h);
    KrtStr *same = krt_str_concat(k, krt_str_empty());
    ck_assert_ptr_eq(same, k);
    krt_decref(&same->h);
    KrtStr *c = krt_str_getitem(k, 0); /* an immortal one-character str */
    ck_assert_uint_eq(c->h.rc, KRT_RC_IMMORTAL);
    krt_decref(&c->h);
    ck_assert_uint_eq(krt_str_empty()->h.rc, KRT_RC_IMMORTAL);
    ck_assert_uint_eq(rt_live_blocks(), 0);
}
END_TEST

START_TEST(test_count_saturates_to_immortal) {
    KrtStr *s = rt_str("popular string");
    for (uint32_t i = 0; i < 70000; i++) krt_incref(&s->h);
    ck_assert_uint_eq(s->h.rc, KRT_RC_IMMORTAL);
    for (uint32_t i = 0; i < 100000; i++) krt_decref(&s->h);
    ck_assert_uint_eq(s->h.rc, KRT_RC_IMMORTAL);
    ck_assert_uint_eq(rt_live_blocks(), 1); /* leaked by design: free it here */
    krt_free(s, sizeof(KrtStr) + s->len + 1);
}
END_TEST

/* A chain of nested lists deeper than any C stack could recurse through. */
START_TEST(test_deep_structure_release) {
    enum { DEPTH = 200000 };
    KrtList *outer = krt_list_new(&elem_obj, 1);
    KrtList *cur = outer;
    for (int i = 0; i < DEPTH; i++) {
        KrtList *inner = krt_list_new(&elem_obj, 1);
        ck_assert_ptr_nonnull(inner);
        ck_assert(krt_list_append(cur, &inner));
        krt_decref(&inner->h);
        cur = inner;
    }
    krt_decref(&outer->h);
    ck_assert_uint_eq(rt_live_blocks(), 0);
}
END_TEST

/* Wide at the depth limit: the release queue spills to the heap and back. */
START_TEST(test_wide_deep_structure_release) {
    KrtList *root = krt_list_new(&elem_obj, 0);
    KrtList *cur = root;
    for (int i = 0; i < 12; i++) { /* past the release depth */
        KrtList *inner = krt_list_new(&elem_obj, 0);
        ck_assert(krt_list_append(cur, &inner));
        krt_decref(&inner->h);
        cur = inner;
    }
    for (int w = 0; w < 300; w++) {
        KrtList *chain = krt_list_new(&elem_obj, 0);
        ck_assert(krt_list_append(cur, &chain));
        KrtList *c = chain;
        krt_decref(&chain->h);
        for (int d = 0; d < 500; d++) {
            KrtList *next = krt_list_new(&elem_obj, 0);
            ck_assert(krt_list_append(c, &next));
            krt_decref(&next->h);
            c = next;
        }
        KrtStr *leaf = rt_str("a leaf string");
        KrtList *strs = krt_list_new(&krt_elem_str, 0);
        ck_assert(krt_list_append(strs, &leaf));
        ck_assert(krt_list_append(c, &strs));
        krt_decref(&strs->h);
        krt_decref(&leaf->h);
    }
    krt_decref(&root->h);
    ck_assert_uint_eq(rt_live_blocks(), 0);
}
END_TEST

/* ---- heap ------------------------------------------------------------------ */

START_TEST(test_heap_stats) {
    KrtHeapStats a, b;
    krt_heap_stats(&a);
    ck_assert_uint_eq(a.arena_size, 0);
    void *p = krt_alloc(100);
    void *q = krt_alloc(28);
    ck_assert_ptr_nonnull(p);
    krt_heap_stats(&b);
    ck_assert_uint_eq(b.in_use, a.in_use + 128);
    ck_assert_uint_eq(b.live_blocks, a.live_blocks + 2);
    ck_assert_uint_eq(b.allocations, a.allocations + 2);
    ck_assert_uint_ge(b.peak, b.in_use);
    p = krt_realloc(p, 100, 1000);
    ck_assert_ptr_nonnull(p);
    memset(p, 1, 1000);
    krt_heap_stats(&b);
    ck_assert_uint_eq(b.in_use, a.in_use + 1028);
    krt_free(p, 1000);
    krt_free(q, 28);
    krt_heap_stats(&b);
    ck_assert_uint_eq(b.in_use, a.in_use);
    ck_assert_uint_ge(b.peak, a.in_use + 1028);
    ck_assert_uint_eq(b.live_blocks, a.live_blocks);
    KrtObject *o = krt_alloc_object(sizeof(KrtObject), KRT_T_OBJECT);
    ck_assert_uint_eq(o->rc, 1);
    ck_assert_uint_eq(o->type, KRT_T_OBJECT);
    krt_decref(o); /* object instances are freed by type size */
}
END_TEST

START_TEST(test_alloc_failure_hook) {
    krt_heap_fail_at(2);
    void *p = krt_alloc(16);
    ck_assert_ptr_nonnull(p);
    ck_assert_ptr_null(krt_exc_pending);
    void *q = krt_alloc(16);
    ck_assert_ptr_null(q);
    ck_assert(krt_exc_matches(KRT_T_MEMORY_ERROR));
    ck_assert(krt_exc_matches(KRT_T_EXCEPTION));
    KrtExc *e = krt_exc_fetch();
    ck_assert_uint_eq(e->h.rc, KRT_RC_IMMORTAL); /* the preallocated one */
    ck_assert_ptr_null(e->msg);
    krt_decref(&e->h);
    q = krt_alloc(16); /* the hook fires once */
    ck_assert_ptr_nonnull(q);
    krt_free(p, 16);
    krt_free(q, 16);
}
END_TEST

START_TEST(test_memory_error_in_str_concat) {
    KrtStr *a = rt_str("left half, ");
    KrtStr *b = rt_str("right half");
    uint32_t live = rt_live_blocks();
    krt_heap_fail_at(1);
    ck_assert_ptr_null(krt_str_concat(a, b));
    char msg[64];
    rt_expect_exc(KRT_T_MEMORY_ERROR, msg, sizeof msg);
    ck_assert_str_eq(msg, "");
    ck_assert_uint_eq(rt_live_blocks(), live);
    ck_assert_uint_eq(a->h.rc, 1);
    ck_assert_uint_eq(b->h.rc, 1);
    KrtStr *c = krt_str_concat(a, b);
    ck_assert_str_eq(c->data, "left half, right half");
    rt_decref(a);
    rt_decref(b);
    rt_decref(c);
}
END_TEST

START_TEST(test_memory_error_in_list_append) {
    KrtList *l = krt_list_new(&krt_elem_str, 2);
    KrtStr *x = rt_str("element x");
    ck_assert(krt_list_append(l, &x));
    ck_assert(krt_list_append(l, &x));
    unsigned char *items = l->items;
    uint32_t live = rt_live_blocks();
    krt_heap_fail_at(1);
    ck_assert(!krt_list_append(l, &x));
    char msg[8];
    rt_expect_exc(KRT_T_MEMORY_ERROR, msg, sizeof msg);
    ck_assert_uint_eq(l->len, 2);
    ck_assert_uint_eq(l->cap, 2);
    ck_assert_ptr_eq(l->items, items);
    ck_assert_uint_eq(x->h.rc, 3);
    ck_assert_uint_eq(rt_live_blocks(), live);
    ck_assert(krt_list_append(l, &x));
    ck_assert_uint_eq(l->len, 3);
    ck_assert_uint_eq(x->h.rc, 4);
    rt_decref(l);
    ck_assert_uint_eq(x->h.rc, 1);
    rt_decref(x);
}
END_TEST

START_TEST(test_memory_error_while_raising) {
    for (uint32_t n = 1; n <= 2; n++) { /* the message str, then the instance */
        krt_heap_fail_at(n);
        krt_raise_msg(KRT_T_VALUE_ERROR, "bad reading");
        char msg[8];
        rt_expect_exc(KRT_T_MEMORY_ERROR, msg, sizeof msg);
        ck_assert_uint_eq(rt_live_blocks(), 0);
    }
    krt_heap_fail_at(1);
    krt_raise_fmt(KRT_T_VALUE_ERROR, "value %d", 3);
    char msg[8];
    rt_expect_exc(KRT_T_MEMORY_ERROR, msg, sizeof msg);
}
END_TEST

/* ---- exceptions --------------------------------------------------------------- */

START_TEST(test_raise_and_match_by_subclass) {
    ck_assert(!krt_exc_matches(KRT_T_EXCEPTION));
    krt_raise_msg(KRT_T_INDEX_ERROR, "list index out of range");
    ck_assert(krt_failed());
    ck_assert(krt_exc_matches(KRT_T_INDEX_ERROR));
    ck_assert(krt_exc_matches(KRT_T_LOOKUP_ERROR));
    ck_assert(krt_exc_matches(KRT_T_EXCEPTION));
    ck_assert(krt_exc_matches(KRT_T_BASE_EXCEPTION));
    ck_assert(!krt_exc_matches(KRT_T_VALUE_ERROR));
    ck_assert(!krt_exc_matches(KRT_T_KEY_ERROR));
    KrtExc *e = krt_exc_fetch();
    ck_assert(!krt_failed());
    ck_assert_ptr_null(krt_exc_fetch());
    ck_assert_uint_eq(e->h.type, KRT_T_INDEX_ERROR);
    ck_assert_str_eq(e->msg->data, "list index out of range");
    krt_decref(&e->h);

    KrtStr *m = rt_str("custom");
    KrtExc *v = krt_exc_new(KRT_T_VALUE_ERROR, m);
    ck_assert_uint_eq(m->h.rc, 2);
    krt_raise(v);
    ck_assert(krt_exc_matches(KRT_T_VALUE_ERROR));
    rt_decref(krt_exc_fetch());
    ck_assert_uint_eq(m->h.rc, 1);
    rt_decref(m);

    krt_raise_zero_division(NULL);
    char msg[64];
    rt_expect_exc(KRT_T_ARITHMETIC_ERROR, msg, sizeof msg);
    ck_assert_str_eq(msg, "division by zero");
    krt_raise_overflow();
    rt_expect_exc(KRT_T_OVERFLOW_ERROR, msg, sizeof msg);
    ck_assert_str_eq(msg, "integer overflow: result does not fit in int64");
}
END_TEST

START_TEST(test_raise_fmt_matches_printf) {
    char want[256], msg[256];
#define FMT_CASE(...)                                                  \
    do {                                                               \
        snprintf(want, sizeof want, __VA_ARGS__);                      \
        krt_raise_fmt(KRT_T_RUNTIME_ERROR, __VA_ARGS__);               \
        rt_expect_exc(KRT_T_RUNTIME_ERROR, msg, sizeof msg);           \
        ck_assert_str_eq(msg, want);                                   \
    } while (0)
    FMT_CASE("plain text");
    FMT_CASE("%d|%i|%5d|%-5d|%05d|%d", 42, -7, 3, 3, -42, INT32_MIN);
    FMT_CASE("%u %x %X %08x %lu %lld %llu", 4000000000u, 0xbeefu, 0xbeefu, 0x1fu, 123456789ul,
             (long long)INT64_MIN, (unsigned long long)UINT64_MAX);
    FMT_CASE("%zu %jd %td", (size_t)77, (intmax_t)-5, (ptrdiff_t)-9);
    FMT_CASE("[%s] [%10s] [%-10s] [%.3s] [%.*s] [%*d]", "abc", "right", "left", "truncate", 2, "xyz", 6, 12);
    FMT_CASE("%c%c%c 100%%", 'a', 'b', 'c');
    FMT_CASE("%hd %hhu", (short)-3, (unsigned char)200);
    FMT_CASE("utf-8 passes: %s", "héllo 日本");
#undef FMT_CASE
    krt_raise_fmt(KRT_T_RUNTIME_ERROR, "%s", "日本");
    KrtExc *e = krt_exc_fetch();
    ck_assert_uint_eq(e->msg->nchars, 2);
    rt_decref(e);
}
END_TEST

/* ---- the uncaught report vs CPython ---------------------------------------------- */

/* CPython's stderr for `python3 -S app.py` with `source` as app.py. */
static char *cpython_stderr(const char *source, int *status) {
    char dir[] = "/tmp/krt_tb_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[128], cmd[512];
    snprintf(path, sizeof path, "%s/app.py", dir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(source, f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "cd %s && %s -S app.py 2>&1 >/dev/null; echo \"status=$?\"", dir, KRAIT_PYTHON3);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    static char buf[RT_CAPTURE_MAX];
    size_t n = fread(buf, 1, sizeof buf - 1, p);
    buf[n] = '\0';
    pclose(p);
    remove(path);
    rmdir(dir);
    char *st = strstr(buf, "status=");
    ck_assert_ptr_nonnull(st);
    *status = atoi(st + 7);
    *st = '\0';
    /* CPython names the script by its absolute path and quotes source lines
     * (indented by four): krait has neither on a target */
    static char clean[RT_CAPTURE_MAX];
    size_t out = 0, dirlen = strlen(dir);
    for (char *line = buf; *line;) {
        char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line + 1) : strlen(line);
        if (strncmp(line, "    ", 4) != 0) {
            for (size_t i = 0; i < len; i++) {
                if (strncmp(line + i, dir, dirlen) == 0 && line[i + dirlen] == '/') i += dirlen + 1;
                clean[out++] = line[i];
            }
        }
        line += len;
    }
    clean[out] = '\0';
    return clean;
}

static const KrtFuncInfo fn_module = {"<module>", "app.py"};
static const KrtFuncInfo fn_read = {"read_sensor", "app.py"};
static const KrtFuncInfo fn_f = {"f", "app.py"};
static const KrtFuncInfo fn_r = {"r", "app.py"};
static const KrtFuncInfo fn_g = {"g", "app.py"};

static void expect_report_like_cpython(const char *source, int status_got) {
    int status_want;
    const char *want = cpython_stderr(source, &status_want);
    ck_assert_str_eq(rt_err_captured.text, want);
    ck_assert_int_eq(status_got, status_want);
}

START_TEST(test_report_simple) {
    rt_capture_start();
    krt_out_cstr("before\n");
    krt_raise_msg(KRT_T_VALUE_ERROR, "bad reading");
    krt_traceback_add(&fn_read, 2);
    krt_traceback_add(&fn_module, 3);
    int status = krt_exc_report_uncaught();
    ck_assert_str_eq(rt_out_captured.text, "before\n"); /* flushed first */
    ck_assert_ptr_null(krt_exc_pending);
    ck_assert_str_eq(rt_err_captured.text, "Traceback (most recent call last):\n"
                                            "  File \"app.py\", line 3, in <module>\n"
                                            "  File \"app.py\", line 2, in read_sensor\n"
                                            "ValueError: bad reading\n");
    expect_report_like_cpython("def read_sensor():\n    raise ValueError('bad reading')\nread_sensor()\n", status);
}
END_TEST

START_TEST(test_report_without_message) {
    rt_capture_start();
    krt_raise_msg(KRT_T_VALUE_ERROR, NULL);
    krt_traceback_add(&fn_module, 1);
    expect_report_like_cpython("raise ValueError\n", krt_exc_report_uncaught());
    rt_capture_start();
    krt_raise_msg(KRT_T_VALUE_ERROR, "");
    krt_traceback_add(&fn_module, 1);
    expect_report_like_cpython("raise ValueError('')\n", krt_exc_report_uncaught());
    rt_capture_start();
    krt_raise_msg(KRT_T_KEY_ERROR, "'x'"); /* the compiler passes repr(key) */
    krt_traceback_add(&fn_module, 1);
    expect_report_like_cpython("raise KeyError('x')\n", krt_exc_report_uncaught());
}
END_TEST

START_TEST(test_report_runaway_recursion) {
    rt_capture_start();
    krt_raise_msg(KRT_T_RECURSION_ERROR, "maximum recursion depth exceeded");
    for (int i = 0; i < 999; i++) krt_traceback_add(&fn_r, 2);
    krt_traceback_add(&fn_module, 3);
    expect_report_like_cpython("def r(n):\n    return r(n + 1)\nr(0)\n", krt_exc_report_uncaught());
}
END_TEST

START_TEST(test_report_repeats_below_cutoff) {
    rt_capture_start();
    krt_raise_msg(KRT_T_VALUE_ERROR, "deep");
    krt_traceback_add(&fn_r, 3);
    for (int i = 0; i < 4; i++) krt_traceback_add(&fn_r, 4);
    krt_traceback_add(&fn_module, 5);
    expect_report_like_cpython("def r(n):\n    if n == 0:\n        raise ValueError('deep')\n"
                               "    r(n - 1)\nr(4)\n",
                               krt_exc_report_uncaught());
}
END_TEST

START_TEST(test_report_lost_frames_marked) {
    /* mutual recursion past the store: the frames between cannot be guessed */
    rt_capture_start();
    krt_raise_msg(KRT_T_RECURSION_ERROR, "x");
    for (int i = 0; i < 100; i++) krt_traceback_add(i % 2 ? &fn_g : &fn_f, 7);
    krt_traceback_add(&fn_module, 9);
    ck_assert_int_eq(krt_exc_report_uncaught(), 1);
    ck_assert_ptr_nonnull(strstr(rt_err_captured.text, "  File \"app.py\", line 9, in <module>\n"
                                                       "  [68 more frames not recorded]\n"));
}
END_TEST

START_TEST(test_report_context_chain) {
    rt_capture_start();
    krt_raise_msg(KRT_T_VALUE_ERROR, "x");
    krt_traceback_add(&fn_f, 2);
    krt_traceback_add(&fn_module, 4);
    KrtExc *e = krt_exc_fetch(); /* except ValueError: */
    KrtExc *prev = krt_exc_begin_handling(e);
    krt_raise_msg(KRT_T_KEY_ERROR, "1");
    krt_traceback_add(&fn_module, 6);
    krt_exc_end_handling(prev);
    rt_decref(e);
    expect_report_like_cpython("def f():\n  raise ValueError('x')\ntry:\n  f()\nexcept ValueError:\n"
                               "  raise KeyError(1)\n",
                               krt_exc_report_uncaught());
}
END_TEST

START_TEST(test_report_cause_chain) {
    rt_capture_start();
    krt_raise_msg(KRT_T_VALUE_ERROR, "x");
    krt_traceback_add(&fn_f, 2);
    krt_traceback_add(&fn_module, 4);
    KrtExc *e = krt_exc_fetch();
    KrtExc *prev = krt_exc_begin_handling(e);
    krt_raise_from(krt_exc_new_cstr(KRT_T_KEY_ERROR, "1", 1), e);
    krt_traceback_add(&fn_module, 6);
    krt_exc_end_handling(prev);
    rt_decref(e);
    expect_report_like_cpython("def f():\n  raise ValueError('x')\ntry:\n  f()\nexcept ValueError as e:\n"
                               "  raise KeyError(1) from e\n",
                               krt_exc_report_uncaught());
    /* from None: no chain */
    rt_capture_start();
    krt_raise_msg(KRT_T_VALUE_ERROR, "x");
    krt_traceback_add(&fn_module, 2);
    e = krt_exc_fetch();
    prev = krt_exc_begin_handling(e);
    krt_raise_from(krt_exc_new_cstr(KRT_T_KEY_ERROR, "1", 1), NULL);
    krt_traceback_add(&fn_module, 4);
    krt_exc_end_handling(prev);
    rt_decref(e);
    expect_report_like_cpython("try:\n  raise ValueError('x')\nexcept ValueError:\n  raise KeyError(1) from None\n",
                               krt_exc_report_uncaught());
}
END_TEST

START_TEST(test_reraise_keeps_frames) {
    rt_capture_start();
    krt_raise_msg(KRT_T_VALUE_ERROR, "x");
    krt_traceback_add(&fn_f, 2);
    krt_traceback_add(&fn_module, 4);
    KrtExc *e = krt_exc_fetch();
    KrtExc *prev = krt_exc_begin_handling(e);
    krt_reraise();
    krt_exc_end_handling(prev);
    rt_decref(e);
    ck_assert_uint_eq(krt_exc_pending->h.rc, 1);
    expect_report_like_cpython("def f():\n  raise ValueError('x')\ntry:\n  f()\nexcept ValueError:\n  raise\n",
                               krt_exc_report_uncaught());
    krt_reraise(); /* outside any handler */
    char msg[64];
    rt_expect_exc(KRT_T_RUNTIME_ERROR, msg, sizeof msg);
    ck_assert_str_eq(msg, "No active exception to reraise");
}
END_TEST

START_TEST(test_context_never_cycles) {
    KrtExc *a = krt_exc_new_cstr(KRT_T_VALUE_ERROR, "a", 1);
    KrtExc *b = krt_exc_new_cstr(KRT_T_VALUE_ERROR, "b", 1);
    KrtExc *prev = krt_exc_begin_handling(a);
    krt_incref(&b->h);
    krt_raise(b); /* b.__context__ = a */
    ck_assert_ptr_eq(b->context, a);
    rt_decref(krt_exc_fetch());
    krt_exc_end_handling(prev);
    prev = krt_exc_begin_handling(b);
    krt_incref(&a->h);
    krt_raise(a); /* a.__context__ = b would close a cycle: b's link is cut */
    ck_assert_ptr_eq(a->context, b);
    ck_assert_ptr_null(b->context);
    rt_decref(krt_exc_fetch());
    krt_exc_end_handling(prev);
    /* `except E as a: raise a` keeps a's context */
    prev = krt_exc_begin_handling(a);
    krt_incref(&a->h);
    krt_raise(a);
    ck_assert_ptr_eq(a->context, b);
    rt_decref(krt_exc_fetch());
    krt_exc_end_handling(prev);
    /* raise x from x would be a cycle: no cause */
    krt_incref(&b->h);
    krt_raise_from(b, b);
    ck_assert_ptr_null(b->cause);
    rt_decref(krt_exc_fetch());
    rt_decref(a);
    rt_decref(b);
}
END_TEST

START_TEST(test_system_exit) {
    rt_capture_start();
    KrtExc *e = krt_exc_new(KRT_T_SYSTEM_EXIT, NULL);
    e->code = 3;
    krt_raise(e);
    krt_traceback_add(&fn_module, 2);
    expect_report_like_cpython("import sys\nsys.exit(3)\n", krt_exc_report_uncaught());
    rt_capture_start();
    krt_raise_msg(KRT_T_SYSTEM_EXIT, "bye");
    krt_traceback_add(&fn_module, 2);
    expect_report_like_cpython("import sys\nsys.exit('bye')\n", krt_exc_report_uncaught());
    ck_assert_int_eq(krt_exc_report_uncaught(), 0); /* nothing pending */
}
END_TEST

/* ---- output ------------------------------------------------------------------------ */

START_TEST(test_output_buffered_then_flushed) {
    rt_capture_start();
    krt_out_cstr("x = ");
    krt_out_int(42);
    krt_out_write(" ", 1);
    krt_out_int(INT64_MIN);
    krt_out_write(" ", 1);
    krt_out_bool(true);
    krt_out_write(" ", 1);
    krt_out_bool(false);
    krt_out_write(" ", 1);
    KrtStr *s = rt_str("héllo");
    krt_out_str(s);
    rt_decref(s);
    krt_out_write(" ", 1);
    krt_out_float(0.1);
    krt_out_write(" ", 1);
    krt_out_float(1e100);
    krt_out_write(" ", 1);
    krt_out_float(-0.0);
    krt_out_cstr("\n");
    ck_assert_uint_eq(rt_out_captured.len, 0); /* still buffered on the host */
    krt_out_flush();
    ck_assert_str_eq(rt_out_captured.text, "x = 42 -9223372036854775808 True False héllo 0.1 1e+100 -0.0\n");
    static char big[5000];
    memset(big, 'z', sizeof big);
    krt_out_write(big, sizeof big); /* larger than the buffer: passed on whole */
    ck_assert_uint_eq(rt_out_captured.len, 62 + sizeof big);
    ck_assert_uint_eq(krt_fini(), 0);
}
END_TEST

START_TEST(test_slice_adjust_like_cpython) {
    /* a few of CPython's PySlice_AdjustIndices results; str and list tests
     * compare thousands more through the sequences */
    KrtSlice s = {0, 0, 0, false, false, false};
    ck_assert_int_eq(krt_slice_adjust(&s, 10), 10);
    ck_assert_int_eq(s.start, 0);
    ck_assert_int_eq(s.stop, 10);
    KrtSlice r = {0, 0, -1, false, false, true};
    ck_assert_int_eq(krt_slice_adjust(&r, 10), 10);
    ck_assert_int_eq(r.start, 9);
    ck_assert_int_eq(r.stop, -1);
    KrtSlice big = {KRT_INT_MIN, KRT_INT_MAX, KRT_INT_MIN, true, true, true};
    ck_assert_int_eq(krt_slice_adjust(&big, 5), 0);
    KrtSlice huge = {KRT_INT_MAX, KRT_INT_MIN, KRT_INT_MIN, true, true, true};
    ck_assert_int_eq(krt_slice_adjust(&huge, 5), 1);
    ck_assert_int_eq(huge.step, -KRT_INT_MAX);
    KrtSlice zero = {0, 0, 0, false, false, true};
    ck_assert_int_eq(krt_slice_adjust(&zero, 5), -1);
    char msg[64];
    rt_expect_exc(KRT_T_VALUE_ERROR, msg, sizeof msg);
    ck_assert_str_eq(msg, "slice step cannot be zero");
}
END_TEST

static Suite *runtime_core_suite(void) {
    Suite *s = suite_create("runtime_core");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, rt_setup, rt_teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_type_table);
    tcase_add_test(tc, test_refcount_release);
    tcase_add_test(tc, test_list_of_str_drop_releases_each);
    tcase_add_test(tc, test_immortal_constants_untouched);
    tcase_add_test(tc, test_count_saturates_to_immortal);
    tcase_add_test(tc, test_deep_structure_release);
    tcase_add_test(tc, test_wide_deep_structure_release);
    tcase_add_test(tc, test_heap_stats);
    tcase_add_test(tc, test_alloc_failure_hook);
    tcase_add_test(tc, test_memory_error_in_str_concat);
    tcase_add_test(tc, test_memory_error_in_list_append);
    tcase_add_test(tc, test_memory_error_while_raising);
    tcase_add_test(tc, test_raise_and_match_by_subclass);
    tcase_add_test(tc, test_raise_fmt_matches_printf);
    tcase_add_test(tc, test_report_simple);
    tcase_add_test(tc, test_report_without_message);
    tcase_add_test(tc, test_report_runaway_recursion);
    tcase_add_test(tc, test_report_repeats_below_cutoff);
    tcase_add_test(tc, test_report_lost_frames_marked);
    tcase_add_test(tc, test_report_context_chain);
    tcase_add_test(tc, test_report_cause_chain);
    tcase_add_test(tc, test_reraise_keeps_frames);
    tcase_add_test(tc, test_context_never_cycles);
    tcase_add_test(tc, test_system_exit);
    tcase_add_test(tc, test_output_buffered_then_flushed);
    tcase_add_test(tc, test_slice_adjust_like_cpython);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(runtime_core_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
