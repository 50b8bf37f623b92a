/* test_parser.c — the parser (grammar.y, parse*.c) and the AST (ast.c,
 * ast_dump.c).
 *
 * Most tests parse a small source and compare the dump, without positions
 * ("(Module (body (Expr ...") or with them, against text written by hand
 * from what CPython's ast gives for the same source.  Error tests compare
 * the diagnostics, "LINE:COL: message" as diag prints them (1-based
 * columns), with CPython 3.11's messages.  The last group feeds hostile
 * nesting (10,000 parentheses, a 100,000-term sum, 1,000 nested ifs, long
 * unary chains) and checks for a clean error, never a crash.  One test runs
 * CPython (KRAIT_PYTHON3) on generated sources and compares whole dumps.
 */
#define _POSIX_C_SOURCE 200809L

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "parse.h"
#include "source.h"

#ifndef KRAIT_PYTHON3
#define KRAIT_PYTHON3 "/usr/bin/python3"
#endif
#ifndef KRAIT_SOURCE_DIR
#define KRAIT_SOURCE_DIR "."
#endif

/* ---- harness ----------------------------------------------------------------- */

static char *read_stream(FILE *f) {
    long n;
    fflush(f);
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(buf);
    size_t got = fread(buf, 1, (size_t)n, f);
    buf[got] = 0;
    return buf;
}

typedef struct Result {
    char *dump;   /* NULL when parsing failed */
    char *diags;  /* everything diag printed */
    int errors;
} Result;

static Result parse_text(const char *text, bool positions) {
    Result r = {NULL, NULL, 0};
    Arena *arena = arena_new();
    FILE *err = tmpfile();
    ck_assert_ptr_nonnull(err);
    Diag *diag = diag_new(err);
    Source src = source_from_text("t.py", text, strlen(text));
    Node *m = parse_source(arena, diag, &src);
    r.errors = diag_error_count(diag);
    if (m) {
        FILE *out = tmpfile();
        ck_assert_ptr_nonnull(out);
        ast_dump(out, m, positions);
        r.dump = read_stream(out);
        fclose(out);
    }
    diag_free(diag);
    r.diags = read_stream(err);
    fclose(err);
    arena_free(arena);
    return r;
}

static void result_free(Result *r) {
    free(r->dump);
    free(r->diags);
}

/* Squeezes the dump's newlines and indentation into single spaces. */
static char *squeeze(const char *s) {
    char *out = malloc(strlen(s) + 1);
    char *o = out;
    while (*s) {
        if (*s == '\n') {
            while (s[1] == ' ') s++;
            *o++ = ' ';
            s++;
            continue;
        }
        *o++ = *s++;
    }
    while (o > out && o[-1] == ' ') o--;
    *o = 0;
    return out;
}

/* The dump of text without positions, on one line. */
static void check_dump(const char *text, const char *expected) {
    Result r = parse_text(text, false);
    ck_assert_msg(r.dump != NULL, "parse failed for %s: %s", text, r.diags);
    char *flat = squeeze(r.dump);
    ck_assert_str_eq(flat, expected);
    free(flat);
    result_free(&r);
}

/* Whether the dump of text (with positions) contains needle. */
static void check_dump_has(const char *text, const char *needle) {
    Result r = parse_text(text, true);
    ck_assert_msg(r.dump != NULL, "parse failed for %s: %s", text, r.diags);
    ck_assert_msg(strstr(r.dump, needle) != NULL, "%s: no '%s' in\n%s", text, needle, r.dump);
    result_free(&r);
}

/* The diagnostics must include "t.py:LINE:COL: error: MSG" for each of the
 * expected "LINE:COL: MSG" strings, and be exactly that many errors. */
