/* test_lexer.c — the Python 3.11 lexer (compiler/lexer.re) against CPython.
 *
 * Most tests are one line: a source and the compact token stream it must
 * give ("NAME(x) EQUAL NUMBER(1) NEWLINE ENDMARKER"), or the errors it must
 * report ("1:5: invalid decimal literal", line and 1-based column as diag
 * prints them).  Expected messages are CPython 3.11's.  The last test lexes
 * every .py file of /usr/lib/python3.11 and fails on any lexer error in a
 * file CPython itself compiles.
 */
#define _POSIX_C_SOURCE 200809L

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "diag.h"
#include "grammar.h"
#include "lexer.h"
#include "source.h"

#ifndef KRAIT_PYTHON3
#define KRAIT_PYTHON3 "/usr/bin/python3"
#endif

/* The %token list of grammar.y, for printing kinds. */
#define TOKEN_KINDS(X)                                                                              \
    X(ENDMARKER) X(NEWLINE) X(INDENT) X(DEDENT) X(NAME) X(NUMBER) X(STRING) X(FSTRING) X(FALSE)     \
    X(NONE) X(TRUE) X(AND) X(AS) X(ASSERT) X(ASYNC) X(AWAIT) X(BREAK) X(CLASS) X(CONTINUE) X(DEF)   \
    X(DEL) X(ELIF) X(ELSE) X(EXCEPT) X(FINALLY) X(FOR) X(FROM) X(GLOBAL) X(IF) X(IMPORT) X(IN)      \
    X(IS) X(LAMBDA) X(NONLOCAL) X(NOT) X(OR) X(PASS) X(RAISE) X(RETURN) X(TRY) X(WHILE) X(WITH)     \
    X(YIELD) X(MATCH) X(CASE) X(LPAR) X(RPAR) X(LSQB) X(RSQB) X(LBRACE) X(RBRACE) X(COLON)        \
    X(COMMA) X(SEMI) X(PLUS) X(MINUS) X(STAR) X(SLASH) X(VBAR) X(AMPER) X(LESS) X(GREATER)         \
    X(EQUAL) X(DOT) X(PERCENT) X(EQEQUAL) X(NOTEQUAL) X(LESSEQUAL) X(GREATEREQUAL) X(TILDE)        \
    X(CIRCUMFLEX) X(LEFTSHIFT) X(RIGHTSHIFT) X(DOUBLESTAR) X(PLUSEQUAL) X(MINEQUAL) X(STAREQUAL)   \
    X(SLASHEQUAL) X(PERCENTEQUAL) X(AMPEREQUAL) X(VBAREQUAL) X(CIRCUMFLEXEQUAL)                    \
    X(LEFTSHIFTEQUAL) X(RIGHTSHIFTEQUAL) X(DOUBLESTAREQUAL) X(DOUBLESLASH) X(DOUBLESLASHEQUAL)     \
    X(AT) X(ATEQUAL) X(RARROW) X(ELLIPSIS) X(COLONEQUAL) X(EXCLAMATION)

#define KIND_NAME(n) [TK_##n] = #n,
static const char *const kind_names[] = {TOKEN_KINDS(KIND_NAME)};

static const char *kind_name(int kind) {
    if (kind <= 0 || kind >= (int)(sizeof kind_names / sizeof kind_names[0]) || !kind_names[kind]) return "?";
    return kind_names[kind];
}

/* ---- running the lexer ------------------------------------------------- */

#define OUT_MAX 65536
static char g_toks[OUT_MAX]; /* the compact token stream */
static char g_errs[OUT_MAX]; /* "line:col: message" joined by " | " */
static int g_nerr;           /* lexer_error_count */
static Token g_tok[256];     /* the first tokens, for position checks */
static int g_ntok;

static void append(char *buf, const char *s, size_t n) {
    size_t len = strlen(buf);
    if (len + n + 1 >= OUT_MAX) return;
    memcpy(buf + len, s, n);
    buf[len + n] = 0;
}

static void append_escaped(char *buf, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char tmp[8];
        if (c == '\\') snprintf(tmp, sizeof tmp, "\\\\");
        else if (c < 0x20 || c == 0x7F) snprintf(tmp, sizeof tmp, "\\x%02x", c);
        else snprintf(tmp, sizeof tmp, "%c", c);
        append(buf, tmp, strlen(tmp));
    }
}

static void render(const Token *t) {
    if (g_toks[0]) append(g_toks, " ", 1);
    const char *name = kind_name(t->kind);
    append(g_toks, name, strlen(name));
    if (t->kind == TK_NAME || t->kind == TK_NUMBER) {
        append(g_toks, "(", 1);
        append(g_toks, t->text, t->len);
        append(g_toks, ")", 1);
    } else if (t->kind == TK_STRING || t->kind == TK_FSTRING) {
        append(g_toks, "(", 1);
        append_escaped(g_toks, t->value, t->value_len);
        append(g_toks, ")", 1);
    }
}

/* Pulls "line:col: message" out of diag's output. */
static void collect_errors(FILE *f) {
    char line[1024];
    rewind(f);
    while (fgets(line, sizeof line, f)) {
        char *e = strstr(line, ": error: ");
        if (!e || strncmp(line, "t.py:", 5) != 0) continue;
        line[strcspn(line, "\n")] = 0;
        if (g_errs[0]) append(g_errs, " | ", 3);
        append(g_errs, line + 5, (size_t)(e - line - 5));
        append(g_errs, ": ", 2);
        append(g_errs, e + 9, strlen(e + 9));
    }
}

static void run_lexer_n(const char *text, size_t len) {
    Arena *arena = arena_new();
    FILE *f = tmpfile();
    ck_assert_ptr_nonnull(f);
    Diag *diag = diag_new(f);
    Source src = source_from_text("t.py", text, len);
    Lexer *lx = lexer_new(arena, diag, &src);
    g_toks[0] = g_errs[0] = 0;
    g_ntok = 0;
    for (int i = 0; i < 1000000; i++) {
        Token t;
        lexer_next(lx, &t);
        if (g_ntok < 256) g_tok[g_ntok++] = t;
        render(&t);
        if (t.kind == TK_ENDMARKER) break;
    }
    g_nerr = lexer_error_count(lx);
    collect_errors(f);
    fclose(f);
    diag_free(diag);
    arena_free(arena);
}

static void run_lexer(const char *text) {
    run_lexer_n(text, strlen(text));
}

static const char *toks(const char *text) {
    run_lexer(text);
    return g_toks;
}

static const char *errs(const char *text) {
    run_lexer(text);
    return g_errs;
}

