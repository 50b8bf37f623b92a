/* parse_string.c — adjacent string literals and f-strings, as CPython 3.11.
 *
 * Input: the STRING and FSTRING tokens of one atom ("a" f"{x}" 'b').
 * Output: a Constant (str or bytes) or a JoinedStr, node for node what
 * CPython 3.11's string_parser.c builds:
 *
 *  - Plain literals are concatenated; bytes with str is "cannot mix bytes
 *    and nonbytes literals".  Empty pieces vanish.
 *  - An f-string body is split into literal text (escapes decoded by the
 *    lexer's lexer_decode_escapes unless raw; {{ and }} undoubled) and
 *    replacement fields {expr[=][!conv][:spec]}.  The end of expr is found
 *    by scanning as CPython's fstring_find_expr does (brackets, quotes,
 *    `!=` `==` `<=` `>=` are not ends).  The expression is parsed by a
 *    sub-parser (parse_fragment) over "(" expr ")", so `{x, y}` is a tuple
 *    and `{x for x in y}` a generator spanning the braces, as in CPython.
 *    A format spec is itself an f-string body, one level deep at most.
 *  - `=` puts the expression's source text in front as literal text and
 *    makes the conversion 'r' unless a conversion or spec is given.
 *  - Positions: every Constant piece, FormattedValue and the JoinedStr span
 *    all the tokens of the atom; a format spec's JoinedStr (and its last
 *    literal piece) spans its own token only; expressions have their real
 *    positions.  Kind "u" when the first token starts with a lowercase u.
 *
 * Messages are CPython's.  Errors raised while scanning a nested f-string
 * (inside a replacement field) get "f-string: " once more from parse_error,
 * exactly as CPython doubles it.
 */
#include <stdint.h>
#include <string.h>

#include "grammar.h"
#include "parse_rules.h"

/* A growing byte buffer in the arena (literal text being concatenated). */
typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static void buf_append(ParseState *ps, Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *data = arena_alloc(ps->arena, cap);
        if (b->len) memcpy(data, b->data, b->len);
        b->data = data;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

Token *parse_token_copy(ParseState *ps, const Token *t) {
    Token *copy = arena_alloc(ps->arena, sizeof *copy);
    *copy = *t;
    return copy;
}

PtrVec parse_strings2(ParseState *ps, const Token *a, const Token *b) {
    PtrVec v = parse_vec1(ps, parse_token_copy(ps, a));
    parse_vec_push(ps, &v, parse_token_copy(ps, b));
    return v;
}

/* The parser state of one atom's strings (CPython's FstringParser). */
typedef struct FState {
    Buf last_str;   /* literal text not yet made a Constant */
    PtrVec values;  /* Constant and FormattedValue nodes so far */
    bool fmode;     /* an f-string was seen: the result is a JoinedStr */
} FState;

/* Where the byte at p (inside token t's body) stands in the file.  The
 * scan starts from the previous answer when it can. */
static SrcLoc body_loc(ParseState *ps, const Token *t, const char *p) {
    const char *q = t->value;
    SrcLoc loc = t->body_begin;
    if (ps->fcursor_body == t->value && ps->fcursor_at <= p) {
        q = ps->fcursor_at;
        loc = ps->fcursor_loc;
    }
    for (; q < p; q++) {
        if (*q == '\n') {
            loc.line++;
            loc.col = 0;
        } else {
            loc.col++;
        }
    }
    ps->fcursor_body = t->value;
    ps->fcursor_at = p;
    ps->fcursor_loc = loc;
    return loc;
}

static Span char_span(ParseState *ps, const Token *t, const char *p) {
    SrcLoc b = body_loc(ps, t, p);
    SrcLoc e = b;
    e.col++;
    return parse_span(b, e);
}

static Span atom_span(const Token *first, const Token *last) {
    return parse_span(first->span.begin, last->span.end);
}

static Node *str_constant(ParseState *ps, const char *s, size_t len, const Token *first,
                          const Token *last) {
    Node *n = ast_constant(ps->arena, ast_const_str(s, len), atom_span(first, last));
    if (first->text[0] == 'u') n->u.Constant.kind = "u";
    return n;
}

static Node *str_node(ParseState *ps, Buf *text, const Token *first, const Token *last) {
    Node *n = str_constant(ps, text->data ? text->data : "", text->len, first, last);
    memset(text, 0, sizeof *text);
    return n;
}

/* Text as written, with \r\n and \r made \n (CPython reads source that way). */
static void append_raw(ParseState *ps, Buf *b, const char *s, size_t n) {
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\r') {
            buf_append(ps, b, s + start, i - start);
            buf_append(ps, b, "\n", 1);
            if (i + 1 < n && s[i + 1] == '\n') i++;
            start = i + 1;
        }
    }
    buf_append(ps, b, s + start, n - start);
}

