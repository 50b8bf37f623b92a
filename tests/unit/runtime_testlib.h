/* runtime_testlib.h — what the runtime's unit tests share.
 *
 *  - The program type table every program defines (empty here).
 *  - A checked fixture: each test starts and must end with no live heap
 *    block and no pending exception — a refcount leak fails the test that
 *    caused it.
 *  - Capture of program output and runtime diagnostics (the out.c sinks).
 *  - The CPython oracle: rt_py_run() runs /usr/bin/python3 -S on a script
 *    whose list S holds the test's input strings (passed as hex UTF-8, so
 *    any text survives quoting) and returns its output lines, which the
 *    tests compare with what the runtime computes for the same inputs.
 *
 * Everything is static inline so each test file takes only what it uses.
 */
#ifndef KRAIT_RUNTIME_TESTLIB_H
#define KRAIT_RUNTIME_TESTLIB_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "krt_internal.h"

#ifndef KRAIT_PYTHON3
#define KRAIT_PYTHON3 "/usr/bin/python3"
#endif

#ifndef RT_OWN_PROGRAM_TYPES /* a test with classes of its own defines them */
const KrtType *const krt_program_types[] = {NULL};
const uint16_t krt_program_type_count = 0;
#endif

/* ---- leak fixture --------------------------------------------------------- */

static inline uint32_t rt_live_blocks(void) {
    KrtHeapStats st;
    krt_heap_stats(&st);
    return st.live_blocks;
}

static inline void rt_setup(void) {
    krt_init();
    krt_heap_fail_at(0);
    ck_assert_uint_eq(rt_live_blocks(), 0);
}

static inline void rt_teardown(void) {
    krt_heap_fail_at(0);
    if (krt_exc_pending) {
        const char *name = krt_type(krt_exc_pending->h.type)->name;
        krt_exc_reset();
        ck_abort_msg("exception left pending: %s", name);
    }
    krt_out_set_sink(NULL);
    krt_err_set_sink(NULL);
    ck_assert_uint_eq(rt_live_blocks(), 0);
}

/* ---- output capture --------------------------------------------------------- */

#define RT_CAPTURE_MAX 65536

typedef struct RtCapture {
    char text[RT_CAPTURE_MAX];
    size_t len;
} RtCapture;

static RtCapture rt_out_captured, rt_err_captured;

static inline void rt_capture_add(RtCapture *c, const char *data, size_t len) {
    ck_assert_uint_lt(c->len + len, RT_CAPTURE_MAX);
    memcpy(c->text + c->len, data, len);
    c->len += len;
    c->text[c->len] = '\0';
}

static inline void rt_out_sink(const char *data, size_t len) {
    rt_capture_add(&rt_out_captured, data, len);
}

static inline void rt_err_sink(const char *data, size_t len) {
    rt_capture_add(&rt_err_captured, data, len);
}

static inline void rt_capture_start(void) {
    rt_out_captured.len = rt_err_captured.len = 0;
    rt_out_captured.text[0] = rt_err_captured.text[0] = '\0';
    krt_out_set_sink(rt_out_sink);
    krt_err_set_sink(rt_err_sink);
}

/* ---- small helpers ----------------------------------------------------------- */

static inline KrtStr *rt_str(const char *utf8) {
    KrtStr *s = krt_str_new(utf8, strlen(utf8));
    ck_assert_ptr_nonnull(s);
    return s;
}

static inline void rt_decref(void *o) {
    krt_decref((KrtObject *)o);
}

/* Takes the pending exception, checks its class, and returns its message
 * in buf (empty when it has none). */
static inline void rt_expect_exc(uint16_t type, char *buf, size_t cap) {
    ck_assert_msg(krt_exc_pending != NULL, "no exception pending");
    ck_assert_msg(krt_exc_matches(type), "pending %s, expected %s", krt_type(krt_exc_pending->h.type)->name,
                  krt_type(type)->name);
    KrtExc *e = krt_exc_fetch();
    size_t n = 0;
    if (e->msg) {
        n = e->msg->len < cap - 1 ? e->msg->len : cap - 1;
        memcpy(buf, e->msg->data, n);
    }
    buf[n] = '\0';
    krt_decref(&e->h);
}

/* ---- the CPython oracle --------------------------------------------------------- */

typedef struct RtLines {
    char *text;   /* all output, lines NUL-separated */
    char **line;
    size_t count;
} RtLines;

/* Runs CPython on "S = [inputs...]\n" + body; returns its stdout lines. */
static inline RtLines rt_py_run(const char *const *inputs, size_t n, const char *body) {
    char path[] = "/tmp/krt_test_XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    FILE *f = fdopen(fd, "w");
    ck_assert_ptr_nonnull(f);
    fputs("S = [", f);
    for (size_t i = 0; i < n; i++) {
        fputs("bytes.fromhex('", f);
        for (const unsigned char *p = (const unsigned char *)inputs[i]; *p; p++) fprintf(f, "%02x", *p);
        fputs("').decode('utf-8', 'surrogatepass'), ", f);
    }
    fputs("]\n", f);
    fputs(body, f);
    fclose(f);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "PYTHONIOENCODING=utf-8:surrogatepass %s -S %s", KRAIT_PYTHON3, path);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    size_t cap = 1 << 16, len = 0;
    char *text = malloc(cap);
    ck_assert_ptr_nonnull(text);
    for (;;) {
        if (len == cap) {
            cap *= 2;
            text = realloc(text, cap);
            ck_assert_ptr_nonnull(text);
        }
        size_t got = fread(text + len, 1, cap - len, p);
        if (got == 0) break;
        len += got;
    }
    int status = pclose(p);
    unlink(path);
    ck_assert_msg(status == 0, "python oracle failed (status %d)", status);
    RtLines r = {text, NULL, 0};
    for (size_t i = 0; i < len; i++) r.count += text[i] == '\n';
    r.line = malloc((r.count + 1) * sizeof *r.line);
    ck_assert_ptr_nonnull(r.line);
    size_t k = 0;
    char *start = text;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\n') {
            text[i] = '\0';
            r.line[k++] = start;
            start = text + i + 1;
        }
    }
    return r;
}

static inline void rt_lines_free(RtLines *r) {
    free(r->text);
    free(r->line);
}

/* Compares the runtime's answer (got, UTF-8) with the oracle's next line. */
typedef struct RtOracle {
    RtLines lines;
    size_t next;
    unsigned failures;
} RtOracle;

static inline void rt_oracle_check(RtOracle *o, const char *got, const char *what) {
    ck_assert_msg(o->next < o->lines.count, "oracle ran out of lines at %s", what);
    const char *want = o->lines.line[o->next++];
    if (strcmp(got, want) != 0) {
        if (o->failures++ < 10) fprintf(stderr, "MISMATCH %s\n  krait:   %s\n  CPython: %s\n", what, got, want);
    }
}

static inline void rt_oracle_done(RtOracle *o) {
    ck_assert_msg(o->failures == 0, "%u results differ from CPython", o->failures);
    ck_assert_msg(o->next == o->lines.count, "oracle printed %zu lines, %zu used", o->lines.count, o->next);
    rt_lines_free(&o->lines);
}

#endif
