/* parse_build.c — what grammar.y's actions build: expressions, statements,
 * and the checks the grammar leaves to them.
 *
 * Input: values of the grammar's symbols (tokens, nodes, lists).  Output:
 * AST nodes (ast.h) with CPython's positions, and diagnostics with
 * CPython's messages for what the grammar over-accepts:
 *
 *  - targets (assignment, augmented and annotated assignment, del, for,
 *    with, comprehensions, walrus): parsed as expressions, checked here as
 *    CPython's _PyPegen_get_invalid_target does, then given Store or Del;
 *  - call arguments: keyword names, argument order, bare generator
 *    expressions (which take the call's parentheses as their span);
 *  - parameter lists: a flat list of entries whose order rules
 *    (positional-only `/`, bare `*`, defaults) are checked when the
 *    arguments node is built;
 *  - parenthesized with-items `with (a as b, c):`.
 *
 * Positions: a node starts at its first token, counting parentheses around
 * its first operand (Node.outer); a tuple without parentheses ends with its
 * trailing comma; a parenthesized expression keeps its own span.
 *
 * The recursive checks here only walk tuples, lists and starred targets,
 * which cannot nest without brackets (bounded by the lexer); they also stop
 * at AST_MAX_DEPTH.
 */
#include <string.h>

#include "parse_rules.h"

/* ---- small helpers ---------------------------------------------------------- */

NodeList parse_stmts(ParseState *ps, const PtrVec *v) {
    return ast_list_from(ps->arena, (void *const *)v->items, v->len);
}

void parse_vec_extend(ParseState *ps, PtrVec *v, const PtrVec *more) {
    for (int i = 0; i < more->len; i++) ptrvec_push(ps->arena, v, more->items[i]);
}

SrcLoc parse_stmts_end(const PtrVec *v, SrcLoc fallback) {
    if (v->len == 0) return fallback;
    return ((Node *)v->items[v->len - 1])->span.end;
}

static int compare_end(SrcLoc a, SrcLoc b) {
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    if (a.col != b.col) return a.col < b.col ? -1 : 1;
    return 0;
}

static Node *paren_wrap(Node *n, const Token *l, const Token *r) {
    if (n->parens < 255) n->parens++;
    n->outer = parse_span(l->span.begin, r->span.end);
    return n;
}

/* ---- expression names and targets ----------------------------------------------- */