static void check_errors(const char *text, int count, const char *const *expected) {
    Result r = parse_text(text, false);
    ck_assert_msg(r.dump == NULL, "%s parsed, but should not", text);
    for (int i = 0; i < count; i++) {
        const char *e = expected[i];
        const char *colon = strchr(strchr(e, ':') + 1, ':');
        char want[512];
        snprintf(want, sizeof want, "t.py:%.*s: error:%s", (int)(colon - e), e, colon + 1);
        ck_assert_msg(strstr(r.diags, want) != NULL, "%s: missing '%s' in\n%s", text, want, r.diags);
    }
    ck_assert_msg(r.errors == count, "%s: %d errors, expected %d:\n%s", text, r.errors, count, r.diags);
    result_free(&r);
}

static void check_error(const char *text, const char *expected) {
    check_errors(text, 1, &expected);
}

/* ---- the tree ------------------------------------------------------------------ */

START_TEST(test_assign_dump) {
    Result r = parse_text("x = 1\n", true);
    ck_assert_ptr_nonnull(r.dump);
    ck_assert_str_eq(r.dump,
                     "(Module\n"
                     "  (body\n"
                     "    (Assign @1:0-1:5 type_comment=None\n"
                     "      (targets\n"
                     "        (Name @1:0-1:1 id=\"x\" ctx=Store))\n"
                     "      (value (Constant @1:4-1:5 value=int:1 kind=None))))\n"
                     "  (type_ignores))\n");
    result_free(&r);
}
END_TEST

START_TEST(test_empty_module) {
    check_dump("", "(Module (body) (type_ignores))");
    check_dump("# only a comment\n\n", "(Module (body) (type_ignores))");
}
END_TEST

START_TEST(test_precedence) {
    check_dump("a + b * c\n",
               "(Module (body (Expr (value (BinOp op=Add (left (Name id=\"a\" ctx=Load)) "
               "(right (BinOp op=Mult (left (Name id=\"b\" ctx=Load)) (right (Name id=\"c\" ctx=Load)))))))) "
               "(type_ignores))");
    check_dump("-a ** b\n",
               "(Module (body (Expr (value (UnaryOp op=USub (operand (BinOp op=Pow "
               "(left (Name id=\"a\" ctx=Load)) (right (Name id=\"b\" ctx=Load)))))))) (type_ignores))");
    check_dump("not a and b or c\n",
               "(Module (body (Expr (value (BoolOp op=Or (values (BoolOp op=And (values (UnaryOp op=Not "
               "(operand (Name id=\"a\" ctx=Load))) (Name id=\"b\" ctx=Load))) (Name id=\"c\" ctx=Load)))))) "
               "(type_ignores))");
}
END_TEST

START_TEST(test_chains_flatten) {
    check_dump("a or b or c\n",
               "(Module (body (Expr (value (BoolOp op=Or (values (Name id=\"a\" ctx=Load) "
               "(Name id=\"b\" ctx=Load) (Name id=\"c\" ctx=Load)))))) (type_ignores))");
    check_dump("(a or b) or c\n",
               "(Module (body (Expr (value (BoolOp op=Or (values (BoolOp op=Or (values "
               "(Name id=\"a\" ctx=Load) (Name id=\"b\" ctx=Load))) (Name id=\"c\" ctx=Load)))))) "
               "(type_ignores))");
    check_dump("a < b is not c not in d\n",
               "(Module (body (Expr (value (Compare ops=[Lt,IsNot,NotIn] (left (Name id=\"a\" ctx=Load)) "
               "(comparators (Name id=\"b\" ctx=Load) (Name id=\"c\" ctx=Load) (Name id=\"d\" ctx=Load)))))) "
               "(type_ignores))");
}
END_TEST

START_TEST(test_elif_nests) {
    check_dump("if a:\n    pass\nelif b:\n    pass\nelse:\n    x\n",
               "(Module (body (If (test (Name id=\"a\" ctx=Load)) (body (Pass)) (orelse (If "
               "(test (Name id=\"b\" ctx=Load)) (body (Pass)) (orelse (Expr (value (Name id=\"x\" "
               "ctx=Load)))))))) (type_ignores))");
    check_dump_has("if a:\n    pass\nelif b:\n    pass\n", "(If @3:0-4:8");
}
END_TEST

