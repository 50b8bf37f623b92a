/* lexer.h — Python 3.11 tokens from a Source (implementation: lexer.re).
 *
 * The lexer turns UTF-8 text into the Token stream described in token.h:
 * indentation becomes INDENT/DEDENT, brackets join lines, string literals are
 * decoded, soft keywords are told apart from names.  Errors go to the Diag
 * with the position of the offending character; the lexer then recovers at
 * the next character or line, so one run reports several independent errors.
 */
#ifndef KRAIT_LEXER_H
#define KRAIT_LEXER_H

#include "fwd.h"

#include <stddef.h>

#include "token.h"


/* Brackets open at once; CPython stops at the same depth ("too many nested
 * parentheses"), so no program CPython accepts is refused. */
#define LEX_MAX_BRACKET_DEPTH 200
/* Indentation levels; CPython's limit too. */
#define LEX_MAX_INDENT_DEPTH 100

/* A lexer over the whole of src. */
Lexer *lexer_new(Arena *arena, Diag *diag, const Source *src);

/* A lexer over src->text[begin, end), a replacement-field expression inside an
 * f-string: positions are those of the real file (start is where `begin`
 * stands), newlines are ignored as inside brackets, and the stream ends with
 * ENDMARKER (no NEWLINE, INDENT or DEDENT). */
Lexer *lexer_new_fragment(Arena *arena, Diag *diag, const Source *src,
                          size_t begin, size_t end, SrcLoc start);

/* The next token.  After ENDMARKER every call returns ENDMARKER again.
 * Returns the number of errors reported so far (lexer_error_count), which
 * the parser watches after every token. */
int lexer_next(Lexer *lx, Token *tok);

/* Number of errors this lexer reported. */
int lexer_error_count(const Lexer *lx);

/* Decodes the escapes of a non-raw string body (the f-string parser uses it on
 * literal parts).  bytes selects bytes semantics (\u, \U and \N are not
 * escapes; non-ASCII characters are an error).  Writes to a fresh arena
 * buffer; returns false after reporting an error at the escape's position
 * (body_start is where body[0] stands in src). */
_Bool lexer_decode_escapes(Arena *arena, Diag *diag, const Source *src,
                           SrcLoc body_start, const char *body, size_t len,
                           _Bool bytes, const char **out, size_t *out_len);

#endif