#define TOKS(src, expect) ck_assert_str_eq(toks(src), expect)
#define ERRS(src, expect) ck_assert_str_eq(errs(src), expect)
/* valid source: these tokens and no error */
#define OK(src, expect)                   \
    do {                                  \
        ck_assert_str_eq(toks(src), expect); \
        ck_assert_str_eq(g_errs, "");     \
        ck_assert_int_eq(g_nerr, 0);      \
    } while (0)

/* ---- lines and indentation --------------------------------------------- */

START_TEST(test_empty_and_blank) {
    OK("", "ENDMARKER");
    OK("\n", "ENDMARKER");
    OK("\n\n   \n\t\n", "ENDMARKER");
    OK("# only a comment", "ENDMARKER");
    OK("# c\n  # indented comment\n", "ENDMARKER");
    OK("\f\n", "ENDMARKER");
}
END_TEST

START_TEST(test_simple_lines) {
    OK("x = 1\n", "NAME(x) EQUAL NUMBER(1) NEWLINE ENDMARKER");
    OK("x = 1", "NAME(x) EQUAL NUMBER(1) NEWLINE ENDMARKER");
    OK("x = 1  # comment\n\ny\n", "NAME(x) EQUAL NUMBER(1) NEWLINE NAME(y) NEWLINE ENDMARKER");
    OK("a; b\n", "NAME(a) SEMI NAME(b) NEWLINE ENDMARKER");
    /* after ENDMARKER, ENDMARKER again */
    Arena *arena = arena_new();
    Diag *diag = diag_new(stderr);
    Source src = source_from_text("t.py", "x", 1);
    Lexer *lx = lexer_new(arena, diag, &src);
    Token t;
    for (int i = 0; i < 3; i++) lexer_next(lx, &t);
    ck_assert_int_eq(t.kind, TK_ENDMARKER);
    lexer_next(lx, &t);
    ck_assert_int_eq(t.kind, TK_ENDMARKER);
    diag_free(diag);
    arena_free(arena);
}
END_TEST

START_TEST(test_indentation) {
    OK("if x:\n    y\n", "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE DEDENT ENDMARKER");
    OK("if x:\n  y", "IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE DEDENT ENDMARKER");
    OK("if a:\n if b:\n  if c:\n   x\ny\n",
       "IF NAME(a) COLON NEWLINE INDENT IF NAME(b) COLON NEWLINE INDENT IF NAME(c) COLON NEWLINE "
       "INDENT NAME(x) NEWLINE DEDENT DEDENT DEDENT NAME(y) NEWLINE ENDMARKER");
    OK("if a:\n    if b:\n        x\n    y\nz\n",
       "IF NAME(a) COLON NEWLINE INDENT IF NAME(b) COLON NEWLINE INDENT NAME(x) NEWLINE DEDENT "
       "NAME(y) NEWLINE DEDENT NAME(z) NEWLINE ENDMARKER");
    /* blank, whitespace-only and comment lines at any indentation are ignored */
    OK("if x:\n    a\n\n  # odd comment\n        \n\t\n    b\n",
       "IF NAME(x) COLON NEWLINE INDENT NAME(a) NEWLINE NAME(b) NEWLINE DEDENT ENDMARKER");
    /* dedent of several levels at end of file */
    OK("if a:\n if b:\n  x", "IF NAME(a) COLON NEWLINE INDENT IF NAME(b) COLON NEWLINE INDENT NAME(x) "
                            "NEWLINE DEDENT DEDENT ENDMARKER");
    /* tabs count to multiples of 8, consistently */
    OK("if x:\n\ta\n\tb\n", "IF NAME(x) COLON NEWLINE INDENT NAME(a) NEWLINE NAME(b) NEWLINE DEDENT ENDMARKER");
    OK("if x:\n  \ta\n  \tb\n", "IF NAME(x) COLON NEWLINE INDENT NAME(a) NEWLINE NAME(b) NEWLINE DEDENT ENDMARKER");
    ERRS("if x:\n  \ta\n \tb\n", "3:1: inconsistent use of tabs and spaces in indentation");
    /* form feed resets the column */
    OK("if x:\n\f    a\n    b\n", "IF NAME(x) COLON NEWLINE INDENT NAME(a) NEWLINE NAME(b) NEWLINE DEDENT ENDMARKER");
    OK("if x:\n    a\n  \f    b\n", "IF NAME(x) COLON NEWLINE INDENT NAME(a) NEWLINE NAME(b) NEWLINE DEDENT ENDMARKER");
    /* a backslash line: its indentation is the first physical line's */
    OK("if x:\n  \\\n    a\n", "IF NAME(x) COLON NEWLINE INDENT NAME(a) NEWLINE DEDENT ENDMARKER");
    /* ... unless at column 0: then the next line's whitespace counts */
    OK("if x:\n    z\n\\\n    y\n", "IF NAME(x) COLON NEWLINE INDENT NAME(z) NEWLINE NAME(y) NEWLINE DEDENT ENDMARKER");
    /* whitespace, a backslash, then a blank line: all blank */
    OK("x = 1\n  \\\n\n", "NAME(x) EQUAL NUMBER(1) NEWLINE ENDMARKER");
    OK("if x:\n    z\n \\\n    ", "IF NAME(x) COLON NEWLINE INDENT NAME(z) NEWLINE DEDENT ENDMARKER");
}
END_TEST

START_TEST(test_indentation_errors) {
    ERRS("if x:\n    a\n  b\n", "3:1: unindent does not match any outer indentation level");
    ERRS("if x:\n\ta\n        b\n", "3:1: inconsistent use of tabs and spaces in indentation");
    ERRS("if x:\n        a\n\tb\n", "3:1: inconsistent use of tabs and spaces in indentation");
    ERRS("if x:\n \ta\n\t b\n", "3:1: inconsistent use of tabs and spaces in indentation");
    ERRS("if x:\n    a\n\f  b\n", "3:1: unindent does not match any outer indentation level");
    ERRS("if x:\n    a\n  \\\n    b\n", "4:1: unindent does not match any outer indentation level");
    ERRS("if x:\n    z\n \\\ny\n", "4:1: unindent does not match any outer indentation level");
    /* recovery: the misindented line continues the block; later errors still count */
    ERRS("if x:\n    a\n  b\n  c\nd = 1abc\n", "3:1: unindent does not match any outer indentation level | "
                                              "5:5: invalid decimal literal");
}
END_TEST