START_TEST(test_positions) {
    /* Parentheses start the enclosing node, not the inner one. */
    check_dump_has("(a) + b\n", "(BinOp @1:0-1:7");
    check_dump_has("(a) + b\n", "(Name @1:1-1:2 id=\"a\"");
    /* A tuple without parentheses ends with its trailing comma. */
    check_dump_has("x = 1,\n", "(Tuple @1:4-1:6");
    /* A lone generator argument takes the call's parentheses. */
    check_dump_has("f(x for x in y)\n", "(GeneratorExp @1:1-1:15");
    /* Columns count UTF-8 bytes. */
    check_dump_has("s = 'é' + x\n", "(Name @1:11-1:12 id=\"x\"");
    /* Decorated definitions start at def. */
    check_dump_has("@d\ndef f(): pass\n", "(FunctionDef @2:0-2:13");
    check_dump_has("async def f(): pass\n", "(AsyncFunctionDef @1:0-1:19");
}
END_TEST

START_TEST(test_with_items) {
    check_dump("with (a as b, c):\n    pass\n",
               "(Module (body (With type_comment=None (items (withitem (context_expr (Name id=\"a\" "
               "ctx=Load)) (optional_vars (Name id=\"b\" ctx=Store))) (withitem optional_vars=None "
               "(context_expr (Name id=\"c\" ctx=Load)))) (body (Pass)))) (type_ignores))");
    check_dump("with (a, b) as c:\n    pass\n",
               "(Module (body (With type_comment=None (items (withitem (context_expr (Tuple ctx=Load "
               "(elts (Name id=\"a\" ctx=Load) (Name id=\"b\" ctx=Load)))) (optional_vars (Name "
               "id=\"c\" ctx=Store)))) (body (Pass)))) (type_ignores))");
}
END_TEST

START_TEST(test_arguments) {
    check_dump("def f(a, /, b=1, *c, d, e=2, **f): pass\n",
               "(Module (body (FunctionDef name=\"f\" returns=None type_comment=None (args (arguments "
               "(posonlyargs (arg arg=\"a\" annotation=None type_comment=None)) "
               "(args (arg arg=\"b\" annotation=None type_comment=None)) "
               "(vararg (arg arg=\"c\" annotation=None type_comment=None)) "
               "(kwonlyargs (arg arg=\"d\" annotation=None type_comment=None) "
               "(arg arg=\"e\" annotation=None type_comment=None)) "
               "(kw_defaults None (Constant value=int:2 kind=None)) "
               "(kwarg (arg arg=\"f\" annotation=None type_comment=None)) "
               "(defaults (Constant value=int:1 kind=None)))) (body (Pass)) (decorator_list))) "
               "(type_ignores))");
}
END_TEST

START_TEST(test_fstring) {
    check_dump("f'a{x!r:>{w}}b{y=}'\n",
               "(Module (body (Expr (value (JoinedStr (values (Constant value=str:\"a\" kind=None) "
               "(FormattedValue conversion=114 (value (Name id=\"x\" ctx=Load)) (format_spec (JoinedStr "
               "(values (Constant value=str:\">\" kind=None) (FormattedValue conversion=-1 "
               "format_spec=None (value (Name id=\"w\" ctx=Load))))))) (Constant value=str:\"by=\" "
               "kind=None) (FormattedValue conversion=114 format_spec=None (value (Name id=\"y\" "
               "ctx=Load)))))))) (type_ignores))");
    /* Fields have their real positions; pieces span the whole literal. */
    check_dump_has("x = f'{a}{b}'\n", "(Name @1:10-1:11 id=\"b\"");
    check_dump_has("x = f'{a}{b}'\n", "(FormattedValue @1:4-1:13");
    check_dump("u'a' 'b'\n",
               "(Module (body (Expr (value (Constant value=str:\"ab\" kind=\"u\")))) (type_ignores))");
}
END_TEST

