/* ast.h — the syntax tree every later stage reads (built by parse.c).
 *
 * The tree mirrors CPython 3.11's `ast` module class for class and field for
 * field, so that CPython can serve as the oracle of the parser
 * (tests/parse/pyast_dump.py prints CPython's tree in the format of
 * ast_dump) and so that anyone who knows Python's ast knows krait's.
 *
 * One struct, Node, holds every kind: a NodeKind from the AST_KINDS table,
 * the source span, and a union with one member per kind named after the
 * CPython class (n->u.BinOp.left, n->u.FunctionDef.body).  Kinds whose fields
 * are identical in CPython share a member: AsyncFunctionDef uses
 * u.FunctionDef, AsyncFor u.For, AsyncWith u.With, TryStar u.Try,
 * Nonlocal u.Global, SetComp and GeneratorExp u.ListComp, Await and
 * YieldFrom u.Yield.
 *
 * Lists are NodeList (items + len) and live in the arena like the nodes.
 * A missing optional child is NULL (CPython's None).  Two lists hold NULL
 * items on purpose, as in CPython: Dict.keys (NULL for `**d`) and
 * arguments.kw_defaults (NULL for a keyword-only parameter without default).
 *
 * Positions (Span) are CPython's lineno/col_offset/end_lineno/end_col_offset:
 * 1-based lines, 0-based UTF-8 byte columns.  Kinds without positions in
 * CPython (Module, comprehension, arguments, withitem, match_case) carry a
 * span too, for diagnostics, but ast_dump does not print it.
 *
 * The field table (ast_fields) describes every kind's fields in CPython's
 * order; ast_dump and the depth computation walk it generically, and later
 * stages may too.
 *
 * Not here: type information, scopes, anything semantic.  Those belong to
 * the stages after the parser, which keep their own tables keyed by Node*.
 */
#ifndef KRAIT_AST_H
#define KRAIT_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "fwd.h"
#include "source.h"

/* Deepest tree the parser builds.  Every stage after the parser walks the
 * tree recursively; this bound keeps those walks far from the C stack's
 * limit.  CPython's standard library needs 32 at most. */
#define AST_MAX_DEPTH 1000

/* X(kind, has_position, fields) — has_position says whether CPython gives the
 * kind lineno/col_offset; the string documents the fields. */