static int fstring_concat(ParseState *ps, FState *st, const char **str, const char *end, bool raw,
                          int level, const Token *first, const Token *t, const Token *last);

/* A format spec: an f-string body of its own (CPython's fstring_parse). */
static Node *fstring_spec(ParseState *ps, const char **str, const char *end, bool raw, int level,
                          const Token *first, const Token *t, const Token *last) {
    FState st;
    memset(&st, 0, sizeof st);
    if (fstring_concat(ps, &st, str, end, raw, level, first, t, last) < 0) return NULL;
    if (st.last_str.len) ptrvec_push(ps->arena, &st.values, str_node(ps, &st.last_str, t, t));
    Node *n = ast_new(ps->arena, NODE_JoinedStr, atom_span(t, t));
    n->u.JoinedStr.values = parse_stmts(ps, &st.values);
    return ast_finish(n);
}

/* Literal text up to the next field (CPython's fstring_find_literal).
 * Returns -1 on error, 1 after a doubled brace (call again), else 0. */
static int find_literal(ParseState *ps, FState *st, const char **str, const char *end, bool raw,
                        int level, const Token *t) {
    const char *s = *str;
    const char *literal_start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                    continue;
                }
                break;
            }
        }
        if (ch == '{' || ch == '}') {
            /* Doubled braces only at the top level: f'{0:{3}}' ends with two. */
            if (level == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    parse_error(ps, char_span(ps, t, s - 1), "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (literal_start != s) {
        size_t n = (size_t)(s - literal_start);
        if (raw) {
            append_raw(ps, &st->last_str, literal_start, n);
        } else {
            /* A backslash right before a field's '{' (f'\\{x}' spelled with
             * one) escapes nothing: CPython keeps it as a character. */
            size_t backslashes = 0;
            while (backslashes < n && literal_start[n - 1 - backslashes] == '\\') backslashes++;
            bool lone = backslashes % 2 == 1;
            const char *out;
            size_t out_len;
            if (!lexer_decode_escapes(ps->arena, ps->diag, ps->src, body_loc(ps, t, literal_start),
                                      literal_start, n - lone, false, &out, &out_len)) {
                ps->errors++;
                return -1;
            }
            buf_append(ps, &st->last_str, out, out_len);
            if (lone) buf_append(ps, &st->last_str, "\\", 1);
        }
    }
    return result;
}

static bool py_isspace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}

/* The expression of a field: whitespace only is an error, else a fragment
 * parse of "(" text ")" (CPython's fstring_compile_expr). */
