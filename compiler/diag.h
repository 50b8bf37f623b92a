/* diag.h — every message krait prints about the user's program.
 *
 * Format, as gcc and clang print it so editors and CI parse it:
 *
 *     app.py:12:9: error: list of int cannot hold a str
 *         readings.append("n/a")
 *                 ^~~~~~~~~~~~~~
 *     app.py:3:5: note: readings was inferred as list[int] here
 *
 * Callers give a source, a span and a message that names the construct and
 * what to do instead; diag.c owns the layout.  After DIAG_MAX_ERRORS errors
 * the sink stops printing and diag_should_stop() tells stages to give up.
 */
#ifndef KRAIT_DIAG_H
#define KRAIT_DIAG_H

#include "fwd.h"

#include <stdbool.h>
#include <stdio.h>

#include "source.h"

/* One run reports at most this many errors; past it the rest is noise from
 * the first ones. */
#define DIAG_MAX_ERRORS 20

#if defined(__GNUC__)
#define DIAG_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define DIAG_PRINTF(f, a)
#endif


/* Messages go to out (normally stderr).  color is not used yet. */
Diag *diag_new(FILE *out);
void diag_free(Diag *diag);

void diag_error(Diag *diag, const Source *src, Span span, const char *fmt, ...) DIAG_PRINTF(4, 5);
void diag_warning(Diag *diag, const Source *src, Span span, const char *fmt, ...) DIAG_PRINTF(4, 5);
/* A note belongs to the error or warning printed just before it. */
void diag_note(Diag *diag, const Source *src, Span span, const char *fmt, ...) DIAG_PRINTF(4, 5);
/* An error about no place in a source: "krait: error: cannot open 'x.py': ..." */
void diag_error_plain(Diag *diag, const char *fmt, ...) DIAG_PRINTF(2, 3);

int diag_error_count(const Diag *diag);
int diag_warning_count(const Diag *diag);
/* True once DIAG_MAX_ERRORS errors were reported. */
bool diag_should_stop(const Diag *diag);

/* Helpers for building spans. */
Span span_at(SrcLoc begin, SrcLoc end);
Span span_join(Span a, Span b);

#endif