#define AST_KINDS(X)                                                                 \
    /* module */                                                                     \
    X(Module, 0, "body: stmt*; type_ignores: always empty")                          \
    /* statements */                                                                 \
    X(FunctionDef, 1, "name; args: arguments; body: stmt*; decorator_list: expr*; returns: expr?") \
    X(AsyncFunctionDef, 1, "as FunctionDef (u.FunctionDef)")                          \
    X(ClassDef, 1, "name; bases: expr*; keywords: keyword*; body: stmt*; decorator_list: expr*") \
    X(Return, 1, "value: expr?")                                                     \
    X(Delete, 1, "targets: expr* (ctx Del)")                                          \
    X(Assign, 1, "targets: expr* (ctx Store); value: expr")                           \
    X(AugAssign, 1, "target: Name|Attribute|Subscript; op; value: expr")              \
    X(AnnAssign, 1, "target; annotation: expr; value: expr?; simple: 1 for a bare unparenthesized name") \
    X(For, 1, "target; iter: expr; body: stmt*; orelse: stmt*")                       \
    X(AsyncFor, 1, "as For (u.For)")                                                  \
    X(While, 1, "test: expr; body: stmt*; orelse: stmt*")                             \
    X(If, 1, "test: expr; body: stmt*; orelse: stmt* (an elif is a lone If here)")    \
    X(With, 1, "items: withitem*; body: stmt*")                                       \
    X(AsyncWith, 1, "as With (u.With)")                                               \
    X(Match, 1, "subject: expr; cases: match_case*")                                  \
    X(Raise, 1, "exc: expr?; cause: expr?")                                           \
    X(Try, 1, "body: stmt*; handlers: ExceptHandler*; orelse: stmt*; finalbody: stmt*") \
    X(TryStar, 1, "as Try (u.Try), handlers are except* clauses")                     \
    X(Assert, 1, "test: expr; msg: expr?")                                            \
    X(Import, 1, "names: alias*")                                                     \
    X(ImportFrom, 1, "module: identifier?; names: alias*; level: leading dots")       \
    X(Global, 1, "names: identifier*")                                                \
    X(Nonlocal, 1, "as Global (u.Global)")                                            \
    X(Expr, 1, "value: expr")                                                         \
    X(Pass, 1, "")                                                                    \
    X(Break, 1, "")                                                                   \
    X(Continue, 1, "")                                                                \
    /* expressions */                                                                \
    X(BoolOp, 1, "op: And|Or; values: expr* (two or more)")                           \
    X(NamedExpr, 1, "target: Name (Store); value: expr")                              \
    X(BinOp, 1, "left: expr; op; right: expr")                                        \
    X(UnaryOp, 1, "op; operand: expr")                                                \
    X(Lambda, 1, "args: arguments; body: expr")                                       \
    X(IfExp, 1, "test; body; orelse: expr")                                           \
    X(Dict, 1, "keys: expr* (NULL for **d); values: expr*")                           \
    X(Set, 1, "elts: expr*")                                                          \
    X(ListComp, 1, "elt: expr; generators: comprehension*")                           \
    X(SetComp, 1, "as ListComp (u.ListComp)")                                         \
    X(DictComp, 1, "key: expr; value: expr; generators: comprehension*")              \
    X(GeneratorExp, 1, "as ListComp (u.ListComp)")                                    \
    X(Await, 1, "value: expr (u.Yield)")                                              \
    X(Yield, 1, "value: expr?")                                                       \
    X(YieldFrom, 1, "value: expr (u.Yield)")                                          \
    X(Compare, 1, "left: expr; ops: CmpOp[comparators.len]; comparators: expr*")      \
    X(Call, 1, "func: expr; args: expr*; keywords: keyword*")                         \
    X(FormattedValue, 1, "value: expr; conversion: -1 or 's' 'r' 'a'; format_spec: JoinedStr?") \
    X(JoinedStr, 1, "values: (Constant str | FormattedValue)*")                       \
    X(Constant, 1, "value: ConstValue; kind: \"u\" or NULL")                          \
    X(Attribute, 1, "value: expr; attr: identifier; ctx")                             \
    X(Subscript, 1, "value: expr; slice: expr; ctx")                                  \
    X(Starred, 1, "value: expr; ctx")                                                 \
    X(Name, 1, "id: identifier; ctx")                                                 \
    X(List, 1, "elts: expr*; ctx")                                                    \
    X(Tuple, 1, "elts: expr*; ctx")                                                   \
    X(Slice, 1, "lower: expr?; upper: expr?; step: expr?")                            \
    /* helpers */                                                                    \
    X(comprehension, 0, "target; iter: expr; ifs: expr*; is_async: 0|1")              \
    X(ExceptHandler, 1, "type: expr?; name: identifier?; body: stmt*")                \
    X(arguments, 0, "posonlyargs, args: arg*; vararg: arg?; kwonlyargs: arg*; kw_defaults: expr* (NULL items); kwarg: arg?; defaults: expr*") \
    X(arg, 1, "arg: identifier; annotation: expr?")                                   \
    X(keyword, 1, "arg: identifier? (NULL for **value); value: expr")                 \
    X(alias, 1, "name: dotted identifier or \"*\"; asname: identifier?")              \
    X(withitem, 0, "context_expr: expr; optional_vars: expr?")                        \
    X(match_case, 0, "pattern; guard: expr?; body: stmt*")                            \
    /* patterns */                                                                   \
    X(MatchValue, 1, "value: expr")                                                   \
    X(MatchSingleton, 1, "value: None, True or False (a ConstValue)")                 \
    X(MatchSequence, 1, "patterns: pattern*")                                         \
    X(MatchMapping, 1, "keys: expr*; patterns: pattern*; rest: identifier?")          \
    X(MatchClass, 1, "cls: expr; patterns: pattern*; kwd_attrs: identifier*; kwd_patterns: pattern*") \
    X(MatchStar, 1, "name: identifier? (NULL for *_)")                                \
    X(MatchAs, 1, "pattern: pattern?; name: identifier? (both NULL for _)")           \
    X(MatchOr, 1, "patterns: pattern*")

typedef enum NodeKind {
#define AST_ENUM_KIND(k, pos, doc) NODE_##k,
    AST_KINDS(AST_ENUM_KIND)
#undef AST_ENUM_KIND
    NODE_KIND_COUNT
} NodeKind;

/* expr_context */
#define AST_CTXS(X) X(Load) X(Store) X(Del)
typedef enum ExprCtx {
#define AST_ENUM_CTX(k) CTX_##k,
    AST_CTXS(AST_ENUM_CTX)
#undef AST_ENUM_CTX
} ExprCtx;

