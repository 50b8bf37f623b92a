/* out.c — program output and runtime diagnostics.
 *
 * print() ends up here.  Output is collected in one static buffer of
 * KRT_OUT_BUFFER bytes and handed to krt_port_write when it fills, at
 * krt_out_flush, at krt_fini and before an uncaught-exception report (so the
 * report follows the output it interrupts, as with CPython).  With
 * KRT_OUT_LINE_BUFFERED (the default on targets, where a UART console is the
 * usual port) every newline flushes too, so a program that prints and then
 * loops forever is still heard.
 *
 * krt_err_write is the runtime's own voice (tracebacks, leak reports):
 * stderr on the host, the output port on a target.  It is unbuffered.
 *
 * Numbers: krt_out_int formats decimal text itself (krt_int_to_text, shared
 * with str(int) and the traceback's line numbers); krt_out_float uses the
 * shortest-repr formatter of format.c, as str(float) does.
 *
 * Test hooks redirect either stream to a function (krt_out_set_sink,
 * krt_err_set_sink) so unit tests can read exactly what was written.
 */
#include <string.h>

#include "format.h"

#ifndef KRT_OUT_BUFFER
#if KRT_PORT_HOST
#define KRT_OUT_BUFFER 1024 /* a host pipe: fewer write calls */
#else
#define KRT_OUT_BUFFER 64   /* a target: RAM is scarce, a UART is slow anyway */
#endif
#endif

#ifndef KRT_OUT_LINE_BUFFERED
#define KRT_OUT_LINE_BUFFERED (!KRT_PORT_HOST)
#endif

static char out_buf[KRT_OUT_BUFFER];
static size_t out_len;

#ifndef KRT_NO_TEST_HOOKS
static KrtWriteFn out_sink;
static KrtWriteFn err_sink;
#endif

static void out_emit(const char *data, size_t len) {
#ifndef KRT_NO_TEST_HOOKS
    if (out_sink) {
        out_sink(data, len);
        return;
    }
#endif
    krt_port_write(data, len);
}

void krt_out_flush(void) {
    if (out_len) {
        out_emit(out_buf, out_len);
        out_len = 0;
    }
}

void krt_out_write(const char *data, size_t len) {
    if (len == 0) return;
    if (len >= sizeof out_buf) { /* too big to buffer: pass it straight on */
        krt_out_flush();
        out_emit(data, len);
        return;
    }
    if (len > sizeof out_buf - out_len) krt_out_flush();
    memcpy(out_buf + out_len, data, len);
    out_len += len;
#if KRT_OUT_LINE_BUFFERED
    if (memchr(data, '\n', len)) krt_out_flush();
#endif
}

void krt_out_cstr(const char *s) {
    krt_out_write(s, strlen(s));
}

void krt_out_str(const KrtStr *s) {
    krt_out_write(s->data, s->len);
}

size_t krt_int_to_text(char *buf, krt_int v) {
    char tmp[KRT_INT_TEXT_MAX];
    size_t n = 0;
    /* work on the magnitude as unsigned: -KRT_INT_MIN does not fit */
    krt_uint mag = v < 0 ? (krt_uint)0 - (krt_uint)v : (krt_uint)v;
    do {
        tmp[n++] = (char)('0' + (int)(mag % 10u));
        mag /= 10u;
    } while (mag);
    size_t len = 0;
    if (v < 0) buf[len++] = '-';
    while (n) buf[len++] = tmp[--n];
    return len;
}

void krt_out_int(krt_int v) {
    char buf[KRT_INT_TEXT_MAX];
    krt_out_write(buf, krt_int_to_text(buf, v));
}

void krt_out_float(krt_float v) {
    char buf[KRT_FLOAT_REPR_MAX];
    krt_out_write(buf, krt_float_repr(buf, sizeof buf, (double)v));
}

void krt_out_bool(bool v) {
    if (v)
        krt_out_write("True", 4);
    else
        krt_out_write("False", 5);
}

void krt_err_write(const char *data, size_t len) {
#ifndef KRT_NO_TEST_HOOKS
    if (err_sink) {
        err_sink(data, len);
        return;
    }
#endif
#if KRT_PORT_HOST
    krt_port_host_err_write(data, len);
#else
    krt_port_write(data, len);
#endif
}

#ifndef KRT_NO_TEST_HOOKS
void krt_out_set_sink(KrtWriteFn fn) {
    krt_out_flush();
    out_sink = fn;
}

void krt_err_set_sink(KrtWriteFn fn) {
    err_sink = fn;
}
#endif
