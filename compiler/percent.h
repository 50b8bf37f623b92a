/* percent.h — printf-style `fmt % args` with a constant format string.
 *
 * The format is parsed at compile time into literal pieces and
 * conversions; each conversion becomes the format() spec that gives the
 * same text (`%-5s` is `<5`, `%05.2f` is `05.2f`, `%#x` is `#x`), so the
 * lowering reuses the f-string formatting of the runtime.  What has no such
 * spec (`%*d`, `%(name)s`, `%c`, a precision on an int) is refused.
 */
#ifndef KRAIT_PERCENT_H
#define KRAIT_PERCENT_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

/* Conversions one format string may hold; more is generated text. */
#define PERCENT_MAX_CONVERSIONS 64

typedef struct PercentPiece {
    const char *text; /* literal text (conv == 0), NUL-terminated; %% already folded */
    size_t len;
    char conv;        /* 0: literal; 'd' (also i, u), 'x', 'X', 'o', 'e', 'E', 'f', 'F', 'g', 'G', 's', 'r', 'a' */
    const char *spec; /* the format() spec for the converted value */
} PercentPiece;

typedef struct PercentFormat {
    PercentPiece pieces[2 * PERCENT_MAX_CONVERSIONS + 1];
    int npieces;
    int nconv;
    const char *error; /* NULL, or why the format cannot be compiled */
    bool error_is_type_error; /* a format CPython itself rejects (TypeError/ValueError) */
} PercentFormat;

void percent_parse(Arena *arena, const char *fmt, size_t len, PercentFormat *out);

#endif