/* boolop */
#define AST_BOOLOPS(X) X(And, "and") X(Or, "or")
typedef enum BoolOpKind {
#define AST_ENUM_BOOLOP(k, s) BOOLOP_##k,
    AST_BOOLOPS(AST_ENUM_BOOLOP)
#undef AST_ENUM_BOOLOP
} BoolOpKind;

/* operator, in CPython's order */
#define AST_BINOPS(X)                                                               \
    X(Add, "+") X(Sub, "-") X(Mult, "*") X(MatMult, "@") X(Div, "/") X(Mod, "%")    \
    X(Pow, "**") X(LShift, "<<") X(RShift, ">>") X(BitOr, "|") X(BitXor, "^")       \
    X(BitAnd, "&") X(FloorDiv, "//")
typedef enum BinOpKind {
#define AST_ENUM_BINOP(k, s) BINOP_##k,
    AST_BINOPS(AST_ENUM_BINOP)
#undef AST_ENUM_BINOP
} BinOpKind;

/* unaryop */
#define AST_UNARYOPS(X) X(Invert, "~") X(Not, "not") X(UAdd, "+") X(USub, "-")
typedef enum UnaryOpKind {
#define AST_ENUM_UNARYOP(k, s) UNARYOP_##k,
    AST_UNARYOPS(AST_ENUM_UNARYOP)
#undef AST_ENUM_UNARYOP
} UnaryOpKind;

/* cmpop */
#define AST_CMPOPS(X)                                                               \
    X(Eq, "==") X(NotEq, "!=") X(Lt, "<") X(LtE, "<=") X(Gt, ">") X(GtE, ">=")      \
    X(Is, "is") X(IsNot, "is not") X(In, "in") X(NotIn, "not in")
typedef enum CmpOpKind {
#define AST_ENUM_CMPOP(k, s) CMPOP_##k,
    AST_CMPOPS(AST_ENUM_CMPOP)
#undef AST_ENUM_CMPOP
} CmpOpKind;

/* The value of a Constant (and of a MatchSingleton). */
typedef enum ConstKind {
    CONST_NONE,
    CONST_TRUE,
    CONST_FALSE,
    CONST_ELLIPSIS,
    CONST_INT,     /* i */
    CONST_BIGINT,  /* s: decimal digits of an int beyond int64 (no sign) */
    CONST_FLOAT,   /* f */
    CONST_COMPLEX, /* f: the imaginary part (a literal's real part is 0) */
    CONST_STR,     /* s/len: UTF-8 (lone surrogates as 3-byte sequences) */
    CONST_BYTES,   /* s/len: the bytes */
} ConstKind;

typedef struct ConstValue {
    ConstKind kind;
    int64_t i;
    double f;
    const char *s; /* NUL-terminated for convenience; len counts the bytes */
    size_t len;
} ConstValue;

typedef struct NodeList {
    Node **items;
    int len;
} NodeList;

typedef struct IdentList {
    const char **items;
    int len;
} IdentList;

struct Node {
    NodeKind kind;
    Span span;
    /* 1 + the depth of the deepest child (ast_finish); the parser rejects
     * trees deeper than AST_MAX_DEPTH. */
    uint32_t depth;
    /* Parser bookkeeping: how many parentheses enclose the expression
     * (saturates at 255), and the span including them.  (a) and a are the
     * same tree otherwise; CPython's positions of an enclosing node start
     * at the parenthesis, as outer does. */
    uint8_t parens;
    uint8_t pflags; /* parser bookkeeping (parse_rules.h) */
    Span outer;
    union {
        struct { NodeList body; } Module;
        struct { const char *name; Node *args; NodeList body, decorator_list; Node *returns; } FunctionDef;
        struct { const char *name; NodeList bases, keywords, body, decorator_list; } ClassDef;
        struct { Node *value; } Return;
        struct { NodeList targets; } Delete;
        struct { NodeList targets; Node *value; } Assign;
        struct { Node *target; BinOpKind op; Node *value; } AugAssign;
        struct { Node *target, *annotation, *value; int simple; } AnnAssign;
        struct { Node *target, *iter; NodeList body, orelse; } For;
        struct { Node *test; NodeList body, orelse; } While;
        struct { Node *test; NodeList body, orelse; } If;
        struct { NodeList items, body; } With;
        struct { Node *subject; NodeList cases; } Match;
        struct { Node *exc, *cause; } Raise;
        struct { NodeList body, handlers, orelse, finalbody; } Try;
        struct { Node *test, *msg; } Assert;
        struct { NodeList names; } Import;
        struct { const char *module; NodeList names; int level; } ImportFrom;
        struct { IdentList names; } Global;
        struct { Node *value; } Expr;