START_TEST(test_brackets_join_lines) {
    OK("x = (1,\n      2,\n 3)\ny\n",
       "NAME(x) EQUAL LPAR NUMBER(1) COMMA NUMBER(2) COMMA NUMBER(3) RPAR NEWLINE NAME(y) NEWLINE ENDMARKER");
    OK("if x:\n    f(a,\n# c\n  b,\n\n            c)\n    d\n",
       "IF NAME(x) COLON NEWLINE INDENT NAME(f) LPAR NAME(a) COMMA NAME(b) COMMA NAME(c) RPAR NEWLINE "
       "NAME(d) NEWLINE DEDENT ENDMARKER");
    OK("d = {'a': [1,\n2]}\n",
       "NAME(d) EQUAL LBRACE STRING(a) COLON LSQB NUMBER(1) COMMA NUMBER(2) RSQB RBRACE NEWLINE ENDMARKER");
    OK("x = 1 + \\\n    2\n", "NAME(x) EQUAL NUMBER(1) PLUS NUMBER(2) NEWLINE ENDMARKER");
    OK("x = \\\n  1\n", "NAME(x) EQUAL NUMBER(1) NEWLINE ENDMARKER");
    OK("if x:\n    a = 1 \\\n+ 2\n    b\n",
       "IF NAME(x) COLON NEWLINE INDENT NAME(a) EQUAL NUMBER(1) PLUS NUMBER(2) NEWLINE NAME(b) NEWLINE "
       "DEDENT ENDMARKER");
    /* a line holding only a continuation, then a blank line: no stray NEWLINE */
    OK("x = 1\n\\\n\ny = 2\n", "NAME(x) EQUAL NUMBER(1) NEWLINE NAME(y) EQUAL NUMBER(2) NEWLINE ENDMARKER");
}
END_TEST

START_TEST(test_bracket_errors) {
    ERRS("x = (1,\n2", "1:5: '(' was never closed");
    ERRS("x = [(1,\n2", "1:6: '(' was never closed");
    ERRS("x = (1,\n2]", "2:2: closing parenthesis ']' does not match opening parenthesis '(' on line 1");
    ERRS("x = (1]", "1:7: closing parenthesis ']' does not match opening parenthesis '('");
    ERRS("x = 1)", "1:6: unmatched ')'");
    ERRS("x = 1)\ny = 2}\n", "1:6: unmatched ')' | 2:6: unmatched '}'");
    /* after a mismatch the stream stays balanced */
    TOKS("f(a]\n", "NAME(f) LPAR NAME(a) RPAR NEWLINE ENDMARKER");
}
END_TEST

START_TEST(test_continuation_errors) {
    ERRS("x = 1 \\ 2\n", "1:8: unexpected character after line continuation character");
    ERRS("x = 1 \\", "1:8: unexpected EOF while parsing");
    ERRS("x = 1 + \\\n", "1:10: unexpected EOF while parsing");
    ERRS("x = 1\n  \\\n", "2:4: unexpected EOF while parsing");
    ERRS("x = 1 \\ 2\ny = 1 \\ 3\n", "1:8: unexpected character after line continuation character | "
                                    "2:8: unexpected character after line continuation character");
    /* one error per line */
    ERRS("x = $ ? `\n", "1:5: invalid syntax");
}
END_TEST

static char *repeat(const char *head, const char *unit, int n, const char *tail) {
    size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
    char *s = malloc(hl + ul * (size_t)n + tl + 1);
    memcpy(s, head, hl);
    for (int i = 0; i < n; i++) memcpy(s + hl + ul * (size_t)i, unit, ul);
    memcpy(s + hl + ul * (size_t)n, tail, tl + 1);
    return s;
}

START_TEST(test_limits) {
    char *s = repeat("x = ", "(", 200, "");
    run_lexer(s);
    ck_assert_str_eq(g_errs, "1:204: '(' was never closed");
    free(s);
    s = repeat("x = ", "[", 201, "]");
    ERRS(s, "1:205: too deeply nested: more than 200 open brackets");
    ck_assert_int_eq(g_nerr, 1);
    free(s);
    /* 10,000 brackets: one message, then the stream ends */
    s = repeat("", "(", 10000, "\n");
    clock_t t0 = clock();
    ERRS(s, "1:201: too deeply nested: more than 200 open brackets");
    ck_assert_int_eq(g_nerr, 1);
    ck_assert(clock() - t0 < CLOCKS_PER_SEC);
    free(s);
    /* indentation: 100 levels are fine, 101 are not */
    char *deep = malloc(200000);
    for (int levels = 100; levels <= 101; levels++) {
        size_t n = 0;
        for (int i = 0; i < levels; i++) {
            for (int k = 0; k < i; k++) deep[n++] = ' ';
            memcpy(deep + n, "if x:\n", 6);
            n += 6;
        }
        for (int k = 0; k < levels; k++) deep[n++] = ' ';
        memcpy(deep + n, "pass\n", 6);
        run_lexer(deep);
        if (levels == 100) {
            ck_assert_str_eq(g_errs, "");
        } else {
            ck_assert_int_eq(g_nerr, 1);
            ck_assert(strstr(g_errs, "102:1: too deeply nested: more than 100 indentation levels") != NULL);
        }
    }
    free(deep);
}
END_TEST

/* ---- numbers ----------------------------------------------------------- */

START_TEST(test_numbers_valid) {
    OK("0 00 0_0 7 1_000 0x_1f 0XdeadBEEF 0o17 0O_7 0b1010 0B_1",
       "NUMBER(0) NUMBER(00) NUMBER(0_0) NUMBER(7) NUMBER(1_000) NUMBER(0x_1f) NUMBER(0XdeadBEEF) "
       "NUMBER(0o17) NUMBER(0O_7) NUMBER(0b1010) NUMBER(0B_1) NEWLINE ENDMARKER");
    OK("1. .5 1e10 1E-5 1_0.5e-3 00.5 0777.0 09e1 1.e5",
       "NUMBER(1.) NUMBER(.5) NUMBER(1e10) NUMBER(1E-5) NUMBER(1_0.5e-3) NUMBER(00.5) NUMBER(0777.0) "
       "NUMBER(09e1) NUMBER(1.e5) NEWLINE ENDMARKER");
    OK("1j 1.5J 0j 09j 1e5j 1_000_000.000_1e-1_0j",
       "NUMBER(1j) NUMBER(1.5J) NUMBER(0j) NUMBER(09j) NUMBER(1e5j) NUMBER(1_000_000.000_1e-1_0j) NEWLINE "
       "ENDMARKER");
    /* a keyword may follow directly (CPython only warns) */
    OK("x = 1if y else 2", "NAME(x) EQUAL NUMBER(1) IF NAME(y) ELSE NUMBER(2) NEWLINE ENDMARKER");
    OK("[0x1for x in y]", "LSQB NUMBER(0x1f) OR NAME(x) IN NAME(y) RSQB NEWLINE ENDMARKER");
    OK("1 .real 1..real", "NUMBER(1) DOT NAME(real) NUMBER(1.) DOT NAME(real) NEWLINE ENDMARKER");
    OK("1_0", "NUMBER(1_0) NEWLINE ENDMARKER");
    run_lexer("1 1. 1e5 1j 1.5j 1e5j");
    ck_assert_int_eq(g_tok[0].flags, 0);
    ck_assert_int_eq(g_tok[1].flags, TOKF_FLOAT);
    ck_assert_int_eq(g_tok[2].flags, TOKF_FLOAT);
    ck_assert_int_eq(g_tok[3].flags, TOKF_IMAG);
    ck_assert_int_eq(g_tok[4].flags, TOKF_IMAG | TOKF_FLOAT);
    ck_assert_int_eq(g_tok[5].flags, TOKF_IMAG | TOKF_FLOAT);
}
END_TEST

