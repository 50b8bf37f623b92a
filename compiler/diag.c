/* diag.c — formats and counts every message about the user's program.
 *
 * A message is `path:line:col: severity: text`, the source line indented by
 * four spaces, and a caret under the first byte of the span followed by `~`
 * under the rest of it (on the first line of a multi-line span).  Columns
 * print 1-based like gcc's; spans store CPython's 0-based byte columns.  The
 * underline keeps tabs so it lines up in a terminal, and counts a UTF-8
 * character as one column.
 *
 * The sink prints at most DIAG_MAX_ERRORS errors, then one line saying it
 * stopped; notes of suppressed errors are suppressed with them.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct Diag {
    FILE *out;
    int errors;
    int warnings;
    bool suppressing; /* the last error or warning was not printed */
    bool told_limit;
};

Diag *diag_new(FILE *out) {
    Diag *diag = calloc(1, sizeof *diag);
    if (!diag) {
        fputs("krait: fatal: out of memory\n", stderr);
        exit(3);
    }
    diag->out = out;
    return diag;
}

void diag_free(Diag *diag) {
    free(diag);
}

Span span_at(SrcLoc begin, SrcLoc end) {
    Span s;
    s.begin = begin;
    s.end = end;
    return s;
}

static bool loc_before(SrcLoc a, SrcLoc b) {
    return a.line < b.line || (a.line == b.line && a.col < b.col);
}

Span span_join(Span a, Span b) {
    Span s;
    s.begin = loc_before(b.begin, a.begin) ? b.begin : a.begin;
    s.end = loc_before(a.end, b.end) ? b.end : a.end;
    return s;
}

static bool is_utf8_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

/* The source line and the caret line under it. */
static void diag_print_excerpt(Diag *diag, const Source *src, Span span) {
    size_t len = 0;
    const char *line = source_line(src, span.begin.line, &len);
    if (!line) return;
    fprintf(diag->out, "    %.*s\n    ", (int)len, line);
    size_t col = span.begin.col < len ? span.begin.col : len;
    for (size_t i = 0; i < col; i++) {
        unsigned char c = (unsigned char)line[i];
        if (c == '\t')
            fputc('\t', diag->out);
        else if (!is_utf8_continuation(c))
            fputc(' ', diag->out);
    }
    fputc('^', diag->out);
    size_t end = span.end.line == span.begin.line ? span.end.col : len;
    if (end > len) end = len;
    /* skip the rest of the caret's own character */
    size_t i = col + 1;
    while (i < end && is_utf8_continuation((unsigned char)line[i])) i++;
    for (; i < end; i++)
        if (!is_utf8_continuation((unsigned char)line[i])) fputc('~', diag->out);
    fputc('\n', diag->out);
}

static void diag_vreport(Diag *diag, const char *severity, const Source *src, Span span,
                         const char *fmt, va_list ap) {
    if (src)
        fprintf(diag->out, "%s:%u:%u: %s: ", src->path, (unsigned)span.begin.line,
                (unsigned)span.begin.col + 1, severity);
    else
        fprintf(diag->out, "krait: %s: ", severity);
    vfprintf(diag->out, fmt, ap);
    fputc('\n', diag->out);
    if (src) diag_print_excerpt(diag, src, span);
}

/* Counts an error and says whether it is to be printed. */
static bool diag_admit_error(Diag *diag) {
    diag->errors++;
    if (diag->errors > DIAG_MAX_ERRORS) {
        diag->suppressing = true;
        if (!diag->told_limit) {
            fprintf(diag->out, "krait: too many errors (%d); stopping here\n", DIAG_MAX_ERRORS);
            diag->told_limit = true;
        }
        return false;
    }
    diag->suppressing = false;
    return true;
}

void diag_error(Diag *diag, const Source *src, Span span, const char *fmt, ...) {
    if (!diag_admit_error(diag)) return;
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(diag, "error", src, span, fmt, ap);
    va_end(ap);
}

void diag_error_plain(Diag *diag, const char *fmt, ...) {
    if (!diag_admit_error(diag)) return;
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(diag, "error", NULL, span_at((SrcLoc){0, 0}, (SrcLoc){0, 0}), fmt, ap);
    va_end(ap);
}

void diag_warning(Diag *diag, const Source *src, Span span, const char *fmt, ...) {
    diag->warnings++;
    diag->suppressing = diag->errors >= DIAG_MAX_ERRORS;
    if (diag->suppressing) return;
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(diag, "warning", src, span, fmt, ap);
    va_end(ap);
}

void diag_note(Diag *diag, const Source *src, Span span, const char *fmt, ...) {
    if (diag->suppressing) return;
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(diag, "note", src, span, fmt, ap);
    va_end(ap);
}

int diag_error_count(const Diag *diag) {
    return diag->errors;
}

int diag_warning_count(const Diag *diag) {
    return diag->warnings;
}

bool diag_should_stop(const Diag *diag) {
    return diag->errors >= DIAG_MAX_ERRORS;
}
