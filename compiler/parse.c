/* parse.c — the parser's driver: tokens in, Module out, errors reported.
 *
 * parse_source runs the lexer into the Lemon parser generated from
 * grammar.y, one token at a time.  The grammar's actions build the tree
 * through parse_build.c, parse_pattern.c and parse_string.c; this file owns
 * what surrounds them:
 *
 *  - Syntax errors.  The message is chosen from the set of tokens that
 *    could have come instead of the bad one, computed on the stack as it
 *    was before that token (grammar.y's krait_parser_feed), not after
 *    Lemon's default reductions narrowed it; it comes before anything the
 *    token's reductions report themselves (parse_error settles the token
 *    first).  Messages are CPython's where one applies ("unexpected
 *    indent", "expected ':'", "expected an indented block after 'if'
 *    statement on line 3", "invalid syntax. Perhaps you forgot a comma?",
 *    "invalid syntax").  The grammar's error rules then skip the broken
 *    statement, so later independent errors are reported too (diag stops
 *    at DIAG_MAX_ERRORS).
 *    A parser error on a line where the lexer already complained is not
 *    reported: it is that error's echo.
 *  - Limits.  The Lemon stack is bounded (grammar.y's %stack_size; overflow
 *    is "too deeply nested" and ends the parse).  The tree's depth is
 *    checked at every finished statement against AST_MAX_DEPTH, so that
 *    later stages may recurse freely.  Together with the lexer's bracket and
 *    indentation limits, no input makes the parser crash or take more than
 *    linear time.
 *  - f-string replacement fields (parse_fragment): a Lemon parser of their
 *    own (one per nesting level, reused) over a fragment lexer, started by
 *    the FRAGMENT token and fed "(" expr ")" exactly as CPython 3.11
 *    compiles the field.
 *  - `x as y` items that nothing claimed by the end of their line, and
 *    where a case pattern ends (calls there are class patterns, whose
 *    argument order parse_pattern.c checks).
 *
 * After any error parse_source returns NULL.
 */
#include "parse.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "parse_rules.h"

/* Room for one formatted message. */
#define PARSE_MESSAGE_MAX 512

/* How CPython's messages spell a terminal. */
static const char *const token_spelling[] = {
    [TK_NEWLINE] = "newline", [TK_INDENT] = "indent", [TK_DEDENT] = "dedent",
    [TK_NAME] = "name", [TK_NUMBER] = "number", [TK_STRING] = "string",
    [TK_FSTRING] = "string", [TK_ENDMARKER] = "end of file",
    [TK_FALSE] = "'False'", [TK_NONE] = "'None'", [TK_TRUE] = "'True'", [TK_AND] = "'and'",
    [TK_AS] = "'as'", [TK_ASSERT] = "'assert'", [TK_ASYNC] = "'async'", [TK_AWAIT] = "'await'",
    [TK_BREAK] = "'break'", [TK_CLASS] = "'class'", [TK_CONTINUE] = "'continue'",
    [TK_DEF] = "'def'", [TK_DEL] = "'del'", [TK_ELIF] = "'elif'", [TK_ELSE] = "'else'",
    [TK_EXCEPT] = "'except'", [TK_FINALLY] = "'finally'", [TK_FOR] = "'for'",
    [TK_FROM] = "'from'", [TK_GLOBAL] = "'global'", [TK_IF] = "'if'", [TK_IMPORT] = "'import'",
    [TK_IN] = "'in'", [TK_IS] = "'is'", [TK_LAMBDA] = "'lambda'", [TK_NONLOCAL] = "'nonlocal'",
    [TK_NOT] = "'not'", [TK_OR] = "'or'", [TK_PASS] = "'pass'", [TK_RAISE] = "'raise'",
    [TK_RETURN] = "'return'", [TK_TRY] = "'try'", [TK_WHILE] = "'while'", [TK_WITH] = "'with'",
    [TK_YIELD] = "'yield'", [TK_MATCH] = "'match'", [TK_CASE] = "'case'",
    [TK_LPAR] = "'('", [TK_RPAR] = "')'", [TK_LSQB] = "'['", [TK_RSQB] = "']'",
    [TK_LBRACE] = "'{'", [TK_RBRACE] = "'}'", [TK_COLON] = "':'", [TK_COMMA] = "','",
    [TK_SEMI] = "';'", [TK_PLUS] = "'+'", [TK_MINUS] = "'-'", [TK_STAR] = "'*'",
    [TK_SLASH] = "'/'", [TK_VBAR] = "'|'", [TK_AMPER] = "'&'", [TK_LESS] = "'<'",
    [TK_GREATER] = "'>'", [TK_EQUAL] = "'='", [TK_DOT] = "'.'", [TK_PERCENT] = "'%'",
    [TK_EQEQUAL] = "'=='", [TK_NOTEQUAL] = "'!='", [TK_LESSEQUAL] = "'<='",
    [TK_GREATEREQUAL] = "'>='", [TK_TILDE] = "'~'", [TK_CIRCUMFLEX] = "'^'",
    [TK_LEFTSHIFT] = "'<<'", [TK_RIGHTSHIFT] = "'>>'", [TK_DOUBLESTAR] = "'**'",
    [TK_PLUSEQUAL] = "'+='", [TK_MINEQUAL] = "'-='", [TK_STAREQUAL] = "'*='",
    [TK_SLASHEQUAL] = "'/='", [TK_PERCENTEQUAL] = "'%='", [TK_AMPEREQUAL] = "'&='",
    [TK_VBAREQUAL] = "'|='", [TK_CIRCUMFLEXEQUAL] = "'^='", [TK_LEFTSHIFTEQUAL] = "'<<='",
    [TK_RIGHTSHIFTEQUAL] = "'>>='", [TK_DOUBLESTAREQUAL] = "'**='", [TK_DOUBLESLASH] = "'//'",
    [TK_DOUBLESLASHEQUAL] = "'//='", [TK_AT] = "'@'", [TK_ATEQUAL] = "'@='",
    [TK_RARROW] = "'->'", [TK_ELLIPSIS] = "'...'", [TK_COLONEQUAL] = "':='",
    [TK_EXCLAMATION] = "'!'", [TK_FRAGMENT] = "fragment",
};