START_TEST(test_match) {
    check_dump("match p:\n    case [1, *rest] | {'k': _} as m if m: pass\n",
               "(Module (body (Match (subject (Name id=\"p\" ctx=Load)) (cases (match_case (pattern "
               "(MatchAs name=\"m\" (pattern (MatchOr (patterns (MatchSequence (patterns (MatchValue "
               "(value (Constant value=int:1 kind=None))) (MatchStar name=\"rest\"))) (MatchMapping "
               "rest=None (keys (Constant value=str:\"k\" kind=None)) (patterns (MatchAs pattern=None "
               "name=None)))))))) (guard (Name id=\"m\" ctx=Load)) (body (Pass)))))) (type_ignores))");
    /* match and case stay names elsewhere. */
    check_dump("match = case\n",
               "(Module (body (Assign type_comment=None (targets (Name id=\"match\" ctx=Store)) "
               "(value (Name id=\"case\" ctx=Load)))) (type_ignores))");
}
END_TEST

/* ---- literals ------------------------------------------------------------------ */

static void check_number(const char *text, ConstKind kind, const char *expected) {
    Arena *arena = arena_new();
    ConstValue v;
    int is_float = strpbrk(text, ".eE") != NULL && !(text[0] == '0' && (text[1] == 'x' || text[1] == 'X'));
    int is_imag = strpbrk(text, "jJ") != NULL;
    ck_assert_int_eq(ast_number_value(arena, text, strlen(text), is_float, is_imag, &v), AST_NUMBER_OK);
    ck_assert_int_eq(v.kind, kind);
    char buf[256];
    if (kind == CONST_INT) snprintf(buf, sizeof buf, "%lld", (long long)v.i);
    else if (kind == CONST_BIGINT) snprintf(buf, sizeof buf, "%s", v.s);
    else snprintf(buf, sizeof buf, "%.17g", v.f);
    ck_assert_str_eq(buf, expected);
    arena_free(arena);
}

START_TEST(test_numbers) {
    check_number("0", CONST_INT, "0");
    check_number("000", CONST_INT, "0");
    check_number("1_000_000", CONST_INT, "1000000");
    check_number("0x7fffffffffffffff", CONST_INT, "9223372036854775807");
    check_number("9223372036854775808", CONST_BIGINT, "9223372036854775808");
    check_number("0xFFFF_FFFF_FFFF_FFFF", CONST_BIGINT, "18446744073709551615");
    check_number("0o1777777777777777777777", CONST_BIGINT, "18446744073709551615");
    check_number("0b1" "0000000000000000000000000000000000000000000000000000000000000000", CONST_BIGINT,
                 "18446744073709551616");
    check_number("123456789012345678901234567890", CONST_BIGINT, "123456789012345678901234567890");
    check_number("1e1000000000", CONST_FLOAT, "inf");
    check_number("0.1", CONST_FLOAT, "0.10000000000000001");
    check_number("1_0.5e-1_0", CONST_FLOAT, "1.0500000000000001e-09");
    check_number("2.5j", CONST_COMPLEX, "2.5");
}
END_TEST

START_TEST(test_number_limits) {
    Arena *arena = arena_new();
    ConstValue v;
    char *big = malloc(AST_MAX_INT_DIGITS + 2);
    memset(big, '7', AST_MAX_INT_DIGITS + 1);
    big[AST_MAX_INT_DIGITS + 1] = 0;
    ck_assert_int_eq(ast_number_value(arena, big, strlen(big), 0, 0, &v), AST_NUMBER_TOO_MANY_DIGITS);
    big[AST_MAX_INT_DIGITS] = 0;
    ck_assert_int_eq(ast_number_value(arena, big, strlen(big), 0, 0, &v), AST_NUMBER_OK);
    ck_assert_int_eq(v.kind, CONST_BIGINT);
    ck_assert_uint_eq(v.len, AST_MAX_INT_DIGITS);
    free(big);
    arena_free(arena);
}
END_TEST

