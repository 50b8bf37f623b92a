/* parse_rules.h — what grammar.y's actions call (the parser's inside).
 *
 * grammar.y keeps each action to one call; the calls land here:
 * parse.c (driver, errors, nesting), parse_build.c (expressions,
 * statements, targets, calls, parameters), parse_pattern.c (match
 * patterns) and parse_string.c (literal concatenation and f-strings).
 * Nothing outside the parser includes this header: the rest of krait sees
 * parse.h and ast.h only.
 *
 * The grammar accepts a superset of Python where LALR(1) needs it (targets
 * are parsed as expressions, keyword arguments as `test = test`, patterns
 * as expressions, `x as y` inside any brackets); the builders here check
 * what the grammar let through and report CPython's messages.
 */
#ifndef KRAIT_PARSE_RULES_H
#define KRAIT_PARSE_RULES_H

#include <stdbool.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "lexer.h"
#include "token.h"

/* Longest f-string nesting through format specs, as CPython: f'{x:{y}}' is
 * fine, f'{x:{y:{z}}}' is "expressions nested too deeply". */
#define PARSE_MAX_FSTRING_SPEC_NESTING 2
/* Brackets inside one f-string replacement field (CPython's MAXLEVEL). */
#define PARSE_MAX_FSTRING_BRACKETS 200
/* f-strings nested inside f-string expressions.  Quotes cannot repeat in
 * 3.11, so four levels is all real code can reach; the bound protects the
 * C stack (each level is one more parser on it). */
#define PARSE_MAX_FSTRING_NESTING 8

/* Lemon's parser plus what error messages need (grammar.y). */
typedef struct KraitParser KraitParser;

typedef struct ParseState {
    Arena *arena;
    Diag *diag;
    const Source *src;
    Node *result;          /* the Module, or the fragment's expression */
    int errors;            /* diagnostics this parse reported */
    bool dead;             /* the parser stack overflowed: stop feeding */
    bool depth_reported;   /* "too deeply nested" was said once already */
    bool fragment;         /* parsing an f-string replacement field */
    int fstring_nesting;   /* f-strings around this parse */
    /* Parsers by f-string nesting (allocated on first use, shared by every
     * fragment at that level; parse_source frees them). */
    KraitParser **parsers;
    int line_lexer_errors; /* lexer errors seen on the current line */
    Token window[3];       /* the last two tokens fed and the next one */
    Token *next_slot;      /* the window slot the next token goes to */
    const Token *last;     /* the most recent token fed (in window) */
    const Token *prev;     /* the one before it */
    /* Between CASE and the pattern's end (depth-0 `if` or `:`): calls are
     * class patterns, whose argument order parse_pattern.c checks. */
    bool in_pattern;
    int pattern_brackets;
    int brackets;          /* open brackets at the current token */
    uint32_t case_line;    /* line of the last case header reduced */
    /* The parser while a token's reductions run and whether it will be
     * shifted is not known yet (see parse_settle); NULL otherwise. */
    KraitParser *feeding;
    /* parse_string.c's position cache: f-string bodies are scanned forward,
     * so positions are found from the last one (linear, not quadratic). */
    const char *fcursor_body;
    const char *fcursor_at;
    SrcLoc fcursor_loc;
    /* `x as y` items (withitem nodes) built inside brackets or call
     * arguments.  A with statement or a pattern claims its own
     * (parse_claim_as removes them); any left when the logical line ends
     * stood where Python allows no `as`, and are errors. */
    PtrVec pending_as;
} ParseState;

/* Node.pflags bits. */
enum {
    PFLAG_AS_CLAIMED = 1 << 0, /* an `x as y` item a with or a pattern took */
};

/* A comma-separated list of expressions on its way to a Tuple (or to the
 * single expression when there is no comma). */
typedef struct ExprList {
    PtrVec items;
    Span span;           /* first item to the last token, trailing comma included */
    bool trailing_comma;
} ExprList;

/* Call arguments: positional expressions, Starred, keyword nodes, in order. */
typedef struct ArgList {
    PtrVec items;
    bool trailing_comma;
} ArgList;

typedef struct DictItems {
    PtrVec keys;   /* NULL for **d */
    PtrVec values;
} DictItems;

