/* parse_pattern.c — match statements: patterns from expressions.
 *
 * The grammar reads a case pattern as an expression (grammar.y: the top
 * level stops at the bitwise-or level so that `case x if guard:` works; `x
 * as y` is allowed inside brackets, call arguments and dict values).  Here
 * that expression becomes CPython's pattern nodes, with CPython's checks:
 *
 *   x            MatchAs(name='x')            _        MatchAs()
 *   p as x       MatchAs(p, 'x')              a | b    MatchOr([a, b])
 *   1, -1, 1-2j, "s", f"s"                    MatchValue(the expression)
 *   None True False                           MatchSingleton
 *   a.b.c        MatchValue(Attribute)
 *   [a, *r] (a, b) a, b                        MatchSequence (*r: MatchStar)
 *   {k: p, **r}  MatchMapping                 C(p, k=q)  MatchClass
 *
 * A parenthesized pattern is a group: `(a | b) | c` keeps the inner MatchOr
 * (Node.parens tells groups apart).  Every `x as y` inside the pattern is
 * claimed here, so the end-of-line check does not report it.
 *
 * Recursion follows the pattern's nesting, bounded by the lexer's bracket
 * limit and checked against AST_MAX_DEPTH; or-chains are flattened with a
 * loop.
 */
#include <string.h>

#include "parse_rules.h"

static Node *pattern_of(ParseState *ps, Node *e);

static Node *pat_new(ParseState *ps, NodeKind kind, Span span) {
    return ast_new(ps->arena, kind, span);
}

static Node *wildcard(ParseState *ps, Span span) {
    return pat_new(ps, NODE_MatchAs, span);
}

static Node *bad_pattern(ParseState *ps, Node *e, const char *msg) {
    parse_error(ps, e->span, "%s", msg);
    return wildcard(ps, e->span);
}

static bool is_number(const Node *e, bool imaginary) {
    if (e->kind != NODE_Constant || e->parens) return false;
    switch (e->u.Constant.value.kind) {
    case CONST_INT: case CONST_BIGINT: case CONST_FLOAT: return !imaginary;
    case CONST_COMPLEX: return imaginary;
    default: return false;
    }
}

static bool is_any_number(const Node *e) {
    return is_number(e, false) || is_number(e, true);
}

/* NUMBER or - NUMBER */
static bool is_signed_number(const Node *e) {
    if (is_any_number(e)) return true;
    return e->kind == NODE_UnaryOp && e->u.UnaryOp.op == UNARYOP_USub && !e->parens &&
           is_any_number(e->u.UnaryOp.operand);
}

static bool is_signed_real(const Node *e) {
    if (is_number(e, false)) return true;
    return e->kind == NODE_UnaryOp && e->u.UnaryOp.op == UNARYOP_USub && !e->parens &&
           is_number(e->u.UnaryOp.operand, false);
}

/* a.b.c: names joined by dots, no parentheses inside. */
static bool is_name_or_attr(const Node *e) {
    while (e->kind == NODE_Attribute) {
        e = e->u.Attribute.value;
        if (e->parens) return false;
    }
    return e->kind == NODE_Name;
}

static bool is_string(const Node *e) {
    if (e->kind == NODE_JoinedStr) return true;
    return e->kind == NODE_Constant &&
           (e->u.Constant.value.kind == CONST_STR || e->u.Constant.value.kind == CONST_BYTES);
}

/* Checks `real ± imaginary`; NULL when it is one (else the error's node). */
static Node *complex_literal(ParseState *ps, Node *e) {
    Node *l = e->u.BinOp.left, *r = e->u.BinOp.right;
    if (!is_signed_number(l) || !is_any_number(r)) {
        parse_error(ps, e->span, "invalid syntax");
        return wildcard(ps, e->span);
    }
    if (!is_signed_real(l)) {
        parse_error(ps, l->span, "real number required in complex literal");
        return wildcard(ps, e->span);
    }
    if (!is_number(r, true)) {
        parse_error(ps, r->span, "imaginary number required in complex literal");
        return wildcard(ps, e->span);
    }
    return NULL;
}

static Node *value_pattern(ParseState *ps, Node *e) {
    Node *p = pat_new(ps, NODE_MatchValue, e->span);
    p->u.MatchValue.value = e;
    return ast_finish(p);
}

/* A mapping key: a literal or a dotted name. */
static bool is_mapping_key(ParseState *ps, Node *e) {
    if (is_signed_number(e) || is_string(e) || (e->kind == NODE_Attribute && is_name_or_attr(e)))
        return true;
    if (e->kind == NODE_Constant) {
        ConstKind k = e->u.Constant.value.kind;
        return k == CONST_NONE || k == CONST_TRUE || k == CONST_FALSE;
    }
    if (e->kind == NODE_BinOp && (e->u.BinOp.op == BINOP_Add || e->u.BinOp.op == BINOP_Sub))
        return complex_literal(ps, e) == NULL;
    return false;
}