START_TEST(test_numbers_invalid) {
    ERRS("0777", "1:1: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    ERRS("x = 0_7", "1:5: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    ERRS("1__0", "1:2: invalid decimal literal");
    ERRS("1_", "1:2: invalid decimal literal");
    ERRS("x = 1abc", "1:5: invalid decimal literal");
    ERRS("0b2", "1:3: invalid digit '2' in binary literal");
    ERRS("0b12", "1:4: invalid digit '2' in binary literal");
    ERRS("0b_2", "1:4: invalid digit '2' in binary literal");
    ERRS("0b1a", "1:3: invalid binary literal");
    ERRS("0o8", "1:3: invalid digit '8' in octal literal");
    ERRS("0o1_9", "1:5: invalid digit '9' in octal literal");
    ERRS("0x", "1:2: invalid hexadecimal literal");
    ERRS("0x_", "1:3: invalid hexadecimal literal");
    ERRS("0x1g", "1:3: invalid hexadecimal literal");
    ERRS("0o", "1:2: invalid octal literal");
    ERRS("0b", "1:2: invalid binary literal");
    ERRS("x = 0or 1", "1:6: invalid octal literal");
    ERRS("1.x", "1:2: invalid decimal literal");
    ERRS("x = 1.__class__", "1:6: invalid decimal literal");
    ERRS("1jx", "1:2: invalid imaginary literal");
    ERRS("1ex", "1:1: invalid decimal literal");
    ERRS("1e+x", "1:3: invalid decimal literal");
    ERRS("x = 1e", "1:5: invalid decimal literal");
    ERRS("x = 0e", "1:5: invalid decimal literal");
    ERRS("0_", "1:2: invalid decimal literal");
    ERRS("x = 0a", "1:5: invalid decimal literal");
    ERRS("1\xe2\x82\xac", "1:1: invalid decimal literal");
    /* the rest of the bad literal is skipped, so no cascade; the next line still counts */
    TOKS("1abc + 2\n", "NUMBER(1abc) PLUS NUMBER(2) NEWLINE ENDMARKER");
    ERRS("1abc\n0b2\n", "1:1: invalid decimal literal | 2:3: invalid digit '2' in binary literal");
}
END_TEST

/* ---- names, keywords, operators ---------------------------------------- */

START_TEST(test_names_keywords) {
    OK("False None True and as assert async await break class continue def del elif else except",
       "FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE EXCEPT NEWLINE "
       "ENDMARKER");
    OK("finally for from global if import in is lambda nonlocal not or pass raise return try while with yield",
       "FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE RETURN TRY WHILE WITH "
       "YIELD NEWLINE ENDMARKER");
    OK("_ __init__ iffy Truex none print match case type",
       "NAME(_) NAME(__init__) NAME(iffy) NAME(Truex) NAME(none) NAME(print) NAME(match) NAME(case) "
       "NAME(type) NEWLINE ENDMARKER");
    OK("\xcf\x80 = h\xc3\xa9llo_w\xc3\xb6rld2 + \xe5\x8f\x98\xe9\x87\x8f",
       "NAME(\xcf\x80) EQUAL NAME(h\xc3\xa9llo_w\xc3\xb6rld2) PLUS NAME(\xe5\x8f\x98\xe9\x87\x8f) NEWLINE ENDMARKER");
    OK("cafe\xcc\x81 l\xc2\xb7l \xe2\x84\x98", "NAME(cafe\xcc\x81) NAME(l\xc2\xb7l) NAME(\xe2\x84\x98) NEWLINE ENDMARKER");
    OK("ur'x'", "NAME(ur) STRING(x) NEWLINE ENDMARKER");
    /* CPython's XID classes (Unicode 14), not older tables: a CJK extension G
     * letter, a variation selector continuing a name, a fraktur capital */
    OK("\xf0\xb0\x80\x80 x\xf3\xa0\x84\x80 \xf0\x9d\x94\x98",
       "NAME(\xf0\xb0\x80\x80) NAME(x\xf3\xa0\x84\x80) NAME(\xf0\x9d\x94\x98) NEWLINE ENDMARKER");
    ERRS("\xe3\x82\x9b = 1", "1:1: invalid character '\xe3\x82\x9b' (U+309B)");
    ERRS("a\xe2\x86\x92" "b = 1", "1:2: invalid character '\xe2\x86\x92' (U+2192)");
}
END_TEST

START_TEST(test_operators) {
    OK("( ) [ ] { } : , ; + - * / | & < > = . % == != <= >= ~ ^ << >> ** += -= *= /= %= &= |= ^=",
       "LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER "
       "EQUAL DOT PERCENT EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT "
       "DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL "
       "NEWLINE ENDMARKER");
    OK("<<= >>= **= // //= @ @= -> ... := ..", "LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH "
                                              "DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL DOT DOT "
                                              "NEWLINE ENDMARKER");
    OK("a**-b//c", "NAME(a) DOUBLESTAR MINUS NAME(b) DOUBLESLASH NAME(c) NEWLINE ENDMARKER");
}
END_TEST

START_TEST(test_invalid_characters) {
    ERRS("a <> b", "1:3: invalid syntax");
    ERRS("a ! b", "1:3: invalid syntax");
    ERRS("$", "1:1: invalid syntax");
    ERRS("a ? b", "1:3: invalid syntax");
    ERRS("a ` b", "1:3: invalid syntax");
    ERRS("x = \xe2\x82\xac", "1:5: invalid character '\xe2\x82\xac' (U+20AC)");
    ERRS("x\xe2\x80\x8b = 1", "1:2: invalid non-printable character U+200B");
    ERRS("x\v = 1", "1:2: invalid non-printable character U+000B");
    ERRS("x = 1\n\xc2\xa0y\n", "2:1: invalid non-printable character U+00A0");
    ERRS("a\xe2\x82\xac = 1\nb = \xe2\x82\xac\n", "1:2: invalid character '\xe2\x82\xac' (U+20AC) | "
                                                  "2:5: invalid character '\xe2\x82\xac' (U+20AC)");
    /* the bad character is skipped */
    TOKS("a $ b", "NAME(a) NAME(b) NEWLINE ENDMARKER");
}
END_TEST

/* ---- strings ----------------------------------------------------------- */

START_TEST(test_strings) {
    OK("'a' \"b\" '''c''' \"\"\"d\"\"\" '' \"\"", "STRING(a) STRING(b) STRING(c) STRING(d) STRING() STRING() NEWLINE "
                                                "ENDMARKER");
    OK("u'a' U'b' r'\\n' R'\\n' b'x' B'x' br'\\n' Rb'\\n' bR'\\n' RB'\\n'",
       "STRING(a) STRING(b) STRING(\\\\n) STRING(\\\\n) STRING(x) STRING(x) STRING(\\\\n) STRING(\\\\n) "
       "STRING(\\\\n) STRING(\\\\n) NEWLINE ENDMARKER");
    OK("'it''s' \"it's\" 'say \"hi\"' '''a'b''c'''", "STRING(it) STRING(s) STRING(it's) STRING(say \"hi\") "
                                                   "STRING(a'b''c) NEWLINE ENDMARKER");
    OK("'\\\\ \\' \\\" \\a \\b \\f \\n \\r \\t \\v'",
       "STRING(\\\\ ' \" \\x07 \\x08 \\x0c \\x0a \\x0d \\x09 \\x0b) NEWLINE ENDMARKER");
    OK("'\\0 \\101 \\1010 \\777 \\x41 \\u00e9 \\U0001F600'",
       "STRING(\\x00 A A0 \xc7\xbf A \xc3\xa9 \xf0\x9f\x98\x80) NEWLINE ENDMARKER");
    OK("'\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{latin small letter a}\\N{LF}\\N{BOM}'",
       "STRING(\xc3\xa9" "a\\x0a\xef\xbb\xbf) NEWLINE ENDMARKER");
    OK("'\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GAG}\\N{GREEK SMALL LETTER ALPHA}'",
       "STRING(\xe4\xb8\x80\xea\xb0\x81\xce\xb1) NEWLINE ENDMARKER");
    /* unknown escapes stay as written */
    OK("'\\q \\8 \\\xc3\xa9'", "STRING(\\\\q \\\\8 \\\\\xc3\xa9) NEWLINE ENDMARKER");
    /* backslash-newline joins inside a string; raw strings keep it */
    OK("'a\\\nb'", "STRING(ab) NEWLINE ENDMARKER");
    OK("r'a\\\nb'", "STRING(a\\\\\\x0ab) NEWLINE ENDMARKER");
    /* raw strings keep backslashes but a quote after one does not end them */
    OK("r'\\'' r'\\\\' r\"\\\"\"", "STRING(\\\\') STRING(\\\\\\\\) STRING(\\\\\") NEWLINE ENDMARKER");
    /* triple-quoted strings span lines, and lines are counted */
    OK("x = '''a\nb\n'''\ny\n", "NAME(x) EQUAL STRING(a\\x0ab\\x0a) NEWLINE NAME(y) NEWLINE ENDMARKER");
    ck_assert_int_eq(g_tok[3].span.begin.line, 3);
    ck_assert_int_eq(g_tok[4].span.begin.line, 4);
    /* bytes: \u \U \N are not escapes; octal keeps the low byte */
    OK("b'\\x41\\xff\\u0041\\N{LF}\\777'", "STRING(A\xff\\\\u0041\\\\N{LF}\xff) NEWLINE ENDMARKER");
    run_lexer("b'a' rb'b' u'c' r'd' '''e''' f'g'");
    ck_assert_int_eq(g_tok[0].flags, TOKF_BYTES);
    ck_assert_int_eq(g_tok[1].flags, TOKF_BYTES | TOKF_RAW);
    ck_assert_int_eq(g_tok[2].flags, TOKF_UNICODE);
    ck_assert_int_eq(g_tok[3].flags, TOKF_RAW);
    ck_assert_int_eq(g_tok[4].flags, TOKF_TRIPLE);
    ck_assert_int_eq(g_tok[0].quote, '\'');
    ck_assert_int_eq(g_tok[5].kind, TK_FSTRING);
    ck_assert_int_eq(g_tok[1].value_len, 1);
}
END_TEST

START_TEST(test_string_errors) {
    ERRS("x = 'abc", "1:5: unterminated string literal (detected at line 1)");
    ERRS("x = 'abc\ny = 1\n", "1:5: unterminated string literal (detected at line 1)");
    ERRS("x = 'abc\\\ndef", "1:5: unterminated string literal (detected at line 2)");
    ERRS("'''abc\n\n", "1:1: unterminated triple-quoted string literal (detected at line 2)");
    ERRS("x = \"\"\"abc\n\ndef", "1:5: unterminated triple-quoted string literal (detected at line 3)");
    ERRS("rb'\\'", "1:1: unterminated string literal (detected at line 1)");
    ERRS("f'{x\n}'", "1:1: unterminated string literal (detected at line 1) | "
                     "2:1: unmatched '}'");
    /* the string closes at the end of the line, the next line lexes normally */
    TOKS("x = 'abc\ny = 1\n", "NAME(x) EQUAL STRING(abc) NEWLINE NAME(y) EQUAL NUMBER(1) NEWLINE ENDMARKER");
    ERRS("b'\xc3\xa9'", "1:3: bytes can only contain ASCII literal characters");
    ERRS("rb'a\xc3\xa9'", "1:5: bytes can only contain ASCII literal characters");
    ERRS("x=\"ab\\x1\"",
         "1:6: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape");
    ERRS("x=\"ab\\xg1\"",
         "1:6: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \\xXX escape");
    ERRS("'\\u12'", "1:2: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape");
    ERRS("'\\U00110000'",
         "1:2: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character");
    ERRS("'\\N{}'", "1:2: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape");
    ERRS("'\\N{xyz}'",
         "1:2: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name");
    ERRS("'\\Nx'", "1:2: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape");
    ERRS("'\\N{abc'", "1:2: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: malformed \\N character escape");
    ERRS("'\\N{LINE FEED (LF)}'",
         "1:2: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-17: unknown Unicode character name");
    ERRS("'\xc3\xa9\\x1'",
         "1:4: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape");
    ERRS("x=b\"ab\\xg1\"", "1:7: (value error) invalid \\x escape at position 2");
    ERRS("x=b\"ab\\x1\"", "1:7: (value error) invalid \\x escape at position 2");
}
END_TEST

/* ---- f-strings --------------------------------------------------------- */

START_TEST(test_fstrings) {
    OK("f'a{b}c'", "FSTRING(a{b}c) NEWLINE ENDMARKER");
    OK("f'{x:{y}}' F\"{x!r:>{10}}\" rf'\\{x}' fR'{x}' Rf'{x}'",
       "FSTRING({x:{y}}) FSTRING({x!r:>{10}}) FSTRING(\\\\{x}) FSTRING({x}) FSTRING({x}) NEWLINE ENDMARKER");
    /* nested strings use the other quote; braces inside them do not count */
    OK("f'{a[\"}\"]}'", "FSTRING({a[\"}\"]}) NEWLINE ENDMARKER");
    OK("f\"{'a'}\"", "FSTRING({'a'}) NEWLINE ENDMARKER");
    OK("f'''{\"\"\"a\"\"\"}'''", "FSTRING({\"\"\"a\"\"\"}) NEWLINE ENDMARKER");
    OK("f'''{'a'}'''", "FSTRING({'a'}) NEWLINE ENDMARKER");
    OK("f'{{' f'}}' f'{ {1:2}[1] }'", "FSTRING({{) FSTRING(}}) FSTRING({ {1:2}[1] }) NEWLINE ENDMARKER");
    /* in 3.11 the enclosing quote ends the literal, as in any string */
    OK("f'{'a'}'", "FSTRING({) NAME(a) STRING(}) NEWLINE ENDMARKER");
    /* a triple-quoted f-string spans lines */
    OK("x = f'''{\nx\n}'''\ny\n", "NAME(x) EQUAL FSTRING({\\x0ax\\x0a}) NEWLINE NAME(y) NEWLINE ENDMARKER");
    ck_assert_int_eq(g_tok[2].body_begin.line, 1);
    ck_assert_int_eq(g_tok[2].body_begin.col, 8);
    ck_assert_int_eq(g_tok[2].span.end.line, 3);
    ck_assert_int_eq(g_tok[2].span.end.col, 4);
    ck_assert_int_eq(g_tok[2].flags, TOKF_TRIPLE);
}
END_TEST

/* Lexes a fragment of text; offsets and start are the caller's. */
static void run_fragment(const char *text, size_t begin, size_t end, SrcLoc start) {
    Arena *arena = arena_new();
    FILE *f = tmpfile();
    Diag *diag = diag_new(f);
    Source src = source_from_text("t.py", text, strlen(text));
    Lexer *lx = lexer_new_fragment(arena, diag, &src, begin, end, start);
    g_toks[0] = g_errs[0] = 0;
    g_ntok = 0;
    for (int i = 0; i < 1000; i++) {
        Token t;
        lexer_next(lx, &t);
        if (g_ntok < 256) g_tok[g_ntok++] = t;
        render(&t);
        if (t.kind == TK_ENDMARKER) break;
    }
    g_nerr = lexer_error_count(lx);
    collect_errors(f);
    fclose(f);
    diag_free(diag);
    arena_free(arena);
}

START_TEST(test_fragments) {
    const char *src = "x = f\"{a + b!r}\"\n";
    SrcLoc start = {1, 7};
    run_fragment(src, 7, 12, start);
    ck_assert_str_eq(g_toks, "NAME(a) PLUS NAME(b) ENDMARKER");
    ck_assert_int_eq(g_tok[0].span.begin.line, 1);
    ck_assert_int_eq(g_tok[0].span.begin.col, 7);
    ck_assert_int_eq(g_tok[2].span.begin.col, 11);
    ck_assert_int_eq(g_tok[2].span.end.col, 12);
    /* newlines are ignored, positions are the file's */
    const char *src2 = "if x:\n    y = f'''{\n  a\n  +\n b}'''\n";
    SrcLoc start2 = {2, 13};
    run_fragment(src2, 19, 30, start2);
    ck_assert_str_eq(g_toks, "NAME(a) PLUS NAME(b) ENDMARKER");
    ck_assert_int_eq(g_tok[0].span.begin.line, 3);
    ck_assert_int_eq(g_tok[0].span.begin.col, 2);
    ck_assert_int_eq(g_tok[2].span.begin.line, 5);
    ck_assert_int_eq(g_tok[2].span.begin.col, 1);
    /* a fragment is an expression: `match` is a name, `!` a token */
    const char *src3 = "f'{match!r}'";
    SrcLoc start3 = {1, 3};
    run_fragment(src3, 3, 10, start3);
    ck_assert_str_eq(g_toks, "NAME(match) EXCLAMATION NAME(r) ENDMARKER");
    /* strings inside a fragment, and errors at true positions */
    const char *src4 = "f'{\"s\" + 1abc}'";
    SrcLoc start4 = {1, 3};
    run_fragment(src4, 3, 13, start4);
    ck_assert_str_eq(g_toks, "STRING(s) PLUS NUMBER(1abc) ENDMARKER");
    ck_assert_str_eq(g_errs, "1:10: invalid decimal literal");
    /* an empty fragment */
    run_fragment(src4, 3, 3, start4);
    ck_assert_str_eq(g_toks, "ENDMARKER");
}
END_TEST

/* ---- soft keywords ----------------------------------------------------- */

START_TEST(test_soft_keywords) {
    OK("match x:\n    case 1: pass\n",
       "MATCH NAME(x) COLON NEWLINE INDENT CASE NUMBER(1) COLON PASS NEWLINE DEDENT ENDMARKER");
    OK("match (x):\n case 1: pass\n",
       "MATCH LPAR NAME(x) RPAR COLON NEWLINE INDENT CASE NUMBER(1) COLON PASS NEWLINE DEDENT ENDMARKER");
    OK("match [a, b]:  # c\n case _: pass\n", "MATCH LSQB NAME(a) COMMA NAME(b) RSQB COLON NEWLINE INDENT CASE "
                                            "NAME(_) COLON PASS NEWLINE DEDENT ENDMARKER");
    OK("match -x:\n case 1: pass\n",
       "MATCH MINUS NAME(x) COLON NEWLINE INDENT CASE NUMBER(1) COLON PASS NEWLINE DEDENT ENDMARKER");
    OK("match *a, b:\n case 1: pass\n", "MATCH STAR NAME(a) COMMA NAME(b) COLON NEWLINE INDENT CASE NUMBER(1) "
                                       "COLON PASS NEWLINE DEDENT ENDMARKER");
    OK("match {\n 'a': 1}:\n case {'a': x}: pass\n",
       "MATCH LBRACE STRING(a) COLON NUMBER(1) RBRACE COLON NEWLINE INDENT CASE LBRACE STRING(a) COLON NAME(x) "
       "RBRACE COLON PASS NEWLINE DEDENT ENDMARKER");
    OK("match = 1", "NAME(match) EQUAL NUMBER(1) NEWLINE ENDMARKER");
    OK("match.x = 2", "NAME(match) DOT NAME(x) EQUAL NUMBER(2) NEWLINE ENDMARKER");
    OK("match(x)", "NAME(match) LPAR NAME(x) RPAR NEWLINE ENDMARKER");
    OK("match: int = 3", "NAME(match) COLON NAME(int) EQUAL NUMBER(3) NEWLINE ENDMARKER");
    OK("print(match)", "NAME(print) LPAR NAME(match) RPAR NEWLINE ENDMARKER");
    OK("match[1] = 2", "NAME(match) LSQB NUMBER(1) RSQB EQUAL NUMBER(2) NEWLINE ENDMARKER");
    OK("match -x", "NAME(match) MINUS NAME(x) NEWLINE ENDMARKER");
    OK("match x: pass", "NAME(match) NAME(x) COLON PASS NEWLINE ENDMARKER");
    OK("x = match", "NAME(x) EQUAL NAME(match) NEWLINE ENDMARKER");
    OK("match = lambda: 0", "NAME(match) EQUAL LAMBDA COLON NUMBER(0) NEWLINE ENDMARKER");
    /* case is a keyword only first on a line directly inside a match block */
    OK("case = 1\nmatch x:\n case 1:\n  case = 3\n",
       "NAME(case) EQUAL NUMBER(1) NEWLINE MATCH NAME(x) COLON NEWLINE INDENT CASE NUMBER(1) COLON NEWLINE "
       "INDENT NAME(case) EQUAL NUMBER(3) NEWLINE DEDENT DEDENT ENDMARKER");
    OK("match x:\n    case 1: pass\ncase = 2\n", "MATCH NAME(x) COLON NEWLINE INDENT CASE NUMBER(1) COLON PASS "
                                                "NEWLINE DEDENT NAME(case) EQUAL NUMBER(2) NEWLINE ENDMARKER");
    /* nested match statements */
    OK("match x:\n case 1:\n  match y:\n   case 2: pass\n case 3: pass\n",
       "MATCH NAME(x) COLON NEWLINE INDENT CASE NUMBER(1) COLON NEWLINE INDENT MATCH NAME(y) COLON NEWLINE "
       "INDENT CASE NUMBER(2) COLON PASS NEWLINE DEDENT DEDENT CASE NUMBER(3) COLON PASS NEWLINE DEDENT "
       "ENDMARKER");
    OK("if x:\n    match y:\n        case [a]:\n            pass\n        case b:\n            z = case\n",
       "IF NAME(x) COLON NEWLINE INDENT MATCH NAME(y) COLON NEWLINE INDENT CASE LSQB NAME(a) RSQB COLON "
       "NEWLINE INDENT PASS NEWLINE DEDENT CASE NAME(b) COLON NEWLINE INDENT NAME(z) EQUAL NAME(case) "
       "NEWLINE DEDENT DEDENT DEDENT ENDMARKER");
    /* the lookahead neither reports nor repeats errors */
    ERRS("match x + $:\n case 1: pass\n", "1:11: invalid syntax");
}
END_TEST

/* ---- encodings and line endings ---------------------------------------- */

START_TEST(test_bom_and_newlines) {
    OK("\xef\xbb\xbfx = 1\n", "NAME(x) EQUAL NUMBER(1) NEWLINE ENDMARKER");
    ck_assert_int_eq(g_tok[0].span.begin.col, 0);
    OK("# -*- coding: utf-8 -*-\nx\n", "NAME(x) NEWLINE ENDMARKER");
    OK("x = 1\r\nif y:\r\n    z\r\n", "NAME(x) EQUAL NUMBER(1) NEWLINE IF NAME(y) COLON NEWLINE INDENT NAME(z) "
                                     "NEWLINE DEDENT ENDMARKER");
    ck_assert_int_eq(g_tok[8].span.begin.line, 3);
    OK("x = 1\ry = 2\r", "NAME(x) EQUAL NUMBER(1) NEWLINE NAME(y) EQUAL NUMBER(2) NEWLINE ENDMARKER");
    ck_assert_int_eq(g_tok[4].span.begin.line, 2);
    OK("x = '''a\r\nb\rc'''\r\n", "NAME(x) EQUAL STRING(a\\x0ab\\x0ac) NEWLINE ENDMARKER");
    OK("x = 1 \\\r\n + 2\r\n", "NAME(x) EQUAL NUMBER(1) PLUS NUMBER(2) NEWLINE ENDMARKER");
    OK("'a\\\r\nb'", "STRING(ab) NEWLINE ENDMARKER");
}
END_TEST

/* ---- positions --------------------------------------------------------- */

static void check_span(int i, unsigned bl, unsigned bc, unsigned el, unsigned ec) {
    ck_assert_msg(g_tok[i].span.begin.line == bl && g_tok[i].span.begin.col == bc &&
                      g_tok[i].span.end.line == el && g_tok[i].span.end.col == ec,
                  "token %d (%s): %u:%u-%u:%u, expected %u:%u-%u:%u", i, kind_name(g_tok[i].kind),
                  g_tok[i].span.begin.line, g_tok[i].span.begin.col, g_tok[i].span.end.line,
                  g_tok[i].span.end.col, bl, bc, el, ec);
}

START_TEST(test_positions) {
    run_lexer("if x:\n    yy = 'a\\\nb' + \"\"\"c\nd\"\"\"  # c\nz\n");
    ck_assert_str_eq(g_toks, "IF NAME(x) COLON NEWLINE INDENT NAME(yy) EQUAL STRING(ab) PLUS STRING(c\\x0ad) "
                             "NEWLINE DEDENT NAME(z) NEWLINE ENDMARKER");
    check_span(0, 1, 0, 1, 2);  /* if */
    check_span(1, 1, 3, 1, 4);  /* x */
    check_span(2, 1, 4, 1, 5);  /* : */
    check_span(3, 1, 5, 1, 6);  /* NEWLINE after the last token */
    check_span(4, 2, 4, 2, 4);  /* INDENT at the first token */
    check_span(5, 2, 4, 2, 6);  /* yy */
    check_span(7, 2, 9, 3, 2);  /* 'a\<newline>b' */
    check_span(8, 3, 3, 3, 4);  /* + */
    check_span(9, 3, 5, 4, 4);  /* """c<newline>d""" */
    check_span(10, 4, 4, 4, 5); /* NEWLINE */
    check_span(11, 5, 0, 5, 0); /* DEDENT */
    check_span(12, 5, 0, 5, 1); /* z */
    check_span(14, 6, 0, 6, 0); /* ENDMARKER */
    ck_assert_int_eq(g_tok[7].len, 6);
    ck_assert(strncmp(g_tok[7].text, "'a\\\nb'", 6) == 0);
    /* non-ASCII: byte columns */
    run_lexer("\xc3\xa9 = '\xc3\xa9'");
    check_span(0, 1, 0, 1, 2);
    check_span(1, 1, 3, 1, 4);
    check_span(2, 1, 5, 1, 9);
    /* DEDENTs at end of file stand at the end */
    run_lexer("if x:\n  y");
    check_span(6, 2, 3, 2, 4); /* NEWLINE */
    check_span(7, 2, 3, 2, 3); /* DEDENT */
    check_span(8, 2, 3, 2, 3); /* ENDMARKER */
}
END_TEST

/* ---- the escape decoder on its own ------------------------------------- */

START_TEST(test_decode_escapes) {
    Arena *arena = arena_new();
    FILE *f = tmpfile();
    Diag *diag = diag_new(f);
    const char *text = "f'a\\n\\x41\\N{DIGIT ONE}{x}\\xZ'";
    Source src = source_from_text("t.py", text, strlen(text));
    const char *out;
    size_t n;
    SrcLoc at = {1, 2};
    ck_assert(lexer_decode_escapes(arena, diag, &src, at, text + 2, 20, 0, &out, &n));
    ck_assert_uint_eq(n, 4);
    ck_assert(memcmp(out, "a\nA1", 4) == 0);
    SrcLoc at2 = {1, 25};
    ck_assert(!lexer_decode_escapes(arena, diag, &src, at2, text + 25, 3, 0, &out, &n));
    ck_assert(lexer_decode_escapes(arena, diag, &src, at, "a\\u0041", 7, 1, &out, &n));
    ck_assert_uint_eq(n, 7);
    ck_assert_int_eq(diag_error_count(diag), 1);
    g_errs[0] = 0;
    collect_errors(f);
    ck_assert_str_eq(g_errs,
                     "1:26: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape");
    fclose(f);
    diag_free(diag);
    arena_free(arena);
}
END_TEST

/* ---- the whole CPython standard library -------------------------------- */

/* Does CPython compile the file?  (Lexer errors are fine where it does not.) */
static int cpython_compiles(const char *path) {
    char cmd[8192];
    snprintf(cmd, sizeof cmd,
             "%s -S -c \"import sys; compile(open(sys.argv[1], 'rb').read(), sys.argv[1], 'exec')\" '%s' "
             ">/dev/null 2>&1",
             KRAIT_PYTHON3, path);
    return system(cmd) == 0;
}

START_TEST(test_stdlib) {
    FILE *list = popen("find /usr/lib/python3.11 -name '*.py' -type f | sort", "r");
    ck_assert_ptr_nonnull(list);
    char path[4096];
    int files = 0, skipped = 0, rejected = 0, failures = 0;
    long tokens = 0, lines = 0;
    clock_t lex_time = 0;
    while (fgets(path, sizeof path, list)) {
        path[strcspn(path, "\n")] = 0;
        Arena *arena = arena_new();
        FILE *f = tmpfile();
        Diag *diag = diag_new(f);
        Source src;
        if (!source_load(&src, path, arena, diag)) { /* not UTF-8: not krait's input */
            skipped++;
        } else {
            clock_t t0 = clock();
            Lexer *lx = lexer_new(arena, diag, &src);
            Token t;
            do {
                lexer_next(lx, &t);
                tokens++;
            } while (t.kind != TK_ENDMARKER);
            lex_time += clock() - t0;
            lines += t.span.begin.line;
            files++;
            if (lexer_error_count(lx) > 0) {
                if (cpython_compiles(path)) {
                    failures++;
                    g_errs[0] = 0;
                    rewind(f);
                    char line[1024];
                    fprintf(stderr, "lexer errors in %s, which CPython compiles:\n", path);
                    while (fgets(line, sizeof line, f)) fputs(line, stderr);
                } else {
                    rejected++;
                }
            }
        }
        fclose(f);
        diag_free(diag);
        arena_free(arena);
    }
    pclose(list);
    printf("stdlib: lexed %d files (%ld lines, %ld tokens) in %.3f s; %d also rejected by CPython, "
           "%d not UTF-8\n",
           files, lines, tokens, (double)lex_time / CLOCKS_PER_SEC, rejected, skipped);
    ck_assert_int_gt(files, 100);
    ck_assert_int_eq(failures, 0);
}
END_TEST

static Suite *lexer_suite(void) {
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_empty_and_blank);
    tcase_add_test(tc, test_simple_lines);
    tcase_add_test(tc, test_indentation);
    tcase_add_test(tc, test_indentation_errors);
    tcase_add_test(tc, test_brackets_join_lines);
    tcase_add_test(tc, test_bracket_errors);
    tcase_add_test(tc, test_continuation_errors);
    tcase_add_test(tc, test_limits);
    tcase_add_test(tc, test_numbers_valid);
    tcase_add_test(tc, test_numbers_invalid);
    tcase_add_test(tc, test_names_keywords);
    tcase_add_test(tc, test_operators);
    tcase_add_test(tc, test_invalid_characters);
    tcase_add_test(tc, test_strings);
    tcase_add_test(tc, test_string_errors);
    tcase_add_test(tc, test_fstrings);
    tcase_add_test(tc, test_fragments);
    tcase_add_test(tc, test_soft_keywords);
    tcase_add_test(tc, test_bom_and_newlines);
    tcase_add_test(tc, test_positions);
    tcase_add_test(tc, test_decode_escapes);
    suite_add_tcase(s, tc);
    TCase *big = tcase_create("stdlib");
    tcase_set_timeout(big, 240);
    tcase_add_test(big, test_stdlib);
    suite_add_tcase(s, big);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(lexer_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