typedef struct DictPair {
    Node *key;
    Node *value;
    SrcLoc begin; /* of the key, or of ** */
} DictPair;

typedef enum ParamKind { PARAM_PLAIN, PARAM_STAR, PARAM_DSTAR, PARAM_SLASH } ParamKind;

/* One entry of a def's or a lambda's parameter list, before the order rules
 * are checked. */
typedef struct ParamItem {
    ParamKind kind;
    Node *arg;      /* NULL for a bare * or / */
    Node *dflt;     /* the default, or NULL */
    Span span;      /* of the whole entry */
    Span eq;        /* of the '=' when there is a default */
} ParamItem;

typedef struct DottedName {
    const char *name;
    Span span;
} DottedName;

typedef struct FromModule {
    const char *module; /* NULL for `from . import x` */
    int level;
} FromModule;

typedef struct ImportTargets {
    PtrVec names;
    SrcLoc end;
} ImportTargets;

/* An `elif test: body` waiting for the rest of the chain. */
typedef struct ElifClause {
    SrcLoc begin;
    Node *test;
    PtrVec body;
} ElifClause;

typedef struct Handlers {
    PtrVec items;      /* ExceptHandler nodes */
    int plain, star;   /* how many `except` and `except*` */
    bool first_is_star;
    bool mixed;        /* both kinds: an error */
    Span first_mixed;  /* the first handler unlike the first one */
} Handlers;

/* The Lemon-generated parser (grammar.c); Lemon writes no prototypes. */
void KraitParseInit(void *parser);
void KraitParseFinalize(void *parser);
void KraitParse(void *parser, int major, Token minor, ParseState *ps);
/* YYNTOKEN: terminals are 1 .. count-1. */
int krait_parse_token_count(void);
KraitParser *krait_parser_new(void);
/* Back to the start state, for the next parse. */
void krait_parser_reset(KraitParser *kp);
void krait_parser_free(KraitParser *kp);
/* Parses one token; a syntax error is reported (parse_syntax_error) with
 * the tokens that could have come instead. */
void krait_parser_feed(KraitParser *kp, const Token *tok, ParseState *ps);
/* While the token's reductions run: finds out now whether it will be
 * shifted, and if not reports its error (so that it comes first). */
void krait_parser_settle(KraitParser *kp, ParseState *ps);

/* Statement lists are PtrVecs until they land in a node. */
NodeList parse_stmts(ParseState *ps, const PtrVec *v);
/* The list helpers most actions use are inline (one per token or so). */
static inline PtrVec parse_vec1(ParseState *ps, void *item) {
    PtrVec v = {NULL, 0, 0};
    ptrvec_push(ps->arena, &v, item);
    return v;
}
static inline void parse_vec_push(ParseState *ps, PtrVec *v, void *item) {
    ptrvec_push(ps->arena, v, item);
}
void parse_vec_extend(ParseState *ps, PtrVec *v, const PtrVec *more);

/* ---- parse.c: driver, errors, limits --------------------------------------- */

void parse_error(ParseState *ps, Span at, const char *fmt, ...) DIAG_PRINTF(3, 4);
/* Called by the generated parser. */
void parse_syntax_error(ParseState *ps, const Token *tok, int major, const unsigned char *expected,
                        int expected_count, int stack_keyword, uint32_t stack_keyword_line,
                        uint32_t case_line);
/* Called by an action before it reports anything, or does what may report
 * straight to diag (f-strings, escapes): a syntax error at the token that
 * triggered the action is reported first, as if before any reduction. */
void parse_settle(ParseState *ps);
void parse_stack_overflow(ParseState *ps);
/* After error recovery skipped to the end of a line. */
void parse_recovered(ParseState *ps);
/* Every finished statement passes here (nesting-depth guard); the rare
 * statement past AST_MAX_DEPTH goes on to parse_stmt_too_deep. */
void parse_stmt_too_deep(ParseState *ps, Node *stmt);
static inline void parse_stmt_done(ParseState *ps, Node *stmt) {
    if (stmt && stmt->depth > AST_MAX_DEPTH) parse_stmt_too_deep(ps, stmt);
}
void parse_finish_module(ParseState *ps, PtrVec *body);
/* Parses the replacement-field expression src->text[begin, end) as CPython
 * does "(" expr ")", the parentheses standing at lpar and rpar. */