static Node *compile_expr(ParseState *ps, const char *expr_start, const char *expr_end,
                          const Token *t) {
    const char *s;
    for (s = expr_start; s != expr_end; s++)
        if (!(*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\r')) break;
    if (s == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
            parse_error(ps, char_span(ps, t, expr_end), "f-string: expression required before '%c'",
                        *expr_end);
        else
            parse_error(ps, char_span(ps, t, expr_end), "f-string: empty expression not allowed");
        return NULL;
    }
    /* In this order: body_loc is fastest moving forward. */
    Span lpar = char_span(ps, t, expr_start - 1);
    SrcLoc start = body_loc(ps, t, expr_start);
    Span rpar = char_span(ps, t, expr_end);
    const char *text = ps->src->text;
    return parse_fragment(ps, (size_t)(expr_start - text), (size_t)(expr_end - text), start, lpar,
                          rpar);
}

/* One replacement field, *str at its '{' (CPython's fstring_find_expr). */
static Node *find_expr(ParseState *ps, FState *st, const char **str, const char *end, bool raw,
                       int level, const Token *first, const Token *t, const Token *last) {
    const char *open = *str;
    if (level >= PARSE_MAX_FSTRING_SPEC_NESTING) {
        parse_error(ps, char_span(ps, t, open), "f-string: expressions nested too deeply");
        return NULL;
    }
    *str += 1;
    const char *expr_start = *str;
    char quote_char = 0;
    int string_type = 0;
    int depth = 0;
    char parenstack[PARSE_MAX_FSTRING_BRACKETS];
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\') {
            parse_error(ps, char_span(ps, t, *str), "f-string expression part cannot include a backslash");
            return NULL;
        }
        if (quote_char) {
            if (ch == quote_char) {
                if (string_type == 3) {
                    if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                        *str += 2;
                        string_type = 0;
                        quote_char = 0;
                    }
                } else {
                    string_type = 0;
                    quote_char = 0;
                }
            }
        } else if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote_char = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= PARSE_MAX_FSTRING_BRACKETS) {
                parse_error(ps, char_span(ps, t, *str), "f-string: too many nested parenthesis");
                return NULL;
            }
            parenstack[depth++] = ch;
        } else if (ch == '#') {
            parse_error(ps, char_span(ps, t, *str), "f-string expression part cannot include '#'");
            return NULL;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' ||
                                  ch == '<')) {
            if (*str + 1 < end) {
                char next = (*str)[1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                    (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    *str += 1;
                    continue;
                }
                if (ch == '>' || ch == '<') continue;
            }
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth) {
                parse_error(ps, char_span(ps, t, *str), "f-string: unmatched '%c'", ch);
                return NULL;
            }
            char opening = parenstack[--depth];
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
                  (opening == '{' && ch == '}'))) {
                parse_error(ps, char_span(ps, t, *str),
                            "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                            ch, opening);
                return NULL;
            }
        }
    }
    const char *expr_end = *str;
    if (quote_char) {
        parse_error(ps, char_span(ps, t, open), "f-string: unterminated string");
        return NULL;
    }
    if (depth) {
        parse_error(ps, char_span(ps, t, open), "f-string: unmatched '%c'", parenstack[depth - 1]);
        return NULL;
    }
    if (*str >= end) goto unexpected_end;

    Node *value = compile_expr(ps, expr_start, expr_end, t);
    if (!value) return NULL;

    bool debug = false;
    if (**str == '=') {
        *str += 1;
        while (*str < end && py_isspace(**str)) *str += 1;
        append_raw(ps, &st->last_str, expr_start, (size_t)(*str - expr_start));
        debug = true;
    }
    int conversion = -1;
    if (*str < end && **str == '!') {
        *str += 1;
        if (*str >= end) goto unexpected_end;
        conversion = (unsigned char)**str;
        *str += 1;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
            parse_error(ps, char_span(ps, t, *str - 1),
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return NULL;
        }
    }
    if (*str >= end) goto unexpected_end;
    Node *spec = NULL;
    if (**str == ':') {
        *str += 1;
        if (*str >= end) goto unexpected_end;
        spec = fstring_spec(ps, str, end, raw, level + 1, first, t, last);
        if (!spec) return NULL;
    }
    if (*str >= end || **str != '}') goto unexpected_end;
    *str += 1;
    if (debug && !spec && conversion == -1) conversion = 'r';

    Node *fv = ast_new(ps->arena, NODE_FormattedValue, atom_span(first, last));
    fv->u.FormattedValue.value = value;
    fv->u.FormattedValue.conversion = conversion;
    fv->u.FormattedValue.format_spec = spec;
    return ast_finish(fv);

