/* token.h — what the lexer hands the parser.
 *
 * Token kinds are the TK_* codes Lemon writes into grammar.h from the %token
 * list at the top of grammar.y; that list is the one table of terminals.
 *
 * Contract between lexer.re and the grammar:
 *  - NEWLINE ends every logical line (also the last one when the file lacks a
 *    final newline); blank and comment-only lines yield nothing; INDENT and
 *    DEDENT come from the indent stack; ENDMARKER ends the stream after the
 *    DEDENTs that close open blocks.  No NEWLINE/INDENT/DEDENT inside brackets.
 *  - Keywords are their own kinds.  `match` and `case` are soft keywords: the
 *    lexer yields MATCH/CASE only where they start a match statement / case
 *    clause, NAME elsewhere.
 *  - STRING: one literal (adjacent literals are separate tokens; the grammar
 *    concatenates).  value/value_len hold the decoded contents (escapes
 *    applied unless raw; UTF-8 for str, raw bytes for bytes).
 *  - FSTRING: one f-string literal; value/value_len hold the raw body between
 *    the quotes (nothing decoded); body_begin is its position so the parser
 *    can parse the replacement fields with exact positions.
 *  - NUMBER: text/len is the literal as written (validated: no `0777`, no
 *    `1__0`); flags say int/float/imaginary.
 */
#ifndef KRAIT_TOKEN_H
#define KRAIT_TOKEN_H

#include <stdint.h>

#include "source.h"

enum {
    TOKF_BYTES = 1 << 0,    /* STRING: b'' literal */
    TOKF_RAW = 1 << 1,      /* STRING/FSTRING: r prefix */
    TOKF_TRIPLE = 1 << 2,   /* STRING/FSTRING: triple-quoted */
    TOKF_UNICODE = 1 << 3,  /* STRING: u prefix (kind "u" in CPython's ast) */
    TOKF_FLOAT = 1 << 4,    /* NUMBER: has '.', or an exponent */
    TOKF_IMAG = 1 << 5,     /* NUMBER: ends in j/J */
};

typedef struct Token {
    int kind;          /* TK_* from grammar.h */
    Span span;         /* where the whole token stands */
    const char *text;  /* raw bytes of the token in the source */
    uint32_t len;
    const char *value; /* STRING: decoded; FSTRING: raw body; else NULL */
    uint32_t value_len;
    SrcLoc body_begin; /* FSTRING: position of the first body byte */
    uint8_t quote;     /* STRING/FSTRING: the quote character, ' or " */
    uint8_t flags;     /* TOKF_* */
} Token;

#endif