Node *parse_fragment(ParseState *outer, size_t begin, size_t end, SrcLoc start, Span lpar,
                     Span rpar);
/* `x as y` items inside brackets. */
void parse_note_as(ParseState *ps, Node *withitem);
void parse_claim_as(ParseState *ps, Node *withitem);
void parse_check_pending_as(ParseState *ps);

/* ---- parse_build.c: expressions ------------------------------------------ */

const char *parse_ident(ParseState *ps, const Token *t);
Node *parse_name(ParseState *ps, const Token *t);
Node *parse_number(ParseState *ps, const Token *t);
Node *parse_singleton(ParseState *ps, const Token *t, ConstKind kind);

static inline ExprList parse_list1(ParseState *ps, Node *item) {
    ExprList l;
    memset(&l, 0, sizeof l);
    ptrvec_push(ps->arena, &l.items, item);
    l.span = item->outer;
    return l;
}
static inline void parse_list_push(ParseState *ps, ExprList *l, Node *item) {
    ptrvec_push(ps->arena, &l->items, item);
    l->span.end = item->outer.end;
}
void parse_list_comma(ExprList *l, const Token *comma);
/* An unparenthesized list: the one item, or a Tuple (parse_tuple). */
Node *parse_tuple(ParseState *ps, ExprList *l);
static inline Node *parse_tuple_or_single(ParseState *ps, ExprList *l) {
    if (l->items.len == 1 && !l->trailing_comma) return l->items.items[0];
    return parse_tuple(ps, l);
}

Node *parse_paren(ParseState *ps, const Token *l, ExprList *items, const Token *r);
Node *parse_group(ParseState *ps, const Token *l, Node *inner, const Token *r);
Node *parse_empty_tuple(ParseState *ps, const Token *l, const Token *r);
Node *parse_list_display(ParseState *ps, const Token *l, ExprList *items, const Token *r);
Node *parse_set_display(ParseState *ps, const Token *l, ExprList *items, const Token *r);
Node *parse_dict_display(ParseState *ps, const Token *l, DictItems *items, const Token *r);
DictItems parse_dict_items1(ParseState *ps, DictPair p);
void parse_dict_items_push(ParseState *ps, DictItems *d, DictPair p);
DictPair parse_dict_pair(ParseState *ps, Node *key, Node *value, const Token *dstar);
/* kind: NODE_GeneratorExp, NODE_ListComp, NODE_SetComp */
Node *parse_comp(ParseState *ps, NodeKind kind, const Token *l, Node *elt, PtrVec *gens,
                 const Token *r);
Node *parse_dictcomp(ParseState *ps, const Token *l, DictPair p, PtrVec *gens, const Token *r);
Node *parse_comp_for(ParseState *ps, const Token *async_tok, ExprList *target, Node *iter);
void parse_comp_if(ParseState *ps, PtrVec *gens, Node *cond);

Node *parse_as_item(ParseState *ps, Node *expr, const Token *as, Node *target);
Node *parse_namedexpr(ParseState *ps, Node *target, Node *value);
Node *parse_boolop(ParseState *ps, BoolOpKind op, Node *left, Node *right);
Node *parse_compare(ParseState *ps, Node *left, int op, Node *right);
Node *parse_lambda(ParseState *ps, const Token *t, PtrVec *params, Node *body);
Node *parse_await(ParseState *ps, const Token *t, Node *value);
Node *parse_yield(ParseState *ps, const Token *t, Node *value, bool from);

Node *parse_call(ParseState *ps, Node *func, const Token *l, ArgList *args, const Token *r);
ArgList parse_args1(ParseState *ps, Node *arg);
void parse_args_push(ParseState *ps, ArgList *a, Node *arg);
Node *parse_keyword_arg(ParseState *ps, Node *name, Node *value);
Node *parse_dstar_arg(ParseState *ps, const Token *t, Node *value);
Node *parse_bare_genexp(ParseState *ps, Node *elt, PtrVec *gens);

Node *parse_subscript(ParseState *ps, Node *value, ExprList *slices, const Token *r);
Node *parse_slice(ParseState *ps, const Token *first, Node *lower, Node *upper, Node *step,
                  const Token *last);

/* ---- parse_build.c: statements ----------------------------------------------- */