const char *parse_expr_name(const Node *e) {
    switch (e->kind) {
    case NODE_Attribute: return "attribute";
    case NODE_Subscript: return "subscript";
    case NODE_Starred: return "starred";
    case NODE_Name: return "name";
    case NODE_List: return "list";
    case NODE_Tuple: return "tuple";
    case NODE_Lambda: return "lambda";
    case NODE_Call: return "function call";
    case NODE_BoolOp: case NODE_BinOp: case NODE_UnaryOp: return "expression";
    case NODE_GeneratorExp: return "generator expression";
    case NODE_Yield: case NODE_YieldFrom: return "yield expression";
    case NODE_Await: return "await expression";
    case NODE_ListComp: return "list comprehension";
    case NODE_SetComp: return "set comprehension";
    case NODE_DictComp: return "dict comprehension";
    case NODE_Dict: return "dict literal";
    case NODE_Set: return "set display";
    case NODE_JoinedStr: case NODE_FormattedValue: return "f-string expression";
    case NODE_Constant:
        switch (e->u.Constant.value.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case NODE_Compare: return "comparison";
    case NODE_IfExp: return "conditional expression";
    case NODE_NamedExpr: return "named expression";
    default: return "expression";
    }
}

typedef enum TargetKind { TARGET_ASSIGN, TARGET_FOR, TARGET_DEL } TargetKind;

/* The first part of e that cannot be a target, or NULL (CPython's
 * _PyPegen_get_invalid_target). */
static Node *invalid_target(Node *e, TargetKind kind) {
    if (e->depth > AST_MAX_DEPTH) return NULL; /* reported as too deep */
    switch (e->kind) {
    case NODE_List:
    case NODE_Tuple: {
        NodeList *elts = e->kind == NODE_List ? &e->u.List.elts : &e->u.Tuple.elts;
        for (int i = 0; i < elts->len; i++) {
            Node *bad = invalid_target(elts->items[i], kind);
            if (bad) return bad;
        }
        return NULL;
    }
    case NODE_Starred:
        if (kind == TARGET_DEL) return e;
        return invalid_target(e->u.Starred.value, kind);
    case NODE_Name:
    case NODE_Subscript:
    case NODE_Attribute:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(Node *e, ExprCtx ctx) {
    if (e->depth > AST_MAX_DEPTH) return;
    switch (e->kind) {
    case NODE_Name: e->u.Name.ctx = ctx; break;
    case NODE_Attribute: e->u.Attribute.ctx = ctx; break;
    case NODE_Subscript: e->u.Subscript.ctx = ctx; break;
    case NODE_Starred:
        e->u.Starred.ctx = ctx;
        set_ctx(e->u.Starred.value, ctx);
        break;
    case NODE_List:
        e->u.List.ctx = ctx;
        for (int i = 0; i < e->u.List.elts.len; i++) set_ctx(e->u.List.elts.items[i], ctx);
        break;
    case NODE_Tuple:
        e->u.Tuple.ctx = ctx;
        for (int i = 0; i < e->u.Tuple.elts.len; i++) set_ctx(e->u.Tuple.elts.items[i], ctx);
        break;
    default: break;
    }
}

static bool check_target(ParseState *ps, Node *e, TargetKind kind) {
    Node *bad = invalid_target(e, kind);
    if (bad) {
        if (bad->kind == NODE_withitem) {
            /* `x as y` as a target: the item's own check reports it. */
            return false;
        }
        parse_error(ps, bad->span, kind == TARGET_DEL ? "cannot delete %s" : "cannot assign to %s",
                    parse_expr_name(bad));
        return false;
    }
    set_ctx(e, kind == TARGET_DEL ? CTX_Del : CTX_Store);
    return true;
}

/* ---- atoms ---------------------------------------------------------------------- */

/* Names shorter than this are copied as one fixed-size block. */
#define PARSE_SHORT_NAME 16

const char *parse_ident(ParseState *ps, const Token *t) {
    /* Most names are short: one 16-byte copy (the allocation is that big
     * anyway, ARENA_ALIGN) instead of a call to memcpy, when the source
     * text (with its final NUL) reaches that far. */
    const char *text_end = ps->src->text + ps->src->len + 1;
    if (t->len < PARSE_SHORT_NAME && text_end - t->text >= PARSE_SHORT_NAME) {
        char *p = arena_alloc(ps->arena, PARSE_SHORT_NAME);
        memcpy(p, t->text, PARSE_SHORT_NAME);
        p[t->len] = '\0';
        return p;
    }
    return arena_strndup(ps->arena, t->text, t->len);
}

Node *parse_name(ParseState *ps, const Token *t) {
    return ast_name(ps->arena, parse_ident(ps, t), t->span);
}

Node *parse_number(ParseState *ps, const Token *t) {
    ConstValue v;
    AstNumberStatus st = ast_number_value(ps->arena, t->text, t->len, (t->flags & TOKF_FLOAT) != 0,
                                          (t->flags & TOKF_IMAG) != 0, &v);
    if (st == AST_NUMBER_TOO_MANY_DIGITS) {
        size_t digits = 0;
        for (uint32_t i = 0; i < t->len; i++) digits += t->text[i] >= '0' && t->text[i] <= '9';
        parse_error(ps, t->span,
                    "Exceeds the limit (%d digits) for integer string conversion: value has %zu "
                    "digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                    "hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    AST_MAX_INT_DIGITS, digits);
        v = ast_const_simple(CONST_INT);
    } else if (st == AST_NUMBER_TOO_LONG) {
        parse_error(ps, t->span, "number literal too long: more than %d characters",
                    AST_MAX_NUMBER_CHARS);
        v = ast_const_simple(CONST_INT);
    }
    return ast_constant(ps->arena, v, t->span);
}

Node *parse_singleton(ParseState *ps, const Token *t, ConstKind kind) {
    return ast_constant(ps->arena, ast_const_simple(kind), t->span);
}

/* ---- lists and tuples ---------------------------------------------------------- */

void parse_list_comma(ExprList *l, const Token *comma) {
    l->trailing_comma = true;
    l->span.end = comma->span.end;
}

static NodeList list_nodes(ParseState *ps, const ExprList *l) {
    return ast_list_from(ps->arena, (void *const *)l->items.items, l->items.len);
}

Node *parse_tuple(ParseState *ps, ExprList *l) {
    return ast_tuple(ps->arena, list_nodes(ps, l), l->span);
}

Node *parse_paren(ParseState *ps, const Token *l, ExprList *items, const Token *r) {
    if (items->items.len == 1 && !items->trailing_comma) {
        Node *only = items->items.items[0];
        if (only->kind == NODE_Starred && only->parens == 0)
            parse_error(ps, only->span, "cannot use starred expression here");
        return paren_wrap(only, l, r);
    }
    Node *t = ast_tuple(ps->arena, list_nodes(ps, items), parse_span(l->span.begin, r->span.end));
    t->parens = 1;
    return t;
}

Node *parse_group(ParseState *ps, const Token *l, Node *inner, const Token *r) {
    (void)ps;
    return paren_wrap(inner, l, r);
}

Node *parse_empty_tuple(ParseState *ps, const Token *l, const Token *r) {
    NodeList none = {NULL, 0};
    Node *t = ast_tuple(ps->arena, none, parse_span(l->span.begin, r->span.end));
    t->parens = 1;
    return t;
}

Node *parse_list_display(ParseState *ps, const Token *l, ExprList *items, const Token *r) {
    return ast_list(ps->arena, list_nodes(ps, items), parse_span(l->span.begin, r->span.end));
}

Node *parse_set_display(ParseState *ps, const Token *l, ExprList *items, const Token *r) {
    return ast_set(ps->arena, list_nodes(ps, items), parse_span(l->span.begin, r->span.end));
}

DictPair parse_dict_pair(ParseState *ps, Node *key, Node *value, const Token *dstar) {
    (void)ps;
    DictPair p;
    p.key = key;
    p.value = value;
    p.begin = dstar ? dstar->span.begin : key->outer.begin;
    return p;
}

DictItems parse_dict_items1(ParseState *ps, DictPair p) {
    DictItems d;
    memset(&d, 0, sizeof d);
    parse_dict_items_push(ps, &d, p);
    return d;
}

void parse_dict_items_push(ParseState *ps, DictItems *d, DictPair p) {
    ptrvec_push(ps->arena, &d->keys, p.key);
    ptrvec_push(ps->arena, &d->values, p.value);
}

Node *parse_dict_display(ParseState *ps, const Token *l, DictItems *items, const Token *r) {
    NodeList keys = ast_list_from(ps->arena, (void *const *)items->keys.items, items->keys.len);
    NodeList values = ast_list_from(ps->arena, (void *const *)items->values.items, items->values.len);
    return ast_dict(ps->arena, keys, values, parse_span(l->span.begin, r->span.end));
}

/* ---- comprehensions -------------------------------------------------------------- */

Node *parse_comp_for(ParseState *ps, const Token *async_tok, ExprList *target, Node *iter) {
    Node *t = parse_tuple_or_single(ps, target);
    check_target(ps, t, TARGET_FOR);
    SrcLoc begin = async_tok ? async_tok->span.begin : t->outer.begin;
    Node *c = ast_new(ps->arena, NODE_comprehension, parse_span(begin, iter->outer.end));
    c->u.comprehension.target = t;
    c->u.comprehension.iter = iter;
    c->u.comprehension.is_async = async_tok != NULL;
    return ast_finish(c);
}

void parse_comp_if(ParseState *ps, PtrVec *gens, Node *cond) {
    Node *c = gens->items[gens->len - 1];
    ast_list_append(ps->arena, &c->u.comprehension.ifs, cond);
    c->span.end = cond->outer.end;
    if (cond->depth + 1 > c->depth) c->depth = cond->depth + 1;
}

Node *parse_comp(ParseState *ps, NodeKind kind, const Token *l, Node *elt, PtrVec *gens,
                 const Token *r) {
    if (elt->kind == NODE_Starred && elt->parens == 0)
        parse_error(ps, elt->span, "iterable unpacking cannot be used in comprehension");
    Node *n = ast_new(ps->arena, kind, parse_span(l->span.begin, r->span.end));
    n->u.ListComp.elt = elt;
    n->u.ListComp.generators = parse_stmts(ps, gens);
    if (kind == NODE_GeneratorExp) n->parens = 1;
    return ast_finish(n);
}

Node *parse_dictcomp(ParseState *ps, const Token *l, DictPair p, PtrVec *gens, const Token *r) {
    if (!p.key)
        parse_error(ps, parse_span(p.begin, p.value->outer.end),
                    "dict unpacking cannot be used in dict comprehension");
    Node *n = ast_new(ps->arena, NODE_DictComp, parse_span(l->span.begin, r->span.end));
    n->u.DictComp.key = p.key;
    n->u.DictComp.value = p.value;
    n->u.DictComp.generators = parse_stmts(ps, gens);
    return ast_finish(n);
}

Node *parse_bare_genexp(ParseState *ps, Node *elt, PtrVec *gens) {
    if (elt->kind == NODE_Starred && elt->parens == 0)
        parse_error(ps, elt->span, "iterable unpacking cannot be used in comprehension");
    Node *last = gens->items[gens->len - 1];
    Node *n = ast_new(ps->arena, NODE_GeneratorExp, parse_span(elt->outer.begin, last->span.end));
    n->u.ListComp.elt = elt;
    n->u.ListComp.generators = parse_stmts(ps, gens);
    return ast_finish(n);
}

/* ---- operators ------------------------------------------------------------------- */

Node *parse_as_item(ParseState *ps, Node *expr, const Token *as, Node *target) {
    Node *item = ast_withitem(ps->arena, expr, target);
    item->span = as->span; /* where "invalid syntax" points if unclaimed */
    parse_note_as(ps, item);
    return item;
}

Node *parse_namedexpr(ParseState *ps, Node *target, Node *value) {
    if (target->kind != NODE_Name || target->parens) {
        if (target->kind != NODE_withitem)
            parse_error(ps, target->span, "cannot use assignment expressions with %s",
                        parse_expr_name(target));
    } else {
        target->u.Name.ctx = CTX_Store;
    }
    return ast_namedexpr(ps->arena, target, value);
}

Node *parse_boolop(ParseState *ps, BoolOpKind op, Node *left, Node *right) {
    if (left->kind == NODE_BoolOp && left->u.BoolOp.op == op && left->parens == 0) {
        ast_boolop_append(ps->arena, left, right);
        return left;
    }
    return ast_boolop(ps->arena, op, left, right);
}

Node *parse_compare(ParseState *ps, Node *left, int op, Node *right) {
    if (left->kind == NODE_Compare && left->parens == 0) {
        ast_compare_append(ps->arena, left, (CmpOpKind)op, right);
        return left;
    }
    return ast_compare(ps->arena, left, (CmpOpKind)op, right);
}

Node *parse_await(ParseState *ps, const Token *t, Node *value) {
    Node *n = ast_new(ps->arena, NODE_Await, parse_span(t->span.begin, value->outer.end));
    n->u.Yield.value = value;
    return ast_finish(n);
}

Node *parse_yield(ParseState *ps, const Token *t, Node *value, bool from) {
    SrcLoc end = value ? value->outer.end : t->span.end;
    return ast_yield(ps->arena, from ? NODE_YieldFrom : NODE_Yield, value,
                     parse_span(t->span.begin, end));
}

/* ---- calls and subscripts ------------------------------------------------------ */

ArgList parse_args1(ParseState *ps, Node *arg) {
    ArgList a;
    memset(&a, 0, sizeof a);
    ptrvec_push(ps->arena, &a.items, arg);
    return a;
}

void parse_args_push(ParseState *ps, ArgList *a, Node *arg) {
    ptrvec_push(ps->arena, &a->items, arg);
}

Node *parse_keyword_arg(ParseState *ps, Node *name, Node *value) {
    Span span = parse_span(name->outer.begin, value->outer.end);
    const char *id = "";
    if (name->kind == NODE_Name && name->parens == 0) {
        id = name->u.Name.id;
    } else if (name->kind == NODE_Constant && name->parens == 0 &&
               (name->u.Constant.value.kind == CONST_TRUE || name->u.Constant.value.kind == CONST_FALSE ||
                name->u.Constant.value.kind == CONST_NONE)) {
        parse_error(ps, span, "cannot assign to %s", parse_expr_name(name));
    } else {
        parse_error(ps, span, "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    return ast_keyword(ps->arena, id, value, span);
}

Node *parse_dstar_arg(ParseState *ps, const Token *t, Node *value) {
    return ast_keyword(ps->arena, NULL, value, parse_span(t->span.begin, value->outer.end));
}

/* Splits arguments into positional ones and keywords, with CPython's order
 * rules (not for class patterns: parse_pattern.c has its own). */
static void split_args(ParseState *ps, const Token *l, ArgList *a, const Token *r, NodeList *args,
                       NodeList *keywords) {
    PtrVec pos, kw;
    memset(&pos, 0, sizeof pos);
    memset(&kw, 0, sizeof kw);
    Node *last_dstar = NULL;
    bool seen_kw = false;
    bool check = !ps->in_pattern;
    for (int i = 0; i < a->items.len; i++) {
        Node *arg = a->items.items[i];
        if (arg->kind == NODE_keyword) {
            if (arg->u.keyword.arg) seen_kw = true;
            else last_dstar = arg;
            ptrvec_push(ps->arena, &kw, arg);
            continue;
        }
        if (arg->kind == NODE_GeneratorExp && arg->parens == 0) {
            if (a->items.len > 1 || a->trailing_comma) {
                parse_error(ps, arg->span, "Generator expression must be parenthesized");
            } else {
                /* The sole argument: the call's parentheses are its own. */
                arg->span = arg->outer = parse_span(l->span.begin, r->span.end);
            }
        }
        if (check && arg->kind == NODE_Starred) {
            if (last_dstar)
                parse_error(ps, last_dstar->span,
                            "iterable argument unpacking follows keyword argument unpacking");
        } else if (check && last_dstar) {
            parse_error(ps, arg->span, "positional argument follows keyword argument unpacking");
        } else if (check && seen_kw) {
            parse_error(ps, arg->span, "positional argument follows keyword argument");
        }
        ptrvec_push(ps->arena, &pos, arg);
    }
    *args = ast_list_from(ps->arena, (void *const *)pos.items, pos.len);
    *keywords = ast_list_from(ps->arena, (void *const *)kw.items, kw.len);
}

Node *parse_call(ParseState *ps, Node *func, const Token *l, ArgList *a, const Token *r) {
    NodeList args, keywords;
    split_args(ps, l, a, r, &args, &keywords);
    return ast_call(ps->arena, func, args, keywords, r->span.end);
}

Node *parse_subscript(ParseState *ps, Node *value, ExprList *slices, const Token *r) {
    Node *slice;
    Node *first = slices->items.items[0];
    if (slices->items.len == 1 && !slices->trailing_comma && first->kind != NODE_Starred)
        slice = first;
    else
        slice = ast_tuple(ps->arena, list_nodes(ps, slices), slices->span);
    return ast_subscript(ps->arena, value, slice, r->span.end);
}

Node *parse_slice(ParseState *ps, const Token *first, Node *lower, Node *upper, Node *step,
                  const Token *last) {
    SrcLoc begin = first ? first->span.begin : lower->outer.begin;
    SrcLoc end = last ? last->span.end : (step ? step : upper)->outer.end;
    return ast_slice(ps->arena, lower, upper, step, parse_span(begin, end));
}

/* ---- simple statements ----------------------------------------------------------- */

Node *parse_expr_stmt(ParseState *ps, Node *value) {
    return ast_expr_stmt(ps->arena, value);
}

/* Whether e is an expression at the bitwise-or level or tighter (the
 * operand grammar of CPython's invalid_named_expression rule). */
static bool is_bitwise_or_level(const Node *e) {
    if (e->parens) return true;
    switch (e->kind) {
    case NODE_IfExp: case NODE_Lambda: case NODE_Compare: case NODE_BoolOp:
    case NODE_NamedExpr: case NODE_Yield: case NODE_YieldFrom: case NODE_Starred:
    case NODE_Tuple:
        return false;
    case NODE_UnaryOp:
        return e->u.UnaryOp.op != UNARYOP_Not;
    default:
        return true;
    }
}

/* The first atom of e, where CPython's lookahead looks (a loop: operator
 * chains can be long). */
static const Node *leftmost_atom(const Node *e) {
    for (;;) {
        if (e->parens) return e;
        switch (e->kind) {
        case NODE_BinOp: e = e->u.BinOp.left; break;
        case NODE_Attribute: e = e->u.Attribute.value; break;
        case NODE_Subscript: e = e->u.Subscript.value; break;
        case NODE_Call: e = e->u.Call.func; break;
        default: return e;
        }
    }
}

/* Whether value begins with a bitwise-or expression. */
static bool starts_with_bitwise_or(const Node *v) {
    for (;;) {
        if (v->parens) return true;
        switch (v->kind) {
        case NODE_Tuple:
            if (!v->u.Tuple.elts.len) return true;
            v = v->u.Tuple.elts.items[0];
            break;
        case NODE_BoolOp: v = v->u.BoolOp.values.items[0]; break;
        case NODE_Compare: v = v->u.Compare.left; break;
        case NODE_IfExp: v = v->u.IfExp.body; break;
        default: return is_bitwise_or_level(v);
        }
    }
}

/* Whether L, the expression just before an `=`, draws CPython's "cannot
 * assign to %s here" (the last alternative of invalid_named_expression): at
 * the bitwise-or level, not starting with a list, tuple or generator display
 * or a keyword constant. */
static bool meant_eq_target(const Node *l) {
    if (!is_bitwise_or_level(l)) return false;
    const Node *first = leftmost_atom(l);
    if (first->kind == NODE_List || first->kind == NODE_Tuple || first->kind == NODE_GeneratorExp)
        return false;
    if (first->kind == NODE_Constant && !first->parens) {
        ConstKind k = first->u.Constant.value.kind;
        if (k == CONST_TRUE || k == CONST_FALSE || k == CONST_NONE) return false;
    }
    return true;
}

static bool is_bad_target(const Node *t) {
    if ((t->kind == NODE_Yield || t->kind == NODE_YieldFrom) && !t->parens) return true;
    return invalid_target((Node *)t, TARGET_ASSIGN) != NULL;
}

/* The one error CPython reports for an assignment with a bad target.  Its
 * parser first reads the statement's leading elements as expressions, and
 * the last element of the first target, followed by `= B` where B is a
 * bitwise-or expression not itself followed by `=`, gets a "Maybe you meant
 * '=='" message, whether or not it is the bad one.  Otherwise the first bad
 * target is named. */
static void report_assign_error(ParseState *ps, PtrVec *tv, int ntargets) {
    Node *first = tv->items[0];
    Node *last = first;
    bool trailing_comma = false;
    if (first->kind == NODE_Tuple && !first->parens && first->u.Tuple.elts.len) {
        last = first->u.Tuple.elts.items[first->u.Tuple.elts.len - 1];
        trailing_comma = compare_end(first->span.end, last->outer.end) != 0;
    }
    Node *next = tv->items[1];
    bool next_is_value = ntargets == 1;
    bool b_then_not_eq = starts_with_bitwise_or(next) &&
                         (next_is_value || !is_bitwise_or_level(next) ||
                          (next->kind == NODE_Tuple && !next->parens));
    if (!trailing_comma && b_then_not_eq) {
        if (last->kind == NODE_Name && !last->parens) {
            parse_error(ps, last->span, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return;
        }
        if (meant_eq_target(last)) {
            parse_error(ps, last->span, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                        parse_expr_name(last));
            return;
        }
    }
    for (int i = 0; i < ntargets; i++) {
        Node *t = tv->items[i];
        if ((t->kind == NODE_Yield || t->kind == NODE_YieldFrom) && !t->parens) {
            parse_error(ps, t->span, "assignment to yield expression not possible");
            return;
        }
        if (invalid_target(t, TARGET_ASSIGN)) {
            check_target(ps, t, TARGET_ASSIGN);
            return;
        }
    }
}

Node *parse_assign(ParseState *ps, PtrVec *tv) {
    int ntargets = tv->len - 1;
    Node *value = tv->items[ntargets];
    bool bad = false;
    for (int i = 0; i < ntargets && !bad; i++) bad = is_bad_target(tv->items[i]);
    if (bad) report_assign_error(ps, tv, ntargets);
    else
        for (int i = 0; i < ntargets; i++) set_ctx(tv->items[i], CTX_Store);
    Node *first = tv->items[0];
    Node *n = ast_new(ps->arena, NODE_Assign, parse_span(first->outer.begin, value->outer.end));
    n->u.Assign.targets = ast_list_from(ps->arena, (void *const *)tv->items, ntargets);
    n->u.Assign.value = value;
    return ast_finish(n);
}

Node *parse_augassign(ParseState *ps, ExprList *target, int op, Node *value) {
    Node *t = parse_tuple_or_single(ps, target);
    if (t->kind == NODE_Name || t->kind == NODE_Attribute || t->kind == NODE_Subscript)
        set_ctx(t, CTX_Store);
    else
        parse_error(ps, t->outer, "'%s' is an illegal expression for augmented assignment",
                    parse_expr_name(t));
    Node *n = ast_new(ps->arena, NODE_AugAssign, parse_span(t->outer.begin, value->outer.end));
    n->u.AugAssign.target = t;
    n->u.AugAssign.op = (BinOpKind)op;
    n->u.AugAssign.value = value;
    return ast_finish(n);
}

Node *parse_annassign(ParseState *ps, ExprList *target, Node *annotation, Node *value) {
    Node *t = parse_tuple_or_single(ps, target);
    if (t->kind == NODE_Tuple && !t->parens) {
        parse_error(ps, ((Node *)target->items.items[0])->span,
                    "only single target (not tuple) can be annotated");
    } else if (t->kind == NODE_Tuple || t->kind == NODE_List) {
        parse_error(ps, t->outer, "only single target (not %s) can be annotated", parse_expr_name(t));
    } else if (t->kind == NODE_Name || t->kind == NODE_Attribute || t->kind == NODE_Subscript) {
        set_ctx(t, CTX_Store);
    } else {
        parse_error(ps, t->span, "illegal target for annotation");
    }
    SrcLoc end = (value ? value : annotation)->outer.end;
    Node *n = ast_new(ps->arena, NODE_AnnAssign, parse_span(t->outer.begin, end));
    n->u.AnnAssign.target = t;
    n->u.AnnAssign.annotation = annotation;
    n->u.AnnAssign.value = value;
    n->u.AnnAssign.simple = t->kind == NODE_Name && t->parens == 0;
    return ast_finish(n);
}

Node *parse_delete(ParseState *ps, const Token *t, ExprList *targets) {
    for (int i = 0; i < targets->items.len; i++) check_target(ps, targets->items.items[i], TARGET_DEL);
    Node *n = ast_new(ps->arena, NODE_Delete, parse_span(t->span.begin, targets->span.end));
    n->u.Delete.targets = list_nodes(ps, targets);
    return ast_finish(n);
}

Node *parse_keyword_stmt(ParseState *ps, NodeKind kind, const Token *t, Node *a, Node *b,
                         const Token *last) {
    SrcLoc end = last ? last->span.end : (b ? b : a)->outer.end;
    Node *n = ast_new(ps->arena, kind, parse_span(t->span.begin, end));
    switch (kind) {
    case NODE_Return: n->u.Return.value = a; break;
    case NODE_Raise: n->u.Raise.exc = a; n->u.Raise.cause = b; break;
    case NODE_Assert: n->u.Assert.test = a; n->u.Assert.msg = b; break;
    default: break;
    }
    return ast_finish(n);
}

Node *parse_global(ParseState *ps, NodeKind kind, const Token *t, PtrVec *names, const Token *last) {
    ptrvec_push(ps->arena, names, (void *)parse_ident(ps, last));
    Node *n = ast_new(ps->arena, kind, parse_span(t->span.begin, last->span.end));
    n->u.Global.names = ast_idents_from(ps->arena, (const char *const *)names->items, names->len);
    return n;
}

Node *parse_import(ParseState *ps, const Token *t, PtrVec *aliases) {
    Node *last = aliases->items[aliases->len - 1];
    Node *n = ast_new(ps->arena, NODE_Import, parse_span(t->span.begin, last->span.end));
    n->u.Import.names = parse_stmts(ps, aliases);
    return ast_finish(n);
}

Node *parse_import_from(ParseState *ps, const Token *t, FromModule m, ImportTargets *names) {
    Node *n = ast_new(ps->arena, NODE_ImportFrom, parse_span(t->span.begin, names->end));
    n->u.ImportFrom.module = m.module;
    n->u.ImportFrom.names = parse_stmts(ps, &names->names);
    n->u.ImportFrom.level = m.level;
    return ast_finish(n);
}

DottedName parse_dotted(ParseState *ps, DottedName *prefix, const Token *name) {
    DottedName d;
    if (prefix) {
        d.name = arena_printf(ps->arena, "%s.%.*s", prefix->name, (int)name->len, name->text);
        d.span = parse_span(prefix->span.begin, name->span.end);
    } else {
        d.name = parse_ident(ps, name);
        d.span = name->span;
    }
    return d;
}

Node *parse_alias(ParseState *ps, const char *name, Span span, const Token *asname) {
    if (asname) span.end = asname->span.end;
    return ast_alias(ps->arena, name, asname ? parse_ident(ps, asname) : NULL, span);
}

/* ---- compound statements ------------------------------------------------------- */

static Node *block_node(ParseState *ps, NodeKind kind, SrcLoc begin, SrcLoc end) {
    return ast_new(ps->arena, kind, parse_span(begin, end));
}

ElifClause *parse_elif(ParseState *ps, const Token *t, Node *test, PtrVec *body) {
    ElifClause *e = arena_alloc(ps->arena, sizeof *e);
    e->begin = t->span.begin;
    e->test = test;
    e->body = *body;
    return e;
}

Node *parse_if(ParseState *ps, const Token *t, Node *test, PtrVec *body, PtrVec *elifs,
               PtrVec *orelse) {
    /* elif chains nest from the right: each elif is the lone statement of
     * the previous one's orelse. */
    PtrVec tail = *orelse;
    for (int i = elifs->len; i-- > 0;) {
        ElifClause *e = elifs->items[i];
        SrcLoc end = parse_stmts_end(&tail, parse_stmts_end(&e->body, e->begin));
        Node *n = block_node(ps, NODE_If, e->begin, end);
        n->u.If.test = e->test;
        n->u.If.body = parse_stmts(ps, &e->body);
        n->u.If.orelse = parse_stmts(ps, &tail);
        ast_finish(n);
        tail = parse_vec1(ps, n);
    }
    SrcLoc end = parse_stmts_end(&tail, parse_stmts_end(body, t->span.end));
    Node *n = block_node(ps, NODE_If, t->span.begin, end);
    n->u.If.test = test;
    n->u.If.body = parse_stmts(ps, body);
    n->u.If.orelse = parse_stmts(ps, &tail);
    return ast_finish(n);
}

Node *parse_while(ParseState *ps, const Token *t, Node *test, PtrVec *body, PtrVec *orelse) {
    SrcLoc end = parse_stmts_end(orelse, parse_stmts_end(body, t->span.end));
    Node *n = block_node(ps, NODE_While, t->span.begin, end);
    n->u.While.test = test;
    n->u.While.body = parse_stmts(ps, body);
    n->u.While.orelse = parse_stmts(ps, orelse);
    return ast_finish(n);
}

Node *parse_for(ParseState *ps, const Token *t, ExprList *target, Node *iter, PtrVec *body,
                PtrVec *orelse) {
    Node *tgt = parse_tuple_or_single(ps, target);
    check_target(ps, tgt, TARGET_FOR);
    SrcLoc end = parse_stmts_end(orelse, parse_stmts_end(body, t->span.end));
    Node *n = block_node(ps, NODE_For, t->span.begin, end);
    n->u.For.target = tgt;
    n->u.For.iter = iter;
    n->u.For.body = parse_stmts(ps, body);
    n->u.For.orelse = parse_stmts(ps, orelse);
    return ast_finish(n);
}

Node *parse_with_item(ParseState *ps, Node *expr, Node *target) {
    if (target) check_target(ps, target, TARGET_ASSIGN);
    return ast_withitem(ps->arena, expr, target);
}

/* `with (a as b, c):` is two items, not a tuple (3.10), when every element
 * can be an item on its own. */
static bool splits_into_items(const Node *e) {
    if (e->parens == 0) return false;
    if (e->kind == NODE_withitem) return e->parens == 1;
    if (e->kind != NODE_Tuple || e->parens != 1 || e->u.Tuple.elts.len == 0) return false;
    for (int i = 0; i < e->u.Tuple.elts.len; i++) {
        const Node *x = e->u.Tuple.elts.items[i];
        if (x->parens) continue;
        if (x->kind == NODE_Starred || x->kind == NODE_NamedExpr || x->kind == NODE_Yield ||
            x->kind == NODE_YieldFrom)
            return false;
    }
    return true;
}

Node *parse_with_head(ParseState *ps, const Token *t, PtrVec *items) {
    PtrVec out;
    memset(&out, 0, sizeof out);
    Node *only = items->items[0];
    if (items->len == 1 && !only->u.withitem.optional_vars &&
        splits_into_items(only->u.withitem.context_expr)) {
        Node *e = only->u.withitem.context_expr;
        Node **elts = e->kind == NODE_Tuple ? e->u.Tuple.elts.items : &e;
        int n = e->kind == NODE_Tuple ? e->u.Tuple.elts.len : 1;
        for (int i = 0; i < n; i++) {
            Node *x = elts[i];
            if (x->kind == NODE_withitem && x->parens == (e->kind == NODE_Tuple ? 0 : 1)) {
                parse_claim_as(ps, x);
                ptrvec_push(ps->arena, &out,
                            parse_with_item(ps, x->u.withitem.context_expr, x->u.withitem.optional_vars));
            } else {
                ptrvec_push(ps->arena, &out, parse_with_item(ps, x, NULL));
            }
        }
    } else {
        out = *items;
    }
    Node *n = block_node(ps, NODE_With, t->span.begin, t->span.end);
    n->u.With.items = parse_stmts(ps, &out);
    return ast_finish(n);
}

Node *parse_with(ParseState *ps, Node *head, PtrVec *body) {
    head->u.With.body = parse_stmts(ps, body);
    head->span.end = head->outer.end = parse_stmts_end(body, head->span.end);
    return ast_finish(head);
}

Node *parse_async(ParseState *ps, const Token *t, Node *stmt) {
    (void)ps;
    switch (stmt->kind) {
    case NODE_FunctionDef: stmt->kind = NODE_AsyncFunctionDef; break;
    case NODE_For: stmt->kind = NODE_AsyncFor; break;
    case NODE_With: stmt->kind = NODE_AsyncWith; break;
    default: break;
    }
    stmt->span.begin = stmt->outer.begin = t->span.begin;
    return stmt;
}

Handlers parse_handlers1(ParseState *ps, Node *h, bool star) {
    Handlers hs;
    memset(&hs, 0, sizeof hs);
    parse_handlers_push(ps, &hs, h, star);
    return hs;
}

void parse_handlers_push(ParseState *ps, Handlers *hs, Node *h, bool star) {
    ptrvec_push(ps->arena, &hs->items, h);
    /* The first handler of the other kind is where CPython complains. */
    if (hs->items.len > 1 && star != hs->first_is_star && !hs->mixed) {
        hs->mixed = true;
        hs->first_mixed = h->span;
    }
    if (hs->items.len == 1) hs->first_is_star = star;
    if (star) hs->star++;
    else hs->plain++;
}

Node *parse_handler(ParseState *ps, const Token *t, bool star, ExprList *type, const Token *name,
                    PtrVec *body) {
    (void)star; /* except* without a type is reported by the grammar */
    Node *ty = NULL;
    if (type) {
        ty = parse_tuple_or_single(ps, type);
        if (ty->kind == NODE_Tuple && !ty->parens)
            parse_error(ps, ty->span, "multiple exception types must be parenthesized");
    }
    Node *n = block_node(ps, NODE_ExceptHandler, t->span.begin, parse_stmts_end(body, t->span.end));
    n->u.ExceptHandler.type = ty;
    n->u.ExceptHandler.name = name ? parse_ident(ps, name) : NULL;
    n->u.ExceptHandler.body = parse_stmts(ps, body);
    return ast_finish(n);
}

Node *parse_try(ParseState *ps, const Token *t, PtrVec *body, Handlers *handlers, PtrVec *orelse,
                PtrVec *finalbody) {
    if (handlers->mixed)
        parse_error(ps, handlers->first_mixed,
                    "cannot have both 'except' and 'except*' on the same 'try'");
    SrcLoc end = parse_stmts_end(body, t->span.end);
    end = parse_stmts_end(&handlers->items, end);
    end = parse_stmts_end(orelse, end);
    end = parse_stmts_end(finalbody, end);
    Node *n = block_node(ps, handlers->star ? NODE_TryStar : NODE_Try, t->span.begin, end);
    n->u.Try.body = parse_stmts(ps, body);
    n->u.Try.handlers = parse_stmts(ps, &handlers->items);
    n->u.Try.orelse = parse_stmts(ps, orelse);
    n->u.Try.finalbody = parse_stmts(ps, finalbody);
    return ast_finish(n);
}

/* ---- definitions --------------------------------------------------------------- */

ParamItem *parse_param(ParseState *ps, ParamKind kind, const Token *star, const Token *name,
                       Node *annotation, const Token *eq, Node *dflt) {
    ParamItem *p = arena_alloc(ps->arena, sizeof *p);
    p->kind = kind;
    p->dflt = dflt;
    SrcLoc begin = star ? star->span.begin : name->span.begin;
    SrcLoc end = dflt ? dflt->outer.end : annotation ? annotation->outer.end
                                       : name ? name->span.end : star->span.end;
    p->span = parse_span(begin, end);
    if (eq) p->eq = eq->span;
    if (name) {
        SrcLoc aend = annotation ? annotation->outer.end : name->span.end;
        p->arg = ast_arg(ps->arena, parse_ident(ps, name), annotation,
                         parse_span(name->span.begin, aend));
    }
    return p;
}

/* The order rules of a parameter list (CPython's invalid_parameters,
 * invalid_star_etc and invalid_kwds, lambda's too). */
static Node *build_arguments(ParseState *ps, PtrVec *params, SrcLoc at) {
    PtrVec posonly, args, defaults, kwonly, kwdefaults;
    memset(&posonly, 0, sizeof posonly);
    memset(&args, 0, sizeof args);
    memset(&defaults, 0, sizeof defaults);
    memset(&kwonly, 0, sizeof kwonly);
    memset(&kwdefaults, 0, sizeof kwdefaults);
    Node *vararg = NULL, *kwarg = NULL;
    bool seen_default = false, seen_slash = false, seen_star = false, seen_dstar = false;
    int n = params ? params->len : 0;
    for (int i = 0; i < n; i++) {
        ParamItem *p = params->items[i];
        if (seen_dstar) {
            parse_error(ps, p->span, "arguments cannot follow var-keyword argument");
            break;
        }
        switch (p->kind) {
        case PARAM_SLASH:
            if (seen_star) {
                parse_error(ps, p->span, "/ must be ahead of *");
            } else if (seen_slash) {
                parse_error(ps, p->span, "/ may appear only once");
            } else if (args.len == 0) {
                parse_error(ps, p->span, "at least one argument must precede /");
            } else {
                posonly = args;
                memset(&args, 0, sizeof args);
            }
            seen_slash = true;
            break;
        case PARAM_STAR:
            if (p->dflt) {
                parse_error(ps, p->eq, "var-positional argument cannot have default value");
            } else if (seen_star) {
                parse_error(ps, p->span, "* argument may appear only once");
            } else if (!p->arg &&
                       (i + 1 == n || ((ParamItem *)params->items[i + 1])->kind != PARAM_PLAIN)) {
                parse_error(ps, p->span, "named arguments must follow bare *");
            }
            seen_star = true;
            vararg = p->arg;
            break;
        case PARAM_DSTAR:
            if (p->dflt) parse_error(ps, p->eq, "var-keyword argument cannot have default value");
            seen_dstar = true;
            kwarg = p->arg;
            break;
        case PARAM_PLAIN:
            if (seen_star) {
                ptrvec_push(ps->arena, &kwonly, p->arg);
                ptrvec_push(ps->arena, &kwdefaults, p->dflt);
            } else {
                ptrvec_push(ps->arena, &args, p->arg);
                if (p->dflt) {
                    ptrvec_push(ps->arena, &defaults, p->dflt);
                    seen_default = true;
                } else if (seen_default) {
                    parse_error(ps, p->span, "non-default argument follows default argument");
                }
            }
            break;
        }
    }
    Node *a = ast_new(ps->arena, NODE_arguments, parse_span(at, at));
    a->u.arguments.posonlyargs = parse_stmts(ps, &posonly);
    a->u.arguments.args = parse_stmts(ps, &args);
    a->u.arguments.vararg = vararg;
    a->u.arguments.kwonlyargs = parse_stmts(ps, &kwonly);
    a->u.arguments.kw_defaults = parse_stmts(ps, &kwdefaults);
    a->u.arguments.kwarg = kwarg;
    a->u.arguments.defaults = parse_stmts(ps, &defaults);
    return ast_finish(a);
}

Node *parse_lambda(ParseState *ps, const Token *t, PtrVec *params, Node *body) {
    Node *n = ast_new(ps->arena, NODE_Lambda, parse_span(t->span.begin, body->outer.end));
    n->u.Lambda.args = build_arguments(ps, params, t->span.end);
    n->u.Lambda.body = body;
    return ast_finish(n);
}

Node *parse_funcdef(ParseState *ps, const Token *t, const Token *name, PtrVec *params,
                    Node *returns, PtrVec *body) {
    Node *n = block_node(ps, NODE_FunctionDef, t->span.begin, parse_stmts_end(body, t->span.end));
    n->u.FunctionDef.name = parse_ident(ps, name);
    n->u.FunctionDef.args = build_arguments(ps, params, name->span.end);
    n->u.FunctionDef.body = parse_stmts(ps, body);
    n->u.FunctionDef.returns = returns;
    return ast_finish(n);
}

Node *parse_classdef(ParseState *ps, const Token *t, const Token *name, const Token *l,
                     ArgList *args, const Token *r, PtrVec *body) {
    Node *n = block_node(ps, NODE_ClassDef, t->span.begin, parse_stmts_end(body, t->span.end));
    n->u.ClassDef.name = parse_ident(ps, name);
    if (args) {
        /* Bases are arguments, but a bare generator is no argument there. */
        for (int i = 0; i < args->items.len; i++) {
            Node *arg = args->items.items[i];
            if (arg->kind == NODE_GeneratorExp && arg->parens == 0) {
                parse_error(ps, arg->span, "invalid syntax");
                arg->parens = 1;
            }
        }
        split_args(ps, l, args, r, &n->u.ClassDef.bases, &n->u.ClassDef.keywords);
    }
    n->u.ClassDef.body = parse_stmts(ps, body);
    return ast_finish(n);
}

Node *parse_decorated(ParseState *ps, PtrVec *decorators, Node *def) {
    NodeList list = parse_stmts(ps, decorators);
    if (def->kind == NODE_ClassDef) def->u.ClassDef.decorator_list = list;
    else def->u.FunctionDef.decorator_list = list;
    return ast_finish(def);
}