        struct { BoolOpKind op; NodeList values; } BoolOp;
        struct { Node *target, *value; } NamedExpr;
        struct { Node *left; BinOpKind op; Node *right; } BinOp;
        struct { UnaryOpKind op; Node *operand; } UnaryOp;
        struct { Node *args, *body; } Lambda;
        struct { Node *test, *body, *orelse; } IfExp;
        struct { NodeList keys, values; } Dict;
        struct { NodeList elts; } Set;
        struct { Node *elt; NodeList generators; } ListComp;
        struct { Node *key, *value; NodeList generators; } DictComp;
        struct { Node *value; } Yield;
        struct { Node *left; CmpOpKind *ops; NodeList comparators; } Compare;
        struct { Node *func; NodeList args, keywords; } Call;
        struct { Node *value; int conversion; Node *format_spec; } FormattedValue;
        struct { NodeList values; } JoinedStr;
        struct { ConstValue value; const char *kind; } Constant;
        struct { Node *value; const char *attr; ExprCtx ctx; } Attribute;
        struct { Node *value, *slice; ExprCtx ctx; } Subscript;
        struct { Node *value; ExprCtx ctx; } Starred;
        struct { const char *id; ExprCtx ctx; } Name;
        struct { NodeList elts; ExprCtx ctx; } List;
        struct { NodeList elts; ExprCtx ctx; } Tuple;
        struct { Node *lower, *upper, *step; } Slice;

        struct { Node *target, *iter; NodeList ifs; int is_async; } comprehension;
        struct { Node *type; const char *name; NodeList body; } ExceptHandler;
        struct {
            NodeList posonlyargs, args;
            Node *vararg;
            NodeList kwonlyargs, kw_defaults;
            Node *kwarg;
            NodeList defaults;
        } arguments;
        struct { const char *arg; Node *annotation; } arg;
        struct { const char *arg; Node *value; } keyword;
        struct { const char *name, *asname; } alias;
        struct { Node *context_expr, *optional_vars; } withitem;
        struct { Node *pattern, *guard; NodeList body; } match_case;

        struct { Node *value; } MatchValue;
        struct { ConstValue value; } MatchSingleton;
        struct { NodeList patterns; } MatchSequence;
        struct { NodeList keys, patterns; const char *rest; } MatchMapping;
        struct { Node *cls; NodeList patterns; IdentList kwd_attrs; NodeList kwd_patterns; } MatchClass;
        struct { const char *name; } MatchStar;
        struct { Node *pattern; const char *name; } MatchAs;
        struct { NodeList patterns; } MatchOr;
    } u;
};

/* ---- the field table --------------------------------------------------- */

typedef enum AstFieldType {
    AF_NODE,         /* Node * (NULL: None) */
    AF_LIST,         /* NodeList (items may be NULL only where noted above) */
    AF_IDENT,        /* const char * (NULL: None) */
    AF_IDENTS,       /* IdentList */
    AF_INT,          /* int */
    AF_CONST,        /* ConstValue */
    AF_CTX,          /* ExprCtx */
    AF_BOOLOP,       /* BoolOpKind */
    AF_BINOP,        /* BinOpKind */
    AF_UNARYOP,      /* UnaryOpKind */
    AF_CMPOPS,       /* CmpOpKind *, as many as Compare.comparators */
    AF_TYPE_COMMENT, /* no storage: krait keeps no type comments (None) */
    AF_TYPE_IGNORES, /* no storage: always an empty list */
} AstFieldType;

typedef struct AstField {
    const char *name; /* CPython's field name */
    AstFieldType type;
    size_t offset;    /* of the storage within Node */
} AstField;

/* The fields of kind in CPython's order; *count gets their number. */
const AstField *ast_fields(NodeKind kind, int *count);
const char *ast_kind_name(NodeKind kind);
int ast_kind_has_position(NodeKind kind);
const char *ast_ctx_name(ExprCtx ctx);
const char *ast_boolop_name(BoolOpKind op);
const char *ast_binop_name(BinOpKind op);
const char *ast_unaryop_name(UnaryOpKind op);
const char *ast_cmpop_name(CmpOpKind op);
/* The Python spelling: "+", "not in", ... */
const char *ast_binop_symbol(BinOpKind op);

/* Calls fn on every non-NULL child node of n, in field order. */
void ast_visit_children(Node *n, void (*fn)(Node *child, void *ctx), void *ctx);

/* ---- construction ------------------------------------------------------ */

