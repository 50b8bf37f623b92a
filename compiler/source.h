/* source.h — a Python source file held in memory, and positions within it.
 *
 * Positions follow CPython's ast module: lines count from 1, columns are byte
 * offsets from the start of the line counting from 0.  Diagnostics print the
 * column plus one, as gcc and clang do.
 */
#ifndef KRAIT_SOURCE_H
#define KRAIT_SOURCE_H

#include "fwd.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>


typedef struct SrcLoc {
    uint32_t line; /* 1-based */
    uint32_t col;  /* 0-based byte offset within the line */
} SrcLoc;

typedef struct Span {
    SrcLoc begin;
    SrcLoc end; /* one past the last byte, as CPython's end_col_offset */
} Span;

typedef struct Source {
    const char *path; /* as given on the command line: diagnostics print it */
    const char *text; /* the whole file, followed by a NUL (text[len] == 0) */
    size_t len;
} Source;

/* Largest source file krait reads.  A firmware module is far smaller; the limit
 * keeps 32-bit offsets safe and a mistaken binary path from eating memory. */
#define SOURCE_MAX_BYTES ((size_t)64 * 1024 * 1024)

/* Reads path into the arena.  Rejects, with a diagnostic and false: a missing
 * or unreadable file, a directory, a file over SOURCE_MAX_BYTES, NUL bytes and
 * bytes that are not UTF-8 (the message names the byte offset, line and
 * column).  An empty file is valid. */
bool source_load(Source *out, const char *path, Arena *arena, Diag *diag);

/* Wraps text already in memory (tests, f-string fragments).  The text must be
 * followed by a NUL. */
Source source_from_text(const char *name, const char *text, size_t len);

/* Start of line `line` (1-based) in src, and its length without the newline;
 * NULL when the line does not exist. */
const char *source_line(const Source *src, uint32_t line, size_t *len_out);

#endif