static const char *capture_name(ParseState *ps, Node *target) {
    if (target->kind != NODE_Name || target->parens) {
        parse_error(ps, target->span, "invalid pattern target");
        return NULL;
    }
    if (strcmp(target->u.Name.id, "_") == 0) {
        parse_error(ps, target->span, "cannot use '_' as a target");
        return NULL;
    }
    return target->u.Name.id;
}

static Node *star_pattern(ParseState *ps, Node *e) {
    Node *v = e->u.Starred.value;
    Node *p = pat_new(ps, NODE_MatchStar, e->span);
    if (v->kind != NODE_Name || v->parens) {
        parse_error(ps, v->span, "invalid syntax");
        return p;
    }
    if (strcmp(v->u.Name.id, "_") != 0) p->u.MatchStar.name = v->u.Name.id;
    return p;
}

static Node *sequence_pattern(ParseState *ps, NodeList *elts, Span span) {
    Node *p = pat_new(ps, NODE_MatchSequence, span);
    PtrVec pats;
    memset(&pats, 0, sizeof pats);
    for (int i = 0; i < elts->len; i++) {
        Node *x = elts->items[i];
        ptrvec_push(ps->arena, &pats,
                    x->kind == NODE_Starred && !x->parens ? star_pattern(ps, x) : pattern_of(ps, x));
    }
    p->u.MatchSequence.patterns = parse_stmts(ps, &pats);
    return ast_finish(p);
}

static Node *or_pattern(ParseState *ps, Node *e) {
    /* ((a | b) | c): walk down the left spine, then convert in order. */
    PtrVec operands;
    memset(&operands, 0, sizeof operands);
    Node *n = e;
    while (n->kind == NODE_BinOp && n->u.BinOp.op == BINOP_BitOr && (n == e || !n->parens)) {
        ptrvec_push(ps->arena, &operands, n->u.BinOp.right);
        n = n->u.BinOp.left;
    }
    ptrvec_push(ps->arena, &operands, n);
    PtrVec pats;
    memset(&pats, 0, sizeof pats);
    for (int i = operands.len; i-- > 0;) ptrvec_push(ps->arena, &pats, pattern_of(ps, operands.items[i]));
    Node *p = pat_new(ps, NODE_MatchOr, e->span);
    p->u.MatchOr.patterns = parse_stmts(ps, &pats);
    return ast_finish(p);
}

static Node *mapping_pattern(ParseState *ps, Node *e) {
    Node *p = pat_new(ps, NODE_MatchMapping, e->span);
    PtrVec keys, pats;
    memset(&keys, 0, sizeof keys);
    memset(&pats, 0, sizeof pats);
    int n = e->u.Dict.keys.len;
    for (int i = 0; i < n; i++) {
        Node *k = e->u.Dict.keys.items[i], *v = e->u.Dict.values.items[i];
        if (!k) {
            if (i != n - 1 || v->kind != NODE_Name || v->parens || strcmp(v->u.Name.id, "_") == 0) {
                parse_error(ps, v->span, "invalid syntax");
                continue;
            }
            p->u.MatchMapping.rest = v->u.Name.id;
            continue;
        }
        if (!is_mapping_key(ps, k)) {
            parse_error(ps, k->span, "invalid syntax");
            continue;
        }
        ptrvec_push(ps->arena, &keys, k);
        ptrvec_push(ps->arena, &pats, pattern_of(ps, v));
    }
    p->u.MatchMapping.keys = parse_stmts(ps, &keys);
    p->u.MatchMapping.patterns = parse_stmts(ps, &pats);
    return ast_finish(p);
}

static Node *class_pattern(ParseState *ps, Node *e) {
    Node *cls = e->u.Call.func;
    if (!is_name_or_attr(cls) || cls->parens) return bad_pattern(ps, cls, "invalid syntax");
    Node *p = pat_new(ps, NODE_MatchClass, e->span);
    p->u.MatchClass.cls = cls;
    PtrVec pats, attrs, kpats;
    memset(&pats, 0, sizeof pats);
    memset(&attrs, 0, sizeof attrs);
    memset(&kpats, 0, sizeof kpats);
    /* Arguments in source order: positional ones, then keywords. */
    NodeList *args = &e->u.Call.args, *kws = &e->u.Call.keywords;
    int ia = 0, ik = 0;
    while (ia < args->len || ik < kws->len) {
        Node *a = ia < args->len ? args->items[ia] : NULL;
        Node *k = ik < kws->len ? kws->items[ik] : NULL;
        bool take_arg = a && (!k || a->outer.begin.line < k->span.begin.line ||
                              (a->outer.begin.line == k->span.begin.line &&
                               a->outer.begin.col < k->span.begin.col));
        if (take_arg) {
            ia++;
            if (a->kind == NODE_Starred && !a->parens) {
                parse_error(ps, a->span, "invalid syntax");
            } else if (attrs.len) {
                parse_error(ps, a->span, "positional patterns follow keyword patterns");
            } else {
                ptrvec_push(ps->arena, &pats, pattern_of(ps, a));
            }
        } else {
            ik++;
            if (!k->u.keyword.arg) {
                parse_error(ps, k->span, "invalid syntax");
                continue;
            }
            ptrvec_push(ps->arena, &attrs, (void *)k->u.keyword.arg);
            ptrvec_push(ps->arena, &kpats, pattern_of(ps, k->u.keyword.value));
        }
    }
    p->u.MatchClass.patterns = parse_stmts(ps, &pats);
    p->u.MatchClass.kwd_attrs = ast_idents_from(ps->arena, (const char *const *)attrs.items, attrs.len);
    p->u.MatchClass.kwd_patterns = parse_stmts(ps, &kpats);
    return ast_finish(p);
}