Node *parse_expr_stmt(ParseState *ps, Node *value);
/* targets_and_value: the targets, then the value last. */
Node *parse_assign(ParseState *ps, PtrVec *targets_and_value);
Node *parse_augassign(ParseState *ps, ExprList *target, int op, Node *value);
Node *parse_annassign(ParseState *ps, ExprList *target, Node *annotation, Node *value);
Node *parse_delete(ParseState *ps, const Token *t, ExprList *targets);
Node *parse_keyword_stmt(ParseState *ps, NodeKind kind, const Token *t, Node *a, Node *b,
                         const Token *last);
Node *parse_global(ParseState *ps, NodeKind kind, const Token *t, PtrVec *names,
                   const Token *last);
Node *parse_import(ParseState *ps, const Token *t, PtrVec *aliases);
Node *parse_import_from(ParseState *ps, const Token *t, FromModule m, ImportTargets *names);
DottedName parse_dotted(ParseState *ps, DottedName *prefix, const Token *name);
Node *parse_alias(ParseState *ps, const char *name, Span span, const Token *asname);

Node *parse_if(ParseState *ps, const Token *t, Node *test, PtrVec *body, PtrVec *elifs,
               PtrVec *orelse);
ElifClause *parse_elif(ParseState *ps, const Token *t, Node *test, PtrVec *body);
Node *parse_while(ParseState *ps, const Token *t, Node *test, PtrVec *body, PtrVec *orelse);
Node *parse_for(ParseState *ps, const Token *t, ExprList *target, Node *iter, PtrVec *body,
                PtrVec *orelse);
Node *parse_with_head(ParseState *ps, const Token *t, PtrVec *items);
Node *parse_with_item(ParseState *ps, Node *expr, Node *target);
Node *parse_with(ParseState *ps, Node *head, PtrVec *body);
Node *parse_async(ParseState *ps, const Token *t, Node *stmt);
Node *parse_try(ParseState *ps, const Token *t, PtrVec *body, Handlers *handlers, PtrVec *orelse,
                PtrVec *finalbody);
Node *parse_handler(ParseState *ps, const Token *t, bool star, ExprList *type, const Token *name,
                    PtrVec *body);
Handlers parse_handlers1(ParseState *ps, Node *h, bool star);
void parse_handlers_push(ParseState *ps, Handlers *hs, Node *h, bool star);
Node *parse_funcdef(ParseState *ps, const Token *t, const Token *name, PtrVec *params,
                    Node *returns, PtrVec *body);
Node *parse_classdef(ParseState *ps, const Token *t, const Token *name, const Token *l,
                     ArgList *args, const Token *r, PtrVec *body);
Node *parse_decorated(ParseState *ps, PtrVec *decorators, Node *def);

ParamItem *parse_param(ParseState *ps, ParamKind kind, const Token *star, const Token *name,
                       Node *annotation, const Token *eq, Node *dflt);

/* ---- parse_pattern.c ------------------------------------------------------ */

Node *parse_match(ParseState *ps, const Token *t, ExprList *subject, PtrVec *cases,
                  const Token *dedent);
Node *parse_case_head(ParseState *ps, const Token *t, ExprList *patterns, Node *guard);
Node *parse_case(ParseState *ps, Node *head, PtrVec *body);

/* ---- parse_string.c ----------------------------------------------------- */

/* Adjacent STRING/FSTRING tokens (Token * in the vector) to a Constant or
 * JoinedStr. */
Node *parse_strings(ParseState *ps, PtrVec *tokens);
/* A lone literal: parse_strings without copying the token. */
Node *parse_string1(ParseState *ps, const Token *t);
/* The vector parse_strings wants, from the first two of several literals. */
PtrVec parse_strings2(ParseState *ps, const Token *a, const Token *b);
Token *parse_token_copy(ParseState *ps, const Token *t);

/* ---- shared helpers ------------------------------------------------------ */

Span parse_span(SrcLoc begin, SrcLoc end);
/* The end of the last statement of a non-empty list (else fallback). */
SrcLoc parse_stmts_end(const PtrVec *v, SrcLoc fallback);
/* CPython's name of an expression kind in messages ("function call"). */
const char *parse_expr_name(const Node *e);

#endif
