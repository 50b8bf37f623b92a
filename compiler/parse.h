/* parse.h — source text to AST (driver: parse.c; grammar: grammar.y).
 *
 * parse_source runs the lexer into the Lemon parser, parses f-string
 * replacement fields, checks what the grammar deliberately over-accepts
 * (assignment targets, keyword arguments, patterns, `as` items) and returns
 * the Module node.  On any error it has reported diagnostics (resynchronising
 * at the next statement, so several independent errors are reported) and
 * returns NULL.
 */
#ifndef KRAIT_PARSE_H
#define KRAIT_PARSE_H

#include "fwd.h"

#include "ast.h"


Node *parse_source(Arena *arena, Diag *diag, const Source *src);

#endif