/* A zeroed node of the given kind and span (depth 1, no parentheses). */
Node *ast_new(Arena *arena, NodeKind kind, Span span);
/* Recomputes n->depth from n's children; constructors below call it.  Code
 * that fills fields by hand after ast_new calls it last. */
Node *ast_finish(Node *n);

/* Lists are allocated with room to grow to the next power of two, so that
 * ast_list_append is amortized O(1) on any list made by these three. */
NodeList ast_list_from(Arena *arena, void *const *items, int len);
NodeList ast_list1(Arena *arena, Node *item);
void ast_list_append(Arena *arena, NodeList *list, Node *item);
IdentList ast_idents_from(Arena *arena, const char *const *items, int len);

Node *ast_name(Arena *arena, const char *id, Span span);
Node *ast_constant(Arena *arena, ConstValue value, Span span);
Node *ast_binop(Arena *arena, Node *left, BinOpKind op, Node *right);
Node *ast_unaryop(Arena *arena, UnaryOpKind op, Node *operand, SrcLoc begin);
Node *ast_boolop(Arena *arena, BoolOpKind op, Node *left, Node *right);
Node *ast_compare(Arena *arena, Node *left, CmpOpKind op, Node *right);
Node *ast_ifexp(Arena *arena, Node *body, Node *test, Node *orelse);
Node *ast_namedexpr(Arena *arena, Node *target, Node *value);
Node *ast_attribute(Arena *arena, Node *value, const char *attr, SrcLoc end);
Node *ast_subscript(Arena *arena, Node *value, Node *slice, SrcLoc end);
Node *ast_call(Arena *arena, Node *func, NodeList args, NodeList keywords, SrcLoc end);
Node *ast_starred(Arena *arena, Node *value, SrcLoc begin);
Node *ast_slice(Arena *arena, Node *lower, Node *upper, Node *step, Span span);
Node *ast_tuple(Arena *arena, NodeList elts, Span span);
Node *ast_list(Arena *arena, NodeList elts, Span span);
Node *ast_set(Arena *arena, NodeList elts, Span span);
Node *ast_dict(Arena *arena, NodeList keys, NodeList values, Span span);
Node *ast_yield(Arena *arena, NodeKind kind, Node *value, Span span);
Node *ast_keyword(Arena *arena, const char *arg, Node *value, Span span);
Node *ast_arg(Arena *arena, const char *name, Node *annotation, Span span);
Node *ast_alias(Arena *arena, const char *name, const char *asname, Span span);
Node *ast_withitem(Arena *arena, Node *context_expr, Node *optional_vars);
Node *ast_expr_stmt(Arena *arena, Node *value);

/* Adds one more comparison to a Compare built by ast_compare (a < b < c). */
void ast_compare_append(Arena *arena, Node *compare, CmpOpKind op, Node *right);
/* Adds one more operand to a BoolOp (a or b or c). */
void ast_boolop_append(Arena *arena, Node *boolop, Node *value);

/* ---- literals ---------------------------------------------------------- */

typedef enum AstNumberStatus {
    AST_NUMBER_OK,
    AST_NUMBER_TOO_MANY_DIGITS, /* decimal int over AST_MAX_INT_DIGITS digits */
    AST_NUMBER_TOO_LONG,        /* any literal over AST_MAX_NUMBER_CHARS chars */
} AstNumberStatus;

/* CPython refuses to convert decimal integers of more digits than this
 * (sys.int_info.default_max_str_digits); so does krait. */
#define AST_MAX_INT_DIGITS 4300
/* Longest number literal converted exactly (the conversion is quadratic). */
#define AST_MAX_NUMBER_CHARS 20000

/* The value of a NUMBER token's text (underscores allowed; validated by the
 * lexer).  is_float/is_imag come from the token flags.  Integers that do not
 * fit int64 become CONST_BIGINT with their exact decimal digits. */
AstNumberStatus ast_number_value(Arena *arena, const char *text, size_t len,
                                 int is_float, int is_imag, ConstValue *out);

ConstValue ast_const_str(const char *s, size_t len);
ConstValue ast_const_bytes(const char *s, size_t len);
ConstValue ast_const_simple(ConstKind kind);

/* ---- the dump (ast_dump.c) ----------------------------------------------- */

/* Prints node as the indented S-expression tests compare with CPython's tree
 * (format: see ast_dump.c; tests/parse/pyast_dump.py prints the same from
 * CPython).  positions: print @line:col-line:col on kinds that have them. */
void ast_dump(FILE *out, const Node *node, bool positions);

#endif