START_TEST(test_field_table) {
    int count;
    const AstField *f = ast_fields(NODE_FunctionDef, &count);
    ck_assert_int_eq(count, 6);
    ck_assert_str_eq(f[0].name, "name");
    ck_assert_str_eq(f[5].name, "type_comment");
    f = ast_fields(NODE_arguments, &count);
    ck_assert_int_eq(count, 7);
    ck_assert_str_eq(f[4].name, "kw_defaults");
    ast_fields(NODE_Pass, &count);
    ck_assert_int_eq(count, 0);
    ck_assert_str_eq(ast_kind_name(NODE_MatchOr), "MatchOr");
    ck_assert_int_eq(ast_kind_has_position(NODE_comprehension), 0);
    ck_assert_int_eq(ast_kind_has_position(NODE_keyword), 1);
}
END_TEST

/* ---- errors -------------------------------------------------------------------- */

START_TEST(test_error_messages) {
    check_error("if x\n    pass\n", "1:5: expected ':'");
    check_error("if x:\npass\n", "2:1: expected an indented block after 'if' statement on line 1");
    check_error("x = 1\n    y = 2\n", "2:5: unexpected indent");
    check_error("f() = 1\n", "1:1: cannot assign to function call here. Maybe you meant '==' instead of '='?");
    check_error("x = f() = 1\n", "1:5: cannot assign to function call");
    /* CPython's message depends on the element just before the '='. */
    check_error("a, f() = 1\n", "1:4: cannot assign to function call here. Maybe you meant '==' instead of '='?");
    check_error("f(), a = 1\n", "1:6: invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    check_error("a, f(), = 1\n", "1:4: cannot assign to function call");
    check_error("(a, b) += 1\n", "1:1: 'tuple' is an illegal expression for augmented assignment");
    check_error("del f()\n", "1:5: cannot delete function call");
    check_error("f(a.b=1)\n", "1:3: expression cannot contain assignment, perhaps you meant \"==\"?");
    check_error("f(a=1, b)\n", "1:8: positional argument follows keyword argument");
    check_error("f(x for x in y, 1)\n", "1:3: Generator expression must be parenthesized");
    check_error("def f(a=1, b): pass\n", "1:12: non-default argument follows default argument");
    check_error("def f(*): pass\n", "1:7: named arguments must follow bare *");
    check_error("try:\n    pass\nx = 1\n", "3:1: expected 'except' or 'finally' block");
    check_error("print 'x'\n", "1:1: Missing parentheses in call to 'print'. Did you mean print(...)?");
    check_error("[a b]\n", "1:2: invalid syntax. Perhaps you forgot a comma?");
    check_error("x = 1 2\n", "1:7: invalid syntax");
    check_error("b'a' 'b'\n", "1:1: cannot mix bytes and nonbytes literals");
    check_error("f'{}'\n", "1:4: f-string: empty expression not allowed");
    check_error("f'{a +}'\n", "1:7: f-string: invalid syntax");
    check_error("x = (a as b)\n", "1:8: invalid syntax");
}
END_TEST

START_TEST(test_multiple_errors) {
    static const char *const expected[] = {
        "1:5: expected ':'",
        "3:5: cannot assign to function call",
        "4:7: invalid syntax",
        "6:3: unexpected indent",
    };
    check_errors("if x\n    pass\nx = f() = 1\nx = 1 2\ny = 3\n  z\n", 4, expected);
}
END_TEST

START_TEST(test_error_cap) {
    /* Forty broken lines: diag stops at its limit, the parser stops with it. */
    char text[4096] = "";
    for (int i = 0; i < 40; i++) strcat(text, "x = 1 2\n");
    Result r = parse_text(text, false);
    ck_assert_ptr_null(r.dump);
    ck_assert_int_ge(r.errors, 1);
    ck_assert_int_le(r.errors, DIAG_MAX_ERRORS + 1);
    result_free(&r);
}
END_TEST

/* ---- hostile nesting ------------------------------------------------------------ */

static char *repeat(const char *head, const char *unit, int n, const char *mid, const char *unit2,
                    int n2, const char *tail) {
    size_t len = strlen(head) + strlen(unit) * (size_t)n + strlen(mid) + strlen(unit2) * (size_t)n2 +
                 strlen(tail) + 1;
    char *s = malloc(len);
    char *p = s;
    p += sprintf(p, "%s", head);
    for (int i = 0; i < n; i++) p += sprintf(p, "%s", unit);
    p += sprintf(p, "%s", mid);
    for (int i = 0; i < n2; i++) p += sprintf(p, "%s", unit2);
    sprintf(p, "%s", tail);
    return s;
}

static void check_rejected_with(char *text, const char *needle) {
    Result r = parse_text(text, false);
    ck_assert_ptr_null(r.dump);
    ck_assert_int_ge(r.errors, 1);
    ck_assert_msg(strstr(r.diags, needle) != NULL, "no '%s' in %.300s", needle, r.diags);
    result_free(&r);
    free(text);
}

START_TEST(test_deep_parentheses) {
    check_rejected_with(repeat("x = ", "(", 10000, "1", ")", 10000, "\n"), "too deeply nested");
}
END_TEST

START_TEST(test_long_sum) {
    check_rejected_with(repeat("x = a", "+a", 100000, "", "", 0, "\n"),
                        "too deeply nested: expression is more than 1000 levels deep");
}
END_TEST

START_TEST(test_nested_ifs) {
    size_t cap = 1100 * 1100;
    char *text = malloc(cap);
    char *p = text;
    for (int i = 0; i < 1000; i++) {
        memset(p, ' ', (size_t)i);
        p += i;
        p += sprintf(p, "if x:\n");
    }
    memset(p, ' ', 1000);
    p += 1000;
    sprintf(p, "pass\n");
    check_rejected_with(text, "too deeply nested");
}
END_TEST

START_TEST(test_unary_chains) {
    check_rejected_with(repeat("x = ", "-", 100000, "1", "", 0, "\n"), "too deeply nested");
    check_rejected_with(repeat("x = ", "not ", 100000, "1", "", 0, "\n"), "too deeply nested");
    check_rejected_with(repeat("x = ", "lambda: ", 20000, "1", "", 0, "\n"), "too deeply nested");
    check_rejected_with(repeat("x = a", "**a", 100000, "", "", 0, "\n"), "too deeply nested");
    check_rejected_with(repeat("match x:\n    case a", "|a", 100000, ": pass\n", "", 0, ""),
                        "too deeply nested");
}
END_TEST

START_TEST(test_nesting_within_limits) {
    /* 199 parentheses (the lexer allows 200) parse fine. */
    char *text = repeat("x = ", "(a + ", 199, "b", ")", 199, "\n");
    Result r = parse_text(text, false);
    ck_assert_msg(r.dump != NULL, "%s", r.diags);
    result_free(&r);
    free(text);
    /* So do 99 nested blocks. */
    char *blocks = malloc(100 * 120);
    char *p = blocks;
    for (int i = 0; i < 99; i++) {
        memset(p, ' ', (size_t)i);
        p += i;
        p += sprintf(p, "while x:\n");
    }
    memset(p, ' ', 99);
    p += 99;
    sprintf(p, "pass\n");
    r = parse_text(blocks, false);
    ck_assert_msg(r.dump != NULL, "%s", r.diags);
    result_free(&r);
    free(blocks);
}
END_TEST

START_TEST(test_long_flat_constructs) {
    /* Wide but shallow input parses, in linear time (Check's timeout). */
    const char *const cases[][4] = {
        {"x = a", " or a", "", "\n"},
        {"x = a", " < a", "", "\n"},
        {"x = [a for a in b", " if a", "]", "\n"},
        {"x = f'", "{a}", "'", "\n"},
        {"x = (", " f'{a}'", ")", "\n"},
        {"with (", "a as b, ", "):", "\n    pass\n"},
        {"x = [", "1, ", "]", "\n"},
        {"x = {", "1: 2, ", "}", "\n"},
        {"global a", ", a", "", "\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char tail[32];
        snprintf(tail, sizeof tail, "%s%s", cases[i][2], cases[i][3]);
        char *text = repeat(cases[i][0], cases[i][1], 100000, "", "", 0, tail);
        Result r = parse_text(text, false);
        ck_assert_msg(r.dump != NULL, "%.40s...: %s", text, r.diags);
        result_free(&r);
        free(text);
    }
}
END_TEST

/* ---- against CPython ------------------------------------------------------------ */

/* Writes text to a file, dumps it with krait and with pyast_dump.py, and
 * compares. */
static void check_against_cpython(const char *text) {
    char path[] = "/tmp/krait_test_parser_XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    FILE *f = fdopen(fd, "w");
    fputs(text, f);
    fclose(f);
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "%s -S %s/tests/parse/pyast_dump.py %s", KRAIT_PYTHON3, KRAIT_SOURCE_DIR,
             path);
    FILE *py = popen(cmd, "r");
    ck_assert_ptr_nonnull(py);
    static char expected[4 << 20];
    size_t n = fread(expected, 1, sizeof expected - 1, py);
    expected[n] = 0;
    ck_assert_int_eq(pclose(py), 0);
    ck_assert_uint_lt(n, sizeof expected - 1);
    Result r = parse_text(text, true);
    ck_assert_msg(r.dump != NULL, "%s", r.diags);
    /* Compared without ck_assert_str_eq: Check cannot carry long messages. */
    ck_assert_msg(strcmp(r.dump, expected) == 0, "krait's dump differs from CPython's for %.200s", text);
    result_free(&r);
    remove(path);
}

START_TEST(test_generated_against_cpython) {
    check_against_cpython("x = [a if b else c for a, *b in d if e for f in g]\n"
                          "y = {**k, 'v': (lambda *a, b=1, **c: a)(1, *d, e=2, **f)}\n"
                          "z = f'{x!r:>{w}} {y=} {\"s\"}' u'u' 'w'\n"
                          "w = a[1:2, ::3, *b], -c ** -d @ e // f\n"
                          "match v:\n    case {1: [a, *_], **r} | C(d, e=f) as g if g: pass\n");
    char *sum = repeat("s = 1", " + 1", 400, "\n", "", 0, "");
    check_against_cpython(sum);
    free(sum);
    char *elifs = repeat("if a: pass\n", "elif b: pass\n", 200, "else: pass\n", "", 0, "");
    check_against_cpython(elifs);
    free(elifs);
}
END_TEST

static Suite *parser_suite(void) {
    Suite *s = suite_create("parser");
    TCase *tree = tcase_create("tree");
    tcase_add_test(tree, test_assign_dump);
    tcase_add_test(tree, test_empty_module);
    tcase_add_test(tree, test_precedence);
    tcase_add_test(tree, test_chains_flatten);
    tcase_add_test(tree, test_elif_nests);
    tcase_add_test(tree, test_positions);
    tcase_add_test(tree, test_with_items);
    tcase_add_test(tree, test_arguments);
    tcase_add_test(tree, test_fstring);
    tcase_add_test(tree, test_match);
    suite_add_tcase(s, tree);
    TCase *lit = tcase_create("literals");
    tcase_add_test(lit, test_numbers);
    tcase_add_test(lit, test_number_limits);
    tcase_add_test(lit, test_field_table);
    suite_add_tcase(s, lit);
    TCase *err = tcase_create("errors");
    tcase_add_test(err, test_error_messages);
    tcase_add_test(err, test_multiple_errors);
    tcase_add_test(err, test_error_cap);
    suite_add_tcase(s, err);
    TCase *deep = tcase_create("nesting");
    tcase_set_timeout(deep, 60);
    tcase_add_test(deep, test_deep_parentheses);
    tcase_add_test(deep, test_long_sum);
    tcase_add_test(deep, test_nested_ifs);
    tcase_add_test(deep, test_unary_chains);
    tcase_add_test(deep, test_nesting_within_limits);
    tcase_add_test(deep, test_long_flat_constructs);
    suite_add_tcase(s, deep);
    TCase *py = tcase_create("cpython");
    tcase_set_timeout(py, 60);
    tcase_add_test(py, test_generated_against_cpython);
    suite_add_tcase(s, py);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(parser_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