unexpected_end:
    parse_error(ps, char_span(ps, t, *str < end ? *str : end - (end > open ? 1 : 0)),
                "f-string: expecting '}'");
    return NULL;
}

/* One f-string body (or format spec) into st (CPython's
 * _PyPegen_FstringParser_ConcatFstring). */
static int fstring_concat(ParseState *ps, FState *st, const char **str, const char *end, bool raw,
                          int level, const Token *first, const Token *t, const Token *last) {
    st->fmode = true;
    for (;;) {
        int result = find_literal(ps, st, str, end, raw, level, t);
        if (result < 0) return -1;
        if (result == 1) continue;
        if (*str >= end || **str == '}') break;
        Node *expr = find_expr(ps, st, str, end, raw, level, first, t, last);
        if (!expr) return -1;
        if (st->last_str.len)
            ptrvec_push(ps->arena, &st->values, str_node(ps, &st->last_str, first, last));
        ptrvec_push(ps->arena, &st->values, expr);
    }
    if (level == 0 && *str < end) {
        parse_error(ps, char_span(ps, t, *str), "f-string: single '}' is not allowed");
        return -1;
    }
    if (level != 0 && (*str >= end || **str != '}')) {
        parse_error(ps, char_span(ps, t, *str < end ? *str : end - 1), "f-string: expecting '}'");
        return -1;
    }
    return 0;
}

Node *parse_strings(ParseState *ps, PtrVec *tokens) {
    const Token *first = tokens->items[0];
    const Token *last = tokens->items[tokens->len - 1];
    bool bytesmode = (first->flags & TOKF_BYTES) != 0;
    /* The commonest case, one plain literal: the lexer's decoded value (in
     * the arena, NUL-terminated) is the constant as it is. */
    if (tokens->len == 1 && first->kind == TK_STRING && !bytesmode)
        return str_constant(ps, first->value, first->value_len, first, first);
    for (int i = 1; i < tokens->len; i++) {
        const Token *t = tokens->items[i];
        if (((t->flags & TOKF_BYTES) != 0) != bytesmode) {
            parse_error(ps, atom_span(first, last), "cannot mix bytes and nonbytes literals");
            return ast_constant(ps->arena, ast_const_str("", 0), atom_span(first, last));
        }
    }
    if (bytesmode) {
        Buf b;
        memset(&b, 0, sizeof b);
        for (int i = 0; i < tokens->len; i++) {
            const Token *t = tokens->items[i];
            buf_append(ps, &b, t->value ? t->value : "", t->value_len);
        }
        return ast_constant(ps->arena, ast_const_bytes(b.data ? b.data : "", b.len),
                            atom_span(first, last));
    }
    FState st;
    memset(&st, 0, sizeof st);
    for (int i = 0; i < tokens->len && !ps->dead; i++) {
        const Token *t = tokens->items[i];
        if (t->kind == TK_FSTRING) {
            /* Fragments and escapes report straight to diag. */
            parse_settle(ps);
            const char *s = t->value;
            if (fstring_concat(ps, &st, &s, t->value + t->value_len, (t->flags & TOKF_RAW) != 0, 0,
                               first, t, last) < 0)
                return ast_constant(ps->arena, ast_const_str("", 0), atom_span(first, last));
        } else if (t->value_len) {
            buf_append(ps, &st.last_str, t->value, t->value_len);
        }
    }
    if (!st.fmode) return str_node(ps, &st.last_str, first, last);
    if (st.last_str.len) ptrvec_push(ps->arena, &st.values, str_node(ps, &st.last_str, first, last));
    Node *n = ast_new(ps->arena, NODE_JoinedStr, atom_span(first, last));
    n->u.JoinedStr.values = parse_stmts(ps, &st.values);
    return ast_finish(n);
}

Node *parse_string1(ParseState *ps, const Token *t) {
    /* The token stays where the parser holds it for the whole call. */
    void *item = (void *)(uintptr_t)t;
    PtrVec one;
    one.items = &item;
    one.len = one.cap = 1;
    return parse_strings(ps, &one);
}