static Node *pattern_of(ParseState *ps, Node *e) {
    if (e->depth > AST_MAX_DEPTH) {
        if (!ps->depth_reported) {
            ps->depth_reported = true;
            parse_error(ps, e->span, "too deeply nested: expression is more than %d levels deep",
                        AST_MAX_DEPTH);
        }
        return wildcard(ps, e->span);
    }
    switch (e->kind) {
    case NODE_withitem: {
        parse_claim_as(ps, e);
        Node *inner = pattern_of(ps, e->u.withitem.context_expr);
        Node *target = e->u.withitem.optional_vars;
        Node *p = pat_new(ps, NODE_MatchAs,
                          parse_span(e->u.withitem.context_expr->outer.begin, target->outer.end));
        p->u.MatchAs.pattern = inner;
        p->u.MatchAs.name = capture_name(ps, target);
        return ast_finish(p);
    }
    case NODE_Name: {
        Node *p = pat_new(ps, NODE_MatchAs, e->span);
        if (strcmp(e->u.Name.id, "_") != 0) p->u.MatchAs.name = e->u.Name.id;
        return p;
    }
    case NODE_Constant:
        switch (e->u.Constant.value.kind) {
        case CONST_NONE: case CONST_TRUE: case CONST_FALSE: {
            Node *p = pat_new(ps, NODE_MatchSingleton, e->span);
            p->u.MatchSingleton.value = e->u.Constant.value;
            return p;
        }
        case CONST_ELLIPSIS:
            return bad_pattern(ps, e, "invalid syntax");
        default:
            return value_pattern(ps, e);
        }
    case NODE_JoinedStr:
        return value_pattern(ps, e);
    case NODE_UnaryOp:
        if (e->u.UnaryOp.op == UNARYOP_USub && is_any_number(e->u.UnaryOp.operand))
            return value_pattern(ps, e);
        return bad_pattern(ps, e, "invalid syntax");
    case NODE_BinOp:
        if (e->u.BinOp.op == BINOP_BitOr) return or_pattern(ps, e);
        if (e->u.BinOp.op == BINOP_Add || e->u.BinOp.op == BINOP_Sub) {
            Node *bad = complex_literal(ps, e);
            return bad ? bad : value_pattern(ps, e);
        }
        return bad_pattern(ps, e, "invalid syntax");
    case NODE_Attribute:
        if (is_name_or_attr(e)) return value_pattern(ps, e);
        return bad_pattern(ps, e, "invalid syntax");
    case NODE_Tuple:
        return sequence_pattern(ps, &e->u.Tuple.elts, e->span);
    case NODE_List:
        return sequence_pattern(ps, &e->u.List.elts, e->span);
    case NODE_Dict:
        return mapping_pattern(ps, e);
    case NODE_Call:
        return class_pattern(ps, e);
    default:
        return bad_pattern(ps, e, "invalid syntax");
    }
}

Node *parse_case_head(ParseState *ps, const Token *t, ExprList *patterns, Node *guard) {
    Node *pat;
    Node *first = patterns->items.items[0];
    if (patterns->items.len > 1 || patterns->trailing_comma) {
        NodeList elts = ast_list_from(ps->arena, (void *const *)patterns->items.items,
                                      patterns->items.len);
        pat = sequence_pattern(ps, &elts, patterns->span);
    } else if (first->kind == NODE_Starred && !first->parens) {
        pat = bad_pattern(ps, first, "invalid syntax");
    } else {
        pat = pattern_of(ps, first);
    }
    ps->case_line = t->span.begin.line;
    Node *c = ast_new(ps->arena, NODE_match_case, parse_span(t->span.begin, t->span.end));
    c->u.match_case.pattern = pat;
    c->u.match_case.guard = guard;
    return ast_finish(c);
}

Node *parse_case(ParseState *ps, Node *head, PtrVec *body) {
    head->u.match_case.body = parse_stmts(ps, body);
    head->span.end = parse_stmts_end(body, head->span.end);
    return ast_finish(head);
}

Node *parse_match(ParseState *ps, const Token *t, ExprList *subject, PtrVec *cases,
                  const Token *dedent) {
    Node *first = subject->items.items[0];
    if (subject->items.len == 1 && !subject->trailing_comma && first->kind == NODE_Starred &&
        !first->parens)
        parse_error(ps, first->span, "invalid syntax");
    Node *subj = parse_tuple_or_single(ps, subject);
    SrcLoc end = parse_stmts_end(cases, dedent->span.begin);
    Node *m = ast_new(ps->arena, NODE_Match, parse_span(t->span.begin, end));
    m->u.Match.subject = subj;
    m->u.Match.cases = parse_stmts(ps, cases);
    return ast_finish(m);
}