/* What "expected an indented block after ..." names for a keyword. */
static const char *block_owner(int kind) {
    switch (kind) {
    case TK_IF: return "'if' statement";
    case TK_ELIF: return "'elif' statement";
    case TK_ELSE: return "'else' statement";
    case TK_WHILE: return "'while' statement";
    case TK_FOR: return "'for' statement";
    case TK_WITH: return "'with' statement";
    case TK_TRY: return "'try' statement";
    case TK_EXCEPT: return "'except' statement";
    case TK_FINALLY: return "'finally' statement";
    case TK_DEF: return "function definition";
    case TK_CLASS: return "class definition";
    case TK_MATCH: return "'match' statement";
    case TK_CASE: return "'case' statement";
    default: return NULL;
    }
}

Span parse_span(SrcLoc begin, SrcLoc end) {
    Span s;
    s.begin = begin;
    s.end = end;
    return s;
}

void parse_settle(ParseState *ps) {
    if (ps->feeding) krait_parser_settle(ps->feeding, ps);
}

void parse_error(ParseState *ps, Span at, const char *fmt, ...) {
    parse_settle(ps);
    char msg[PARSE_MESSAGE_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ps->errors++;
    diag_error(ps->diag, ps->src, at, "%s%s", ps->fragment ? "f-string: " : "", msg);
    if (diag_should_stop(ps->diag)) ps->dead = true;
}

/* "print x": CPython names the missing call. */
static bool is_legacy_print(const ParseState *ps, const Token *tok) {
    const Token *p = ps->prev;
    if (p->kind != TK_NAME) return false;
    if (!((p->len == 5 && memcmp(p->text, "print", 5) == 0) ||
          (p->len == 4 && memcmp(p->text, "exec", 4) == 0)))
        return false;
    switch (tok->kind) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_FSTRING: case TK_NONE:
    case TK_TRUE: case TK_FALSE: case TK_LBRACE: case TK_LSQB: case TK_MINUS:
    case TK_TILDE: case TK_LAMBDA: case TK_NOT: case TK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static bool starts_expression(int kind) {
    switch (kind) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_FSTRING: case TK_NONE:
    case TK_TRUE: case TK_FALSE: case TK_LBRACE: case TK_LSQB: case TK_LPAR:
    case TK_TILDE: case TK_LAMBDA: case TK_NOT: case TK_ELLIPSIS: case TK_AWAIT:
        return true;
    default:
        return false;
    }
}

static bool ends_expression(int kind) {
    switch (kind) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_FSTRING: case TK_NONE:
    case TK_TRUE: case TK_FALSE: case TK_RBRACE: case TK_RSQB: case TK_RPAR:
    case TK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

/* Two expressions side by side inside brackets: CPython suspects a comma. */
static bool forgot_comma(const ParseState *ps, const Token *tok, const unsigned char *expected) {
    if (ps->brackets <= 0 || !expected[TK_COMMA]) return false;
    if (!starts_expression(tok->kind) || !ends_expression(ps->prev->kind)) return false;
    return !(ps->prev->kind == TK_NAME && (tok->kind == TK_STRING || tok->kind == TK_FSTRING));
}

void parse_syntax_error(ParseState *ps, const Token *tok, int major, const unsigned char *expected,
                        int expected_count, int stack_keyword, uint32_t stack_keyword_line,
                        uint32_t case_line) {
    if (ps->line_lexer_errors) {
        /* The lexer explained this line already. */
        ps->errors++;
        return;
    }
    if (ps->dead) return;
    Span at = tok->span;
    /* A case header is reduced before its body: the case, not the match,
     * is what waits for a block. */
    if (stack_keyword == TK_MATCH && case_line >= stack_keyword_line) {
        stack_keyword = TK_CASE;
        stack_keyword_line = case_line;
    }
    const char *owner = block_owner(stack_keyword);
    if (major == TK_INDENT) {
        parse_error(ps, at, "unexpected indent");
    } else if (expected_count == 1 && expected[TK_INDENT]) {
        if (owner)
            parse_error(ps, at, "expected an indented block after %s on line %u", owner,
                        (unsigned)stack_keyword_line);
        else
            parse_error(ps, at, "expected an indented block");
    } else if (expected_count == 2 && expected[TK_EXCEPT] && expected[TK_FINALLY]) {
        parse_error(ps, at, "expected 'except' or 'finally' block");
    } else if (is_legacy_print(ps, tok)) {
        char name[8];
        snprintf(name, sizeof name, "%.*s", (int)ps->prev->len, ps->prev->text);
        parse_error(ps, ps->prev->span, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                    name, name);
    } else if (major == TK_EQUAL && !expected[TK_EQUAL] && ps->prev->kind == TK_NAME) {
        parse_error(ps, ps->prev->span, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    } else if (forgot_comma(ps, tok, expected)) {
        parse_error(ps, ps->prev->span, "invalid syntax. Perhaps you forgot a comma?");
    } else if ((major == TK_RBRACE || major == TK_COMMA) && expected[TK_COLON]) {
        parse_error(ps, ps->prev->span, "':' expected after dictionary key");
    } else if (major == TK_NEWLINE && expected[TK_COLON] && owner) {
        parse_error(ps, at, "expected ':'");
    } else if (expected[TK_ELSE] && !expected[TK_NAME]) {
        parse_error(ps, at, "expected 'else' after 'if' expression");
    } else if (expected_count == 1) {
        int want = 0;
        for (int t = 1; t < krait_parse_token_count(); t++)
            if (expected[t]) want = t;
        const char *spelling =
            want < (int)(sizeof token_spelling / sizeof token_spelling[0]) ? token_spelling[want] : NULL;
        if (spelling && spelling[0] == '\'')
            parse_error(ps, at, "expected %s", spelling);
        else
            parse_error(ps, at, "invalid syntax");
    } else {
        parse_error(ps, at, "invalid syntax");
    }
}

void parse_stack_overflow(ParseState *ps) {
    if (!ps->dead)
        parse_error(ps, ps->last->span, "too deeply nested: the parser's stack is full");
    ps->dead = true;
}

void parse_recovered(ParseState *ps) {
    ps->pending_as.len = 0;
}

/* ---- nesting depth ------------------------------------------------------------ */

typedef struct DeepestChild {
    Node *node;
} DeepestChild;

static void deepest_visit(Node *child, void *ctx) {
    DeepestChild *d = ctx;
    if (!d->node || child->depth > d->node->depth) d->node = child;
}

void parse_stmt_too_deep(ParseState *ps, Node *stmt) {
    if (ps->depth_reported) return;
    /* Walk down the deepest path (a loop, not a recursion) to the node that
     * first goes past the limit. */
    Node *n = stmt;
    while (n->depth > AST_MAX_DEPTH + 1) {
        DeepestChild d = {NULL};
        ast_visit_children(n, deepest_visit, &d);
        if (!d.node) break;
        n = d.node;
    }
    ps->depth_reported = true;
    parse_error(ps, n->span, "too deeply nested: expression is more than %d levels deep",
                AST_MAX_DEPTH);
}

void parse_finish_module(ParseState *ps, PtrVec *body) {
    Node *m = ast_new(ps->arena, NODE_Module, parse_span(ps->last->span.end, ps->last->span.end));
    m->u.Module.body = parse_stmts(ps, body);
    ps->result = ast_finish(m);
}

/* ---- `x as y` inside brackets ------------------------------------------------ */

void parse_note_as(ParseState *ps, Node *withitem) {
    ptrvec_push(ps->arena, &ps->pending_as, withitem);
}

void parse_claim_as(ParseState *ps, Node *withitem) {
    (void)ps;
    withitem->pflags |= PFLAG_AS_CLAIMED;
}

static int compare_loc(SrcLoc a, SrcLoc b) {
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    if (a.col != b.col) return a.col < b.col ? -1 : 1;
    return 0;
}

void parse_check_pending_as(ParseState *ps) {
    /* The unclaimed ones, reported in source order; past the error limit
     * the rest do not matter. */
    Node *bad[DIAG_MAX_ERRORS + 1];
    int n = 0;
    for (int i = 0; i < ps->pending_as.len && n <= DIAG_MAX_ERRORS; i++) {
        Node *item = ps->pending_as.items[i];
        if (item->pflags & PFLAG_AS_CLAIMED) continue;
        int j = n++;
        while (j > 0 && compare_loc(bad[j - 1]->span.begin, item->span.begin) > 0) {
            bad[j] = bad[j - 1];
            j--;
        }
        bad[j] = item;
    }
    ps->pending_as.len = 0;
    for (int i = 0; i < n && !ps->dead; i++) parse_error(ps, bad[i]->span, "invalid syntax");
}

/* ---- the token loop ----------------------------------------------------------- */

static Token virtual_token(int kind, Span span) {
    Token t;
    memset(&t, 0, sizeof t);
    t.kind = kind;
    t.span = span;
    return t;
}

/* Keeps track of where a case pattern ends (see ParseState.in_pattern);
 * called after each token is parsed, since the token after a call's ')' is
 * what reduces the call. */
static void track_pattern(ParseState *ps, int kind) {
    if (kind == TK_CASE) {
        ps->in_pattern = true;
        ps->pattern_brackets = 0;
        return;
    }
    if (!ps->in_pattern) return;
    switch (kind) {
    case TK_LPAR: case TK_LSQB: case TK_LBRACE: ps->pattern_brackets++; break;
    case TK_RPAR: case TK_RSQB: case TK_RBRACE: ps->pattern_brackets--; break;
    case TK_IF: case TK_COLON:
        if (ps->pattern_brackets <= 0) ps->in_pattern = false;
        break;
    case TK_NEWLINE: ps->in_pattern = false; break;
    default: break;
    }
}

/* The window slot for the next token: the three are used in turn, so a
 * token lexed (and perhaps waiting behind a virtual ")") never overwrites
 * the last token fed, which feeding it makes prev. */
static Token *next_slot(ParseState *ps) {
    Token *t = ps->next_slot;
    ps->next_slot = t == &ps->window[2] ? ps->window : t + 1;
    return t;
}

/* Feeds tok, which stands in ps->window (tokens are lexed in place: no
 * copy between the lexer and the parser). */
#if TK_RPAR != TK_LPAR + 1 || TK_LSQB != TK_LPAR + 2 || TK_RSQB != TK_LPAR + 3 || \
    TK_LBRACE != TK_LPAR + 4 || TK_RBRACE != TK_LPAR + 5
#error "feed expects the bracket tokens in the order ( ) [ ] { }"
#endif

static void feed(ParseState *ps, KraitParser *parser, const Token *tok) {
    int kind = tok->kind;
    ps->prev = ps->last;
    ps->last = tok;
    unsigned bracket = (unsigned)(kind - TK_LPAR); /* openers even, closers odd */
    if (bracket < 6) {
        if (bracket % 2 == 0)
            ps->brackets++;
        else if (ps->brackets > 0)
            ps->brackets--;
    } else if (kind == TK_NEWLINE) {
        ps->brackets = 0;
    }
    if (kind == TK_CASE) track_pattern(ps, kind);
    krait_parser_feed(parser, tok, ps);
    if (ps->in_pattern && kind != TK_CASE) track_pattern(ps, kind);
}

/* Feeds a token the lexer did not produce. */
static void feed_virtual(ParseState *ps, KraitParser *parser, int kind, Span span) {
    Token *t = next_slot(ps);
    *t = virtual_token(kind, span);
    feed(ps, parser, t);
}

/* Runs lx to its ENDMARKER through the parser of this f-string nesting
 * level (allocated once per file, reset here).  A fragment is wrapped as
 * FRAGMENT "(" tokens ")". */
static void parse_run(ParseState *ps, Lexer *lx, Span lpar, Span rpar) {
    KraitParser **slot = &ps->parsers[ps->fstring_nesting];
    if (*slot)
        krait_parser_reset(*slot);
    else
        *slot = krait_parser_new();
    KraitParser *parser = *slot;
    if (ps->fragment) {
        feed_virtual(ps, parser, TK_FRAGMENT, lpar);
        feed_virtual(ps, parser, TK_LPAR, lpar);
    }
    int lexer_errors = lexer_error_count(lx);
    Token *tok;
    for (;;) {
        tok = next_slot(ps);
        int now = lexer_next(lx, tok);
        if (now != lexer_errors) {
            ps->line_lexer_errors += now - lexer_errors;
            lexer_errors = now;
        }
        if (ps->fragment) {
            if (tok->kind == TK_ENDMARKER) feed_virtual(ps, parser, TK_RPAR, rpar);
            /* One error is all a fragment gets (as in CPython). */
            if (ps->errors) ps->dead = true;
            if (ps->dead) break;
        }
        /* (Outside fragments only feeding makes the parse dead.) */
        feed(ps, parser, tok);
        if (ps->fragment && ps->errors) ps->dead = true;
        if (ps->dead) break;
        if (tok->kind == TK_NEWLINE) {
            if (ps->pending_as.len) parse_check_pending_as(ps);
            ps->line_lexer_errors = 0;
        }
        if (tok->kind == TK_ENDMARKER) break;
    }
    if (!ps->dead) {
        feed_virtual(ps, parser, 0, tok->span);
        parse_check_pending_as(ps);
    }
}

static void state_init(ParseState *ps, Arena *arena, Diag *diag, const Source *src) {
    memset(ps, 0, sizeof *ps);
    ps->next_slot = ps->window;
    ps->last = &ps->window[2];
    ps->prev = &ps->window[1];
    ps->arena = arena;
    ps->diag = diag;
    ps->src = src;
}

Node *parse_source(Arena *arena, Diag *diag, const Source *src) {
    ParseState ps;
    KraitParser *parsers[PARSE_MAX_FSTRING_NESTING + 1] = {NULL};
    state_init(&ps, arena, diag, src);
    ps.parsers = parsers;
    Lexer *lx = lexer_new(arena, diag, src);
    Span none = parse_span(ps.last->span.begin, ps.last->span.begin);
    parse_run(&ps, lx, none, none);
    for (int i = 0; i <= PARSE_MAX_FSTRING_NESTING; i++)
        if (parsers[i]) krait_parser_free(parsers[i]);
    if (ps.errors || lexer_error_count(lx) || !ps.result) {
        /* Make sure a failed parse always says why. */
        if (!ps.errors && !lexer_error_count(lx)) {
            SrcLoc end = ps.last->span.end;
            diag_error(diag, src, parse_span(end, end), "invalid syntax");
        }
        return NULL;
    }
    return ps.result;
}

Node *parse_fragment(ParseState *outer, size_t begin, size_t end, SrcLoc start, Span lpar,
                     Span rpar) {
    if (outer->fstring_nesting >= PARSE_MAX_FSTRING_NESTING) {
        parse_error(outer, lpar, "f-string: expressions nested too deeply");
        return NULL;
    }
    ParseState ps;
    state_init(&ps, outer->arena, outer->diag, outer->src);
    ps.fragment = true;
    ps.fstring_nesting = outer->fstring_nesting + 1;
    ps.parsers = outer->parsers;
    Lexer *lx = lexer_new_fragment(outer->arena, outer->diag, outer->src, begin, end, start);
    parse_run(&ps, lx, lpar, rpar);
    int errors = ps.errors + lexer_error_count(lx);
    outer->errors += errors;
    if (outer->diag && diag_should_stop(outer->diag)) outer->dead = true;
    if (errors || !ps.result) {
        if (!errors) {
            outer->errors++;
            diag_error(outer->diag, outer->src, lpar, "f-string: invalid syntax");
        }
        return NULL;
    }
    return ps.result;
}
