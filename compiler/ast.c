/* ast.c — node constructors, the field table, and literal conversion.
 *
 * Input: pieces the grammar actions hand over (child nodes, token spans,
 * token text).  Output: arena-allocated Nodes whose spans follow CPython's
 * rules: a node starts where its first token starts, counting a
 * parenthesis around its first operand ((a) + b starts at the parenthesis),
 * which is why constructors read the children's `outer` span.
 *
 * Every constructor ends in ast_finish, which sets the node's depth from its
 * children; the parser compares it with AST_MAX_DEPTH so that no recursive
 * walk over the tree can exhaust the C stack.  Computing it costs one pass
 * over the direct children, driven by the same field table ast_dump uses.
 *
 * Number literals: ints that fit int64 are kept as such; larger ones are
 * converted exactly, from any base, to decimal digits with a small
 * base-1e9 bignum (quadratic, hence AST_MAX_NUMBER_CHARS).  Floats and
 * imaginary parts go through strtod on the underscore-stripped text, which
 * rounds correctly as CPython's own conversion does.
 *
 * Not here: string literal decoding (the lexer), concatenation and
 * f-strings (parse_string.c), any validation (parse_*.c).
 */
#include "ast.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

/* ---- names of kinds and operators -------------------------------------- */

static const char *const kind_names[] = {
#define AST_NAME_KIND(k, pos, doc) #k,
    AST_KINDS(AST_NAME_KIND)
#undef AST_NAME_KIND
};

static const unsigned char kind_has_pos[] = {
#define AST_POS_KIND(k, pos, doc) pos,
    AST_KINDS(AST_POS_KIND)
#undef AST_POS_KIND
};

static const char *const ctx_names[] = {
#define AST_NAME_CTX(k) #k,
    AST_CTXS(AST_NAME_CTX)
#undef AST_NAME_CTX
};

static const char *const boolop_names[] = {
#define AST_NAME_OP(k, s) #k,
    AST_BOOLOPS(AST_NAME_OP)
};
static const char *const binop_names[] = {AST_BINOPS(AST_NAME_OP)};
static const char *const unaryop_names[] = {AST_UNARYOPS(AST_NAME_OP)};
static const char *const cmpop_names[] = {AST_CMPOPS(AST_NAME_OP)};
#undef AST_NAME_OP

static const char *const binop_symbols[] = {
#define AST_SYM_OP(k, s) s,
    AST_BINOPS(AST_SYM_OP)
#undef AST_SYM_OP
};

const char *ast_kind_name(NodeKind kind) { return kind_names[kind]; }
int ast_kind_has_position(NodeKind kind) { return kind_has_pos[kind]; }
const char *ast_ctx_name(ExprCtx ctx) { return ctx_names[ctx]; }
const char *ast_boolop_name(BoolOpKind op) { return boolop_names[op]; }
const char *ast_binop_name(BinOpKind op) { return binop_names[op]; }
const char *ast_unaryop_name(UnaryOpKind op) { return unaryop_names[op]; }
const char *ast_cmpop_name(CmpOpKind op) { return cmpop_names[op]; }
const char *ast_binop_symbol(BinOpKind op) { return binop_symbols[op]; }

/* ---- the field table ----------------------------------------------------- */

#define F(name, type, member) {name, type, offsetof(Node, u.member)}
#define TYPE_COMMENT {"type_comment", AF_TYPE_COMMENT, 0}

static const AstField f_Module[] = {
    F("body", AF_LIST, Module.body), {"type_ignores", AF_TYPE_IGNORES, 0}};
static const AstField f_FunctionDef[] = {
    F("name", AF_IDENT, FunctionDef.name), F("args", AF_NODE, FunctionDef.args),
    F("body", AF_LIST, FunctionDef.body), F("decorator_list", AF_LIST, FunctionDef.decorator_list),
    F("returns", AF_NODE, FunctionDef.returns), TYPE_COMMENT};
static const AstField f_ClassDef[] = {
    F("name", AF_IDENT, ClassDef.name), F("bases", AF_LIST, ClassDef.bases),
    F("keywords", AF_LIST, ClassDef.keywords), F("body", AF_LIST, ClassDef.body),
    F("decorator_list", AF_LIST, ClassDef.decorator_list)};
static const AstField f_Return[] = {F("value", AF_NODE, Return.value)};
static const AstField f_Delete[] = {F("targets", AF_LIST, Delete.targets)};
static const AstField f_Assign[] = {
    F("targets", AF_LIST, Assign.targets), F("value", AF_NODE, Assign.value), TYPE_COMMENT};
static const AstField f_AugAssign[] = {
    F("target", AF_NODE, AugAssign.target), F("op", AF_BINOP, AugAssign.op),
    F("value", AF_NODE, AugAssign.value)};
static const AstField f_AnnAssign[] = {
    F("target", AF_NODE, AnnAssign.target), F("annotation", AF_NODE, AnnAssign.annotation),
    F("value", AF_NODE, AnnAssign.value), F("simple", AF_INT, AnnAssign.simple)};
static const AstField f_For[] = {
    F("target", AF_NODE, For.target), F("iter", AF_NODE, For.iter), F("body", AF_LIST, For.body),
    F("orelse", AF_LIST, For.orelse), TYPE_COMMENT};
static const AstField f_While[] = {
    F("test", AF_NODE, While.test), F("body", AF_LIST, While.body), F("orelse", AF_LIST, While.orelse)};
static const AstField f_If[] = {
    F("test", AF_NODE, If.test), F("body", AF_LIST, If.body), F("orelse", AF_LIST, If.orelse)};
static const AstField f_With[] = {
    F("items", AF_LIST, With.items), F("body", AF_LIST, With.body), TYPE_COMMENT};
static const AstField f_Match[] = {
    F("subject", AF_NODE, Match.subject), F("cases", AF_LIST, Match.cases)};
static const AstField f_Raise[] = {F("exc", AF_NODE, Raise.exc), F("cause", AF_NODE, Raise.cause)};
static const AstField f_Try[] = {
    F("body", AF_LIST, Try.body), F("handlers", AF_LIST, Try.handlers),
    F("orelse", AF_LIST, Try.orelse), F("finalbody", AF_LIST, Try.finalbody)};
static const AstField f_Assert[] = {F("test", AF_NODE, Assert.test), F("msg", AF_NODE, Assert.msg)};
static const AstField f_Import[] = {F("names", AF_LIST, Import.names)};
static const AstField f_ImportFrom[] = {
    F("module", AF_IDENT, ImportFrom.module), F("names", AF_LIST, ImportFrom.names),
    F("level", AF_INT, ImportFrom.level)};
static const AstField f_Global[] = {F("names", AF_IDENTS, Global.names)};
static const AstField f_Expr[] = {F("value", AF_NODE, Expr.value)};

static const AstField f_BoolOp[] = {F("op", AF_BOOLOP, BoolOp.op), F("values", AF_LIST, BoolOp.values)};
static const AstField f_NamedExpr[] = {
    F("target", AF_NODE, NamedExpr.target), F("value", AF_NODE, NamedExpr.value)};
static const AstField f_BinOp[] = {
    F("left", AF_NODE, BinOp.left), F("op", AF_BINOP, BinOp.op), F("right", AF_NODE, BinOp.right)};
static const AstField f_UnaryOp[] = {
    F("op", AF_UNARYOP, UnaryOp.op), F("operand", AF_NODE, UnaryOp.operand)};
static const AstField f_Lambda[] = {F("args", AF_NODE, Lambda.args), F("body", AF_NODE, Lambda.body)};
static const AstField f_IfExp[] = {
    F("test", AF_NODE, IfExp.test), F("body", AF_NODE, IfExp.body), F("orelse", AF_NODE, IfExp.orelse)};
static const AstField f_Dict[] = {F("keys", AF_LIST, Dict.keys), F("values", AF_LIST, Dict.values)};
static const AstField f_Set[] = {F("elts", AF_LIST, Set.elts)};
static const AstField f_ListComp[] = {
    F("elt", AF_NODE, ListComp.elt), F("generators", AF_LIST, ListComp.generators)};
static const AstField f_DictComp[] = {
    F("key", AF_NODE, DictComp.key), F("value", AF_NODE, DictComp.value),
    F("generators", AF_LIST, DictComp.generators)};
static const AstField f_Yield[] = {F("value", AF_NODE, Yield.value)};
static const AstField f_Compare[] = {
    F("left", AF_NODE, Compare.left), F("ops", AF_CMPOPS, Compare.ops),
    F("comparators", AF_LIST, Compare.comparators)};
static const AstField f_Call[] = {
    F("func", AF_NODE, Call.func), F("args", AF_LIST, Call.args), F("keywords", AF_LIST, Call.keywords)};
static const AstField f_FormattedValue[] = {
    F("value", AF_NODE, FormattedValue.value), F("conversion", AF_INT, FormattedValue.conversion),
    F("format_spec", AF_NODE, FormattedValue.format_spec)};
static const AstField f_JoinedStr[] = {F("values", AF_LIST, JoinedStr.values)};
static const AstField f_Constant[] = {
    F("value", AF_CONST, Constant.value), F("kind", AF_IDENT, Constant.kind)};
static const AstField f_Attribute[] = {
    F("value", AF_NODE, Attribute.value), F("attr", AF_IDENT, Attribute.attr),
    F("ctx", AF_CTX, Attribute.ctx)};
static const AstField f_Subscript[] = {
    F("value", AF_NODE, Subscript.value), F("slice", AF_NODE, Subscript.slice),
    F("ctx", AF_CTX, Subscript.ctx)};
static const AstField f_Starred[] = {F("value", AF_NODE, Starred.value), F("ctx", AF_CTX, Starred.ctx)};
static const AstField f_Name[] = {F("id", AF_IDENT, Name.id), F("ctx", AF_CTX, Name.ctx)};
static const AstField f_List[] = {F("elts", AF_LIST, List.elts), F("ctx", AF_CTX, List.ctx)};
static const AstField f_Tuple[] = {F("elts", AF_LIST, Tuple.elts), F("ctx", AF_CTX, Tuple.ctx)};
static const AstField f_Slice[] = {
    F("lower", AF_NODE, Slice.lower), F("upper", AF_NODE, Slice.upper), F("step", AF_NODE, Slice.step)};

static const AstField f_comprehension[] = {
    F("target", AF_NODE, comprehension.target), F("iter", AF_NODE, comprehension.iter),
    F("ifs", AF_LIST, comprehension.ifs), F("is_async", AF_INT, comprehension.is_async)};
static const AstField f_ExceptHandler[] = {
    F("type", AF_NODE, ExceptHandler.type), F("name", AF_IDENT, ExceptHandler.name),
    F("body", AF_LIST, ExceptHandler.body)};
static const AstField f_arguments[] = {
    F("posonlyargs", AF_LIST, arguments.posonlyargs), F("args", AF_LIST, arguments.args),
    F("vararg", AF_NODE, arguments.vararg), F("kwonlyargs", AF_LIST, arguments.kwonlyargs),
    F("kw_defaults", AF_LIST, arguments.kw_defaults), F("kwarg", AF_NODE, arguments.kwarg),
    F("defaults", AF_LIST, arguments.defaults)};
static const AstField f_arg[] = {
    F("arg", AF_IDENT, arg.arg), F("annotation", AF_NODE, arg.annotation), TYPE_COMMENT};
static const AstField f_keyword[] = {F("arg", AF_IDENT, keyword.arg), F("value", AF_NODE, keyword.value)};
static const AstField f_alias[] = {F("name", AF_IDENT, alias.name), F("asname", AF_IDENT, alias.asname)};
static const AstField f_withitem[] = {
    F("context_expr", AF_NODE, withitem.context_expr), F("optional_vars", AF_NODE, withitem.optional_vars)};
static const AstField f_match_case[] = {
    F("pattern", AF_NODE, match_case.pattern), F("guard", AF_NODE, match_case.guard),
    F("body", AF_LIST, match_case.body)};

static const AstField f_MatchValue[] = {F("value", AF_NODE, MatchValue.value)};
static const AstField f_MatchSingleton[] = {F("value", AF_CONST, MatchSingleton.value)};
static const AstField f_MatchSequence[] = {F("patterns", AF_LIST, MatchSequence.patterns)};
static const AstField f_MatchMapping[] = {
    F("keys", AF_LIST, MatchMapping.keys), F("patterns", AF_LIST, MatchMapping.patterns),
    F("rest", AF_IDENT, MatchMapping.rest)};
static const AstField f_MatchClass[] = {
    F("cls", AF_NODE, MatchClass.cls), F("patterns", AF_LIST, MatchClass.patterns),
    F("kwd_attrs", AF_IDENTS, MatchClass.kwd_attrs), F("kwd_patterns", AF_LIST, MatchClass.kwd_patterns)};
static const AstField f_MatchStar[] = {F("name", AF_IDENT, MatchStar.name)};
static const AstField f_MatchAs[] = {F("pattern", AF_NODE, MatchAs.pattern), F("name", AF_IDENT, MatchAs.name)};
static const AstField f_MatchOr[] = {F("patterns", AF_LIST, MatchOr.patterns)};

#undef F
#undef TYPE_COMMENT

typedef struct FieldSet {
    const AstField *fields;
    int count;
} FieldSet;

#define FS(arr) {arr, (int)(sizeof arr / sizeof arr[0])}
#define FS_NONE {NULL, 0}

/* Indexed by NodeKind; the order is AST_KINDS'. */
static const FieldSet field_sets[NODE_KIND_COUNT] = {
    FS(f_Module),
    FS(f_FunctionDef), FS(f_FunctionDef), FS(f_ClassDef), FS(f_Return), FS(f_Delete),
    FS(f_Assign), FS(f_AugAssign), FS(f_AnnAssign), FS(f_For), FS(f_For), FS(f_While),
    FS(f_If), FS(f_With), FS(f_With), FS(f_Match), FS(f_Raise), FS(f_Try), FS(f_Try),
    FS(f_Assert), FS(f_Import), FS(f_ImportFrom), FS(f_Global), FS(f_Global), FS(f_Expr),
    FS_NONE, FS_NONE, FS_NONE,
    FS(f_BoolOp), FS(f_NamedExpr), FS(f_BinOp), FS(f_UnaryOp), FS(f_Lambda), FS(f_IfExp),
    FS(f_Dict), FS(f_Set), FS(f_ListComp), FS(f_ListComp), FS(f_DictComp), FS(f_ListComp),
    FS(f_Yield), FS(f_Yield), FS(f_Yield), FS(f_Compare), FS(f_Call), FS(f_FormattedValue),
    FS(f_JoinedStr), FS(f_Constant), FS(f_Attribute), FS(f_Subscript), FS(f_Starred),
    FS(f_Name), FS(f_List), FS(f_Tuple), FS(f_Slice),
    FS(f_comprehension), FS(f_ExceptHandler), FS(f_arguments), FS(f_arg), FS(f_keyword),
    FS(f_alias), FS(f_withitem), FS(f_match_case),
    FS(f_MatchValue), FS(f_MatchSingleton), FS(f_MatchSequence), FS(f_MatchMapping),
    FS(f_MatchClass), FS(f_MatchStar), FS(f_MatchAs), FS(f_MatchOr),
};

#undef FS
#undef FS_NONE

const AstField *ast_fields(NodeKind kind, int *count) {
    *count = field_sets[kind].count;
    return field_sets[kind].fields;
}

void ast_visit_children(Node *n, void (*fn)(Node *child, void *ctx), void *ctx) {
    const FieldSet *fs = &field_sets[n->kind];
    for (int i = 0; i < fs->count; i++) {
        const AstField *f = &fs->fields[i];
        char *at = (char *)n + f->offset;
        if (f->type == AF_NODE) {
            Node *child = *(Node **)at;
            if (child) fn(child, ctx);
        } else if (f->type == AF_LIST) {
            NodeList *list = (NodeList *)at;
            for (int j = 0; j < list->len; j++)
                if (list->items[j]) fn(list->items[j], ctx);
        }
    }
}

/* ---- construction -------------------------------------------------------- */

/* Bytes a node of kind `v` takes: the common part and its own member of
 * u.  The commonest kinds (leaves and small expressions, most of any tree)
 * are allocated that short; a node of these kinds never changes kind and
 * no code reads another kind's member of u, nor copies a Node whole. */
#define NODE_SIZE(v) (offsetof(Node, u) + sizeof(((Node *)0)->u.v))

static size_t node_size(NodeKind kind) {
    switch (kind) {
    case NODE_Name: return NODE_SIZE(Name);
    case NODE_Constant: return NODE_SIZE(Constant);
    case NODE_Attribute: return NODE_SIZE(Attribute);
    case NODE_Call: return NODE_SIZE(Call);
    case NODE_Subscript: return NODE_SIZE(Subscript);
    case NODE_BinOp: return NODE_SIZE(BinOp);
    case NODE_Compare: return NODE_SIZE(Compare);
    case NODE_Tuple: return NODE_SIZE(Tuple);
    case NODE_List: return NODE_SIZE(List);
    case NODE_Expr: return NODE_SIZE(Expr);
    case NODE_Assign: return NODE_SIZE(Assign);
    case NODE_Return: return NODE_SIZE(Return);
    case NODE_arg: return NODE_SIZE(arg);
    case NODE_keyword: return NODE_SIZE(keyword);
    case NODE_alias: return NODE_SIZE(alias);
    default: return sizeof(Node);
    }
}

Node *ast_new(Arena *arena, NodeKind kind, Span span) {
    Node *n = arena_alloc(arena, node_size(kind));
    n->kind = kind;
    n->span = span;
    n->outer = span;
    n->depth = 1;
    return n;
}

Node *ast_finish(Node *n) {
    /* ast_visit_children's walk, without a call per child: every node of
     * the tree passes here once. */
    uint32_t max = 0;
    const FieldSet *fs = &field_sets[n->kind];
    for (int i = 0; i < fs->count; i++) {
        const AstField *f = &fs->fields[i];
        const char *at = (const char *)n + f->offset;
        if (f->type == AF_NODE) {
            const Node *child = *(Node *const *)at;
            if (child && child->depth > max) max = child->depth;
        } else if (f->type == AF_LIST) {
            const NodeList *list = (const NodeList *)at;
            for (int j = 0; j < list->len; j++)
                if (list->items[j] && list->items[j]->depth > max) max = list->items[j]->depth;
        }
    }
    /* Saturate rather than wrap on absurd inputs; the parser rejects
     * anything past AST_MAX_DEPTH long before. */
    n->depth = max < UINT32_MAX - 1 ? max + 1 : UINT32_MAX;
    return n;
}

/* ast_finish's depth for constructors that know their children (the
 * commonest nodes: no walk of the field table). */
static uint32_t depth_max(uint32_t a, const Node *child) {
    return child && child->depth > a ? child->depth : a;
}

static uint32_t depth_max_list(uint32_t a, NodeList list) {
    for (int i = 0; i < list.len; i++) a = depth_max(a, list.items[i]);
    return a;
}

static Node *depth_set(Node *n, uint32_t max) {
    n->depth = max < UINT32_MAX - 1 ? max + 1 : UINT32_MAX;
    return n;
}

/* Room for len items, rounded up to a power of two (see ast_list_append). */
static size_t list_room(int len) {
    size_t room = 1;
    while (room < (size_t)len) room <<= 1;
    return room;
}

static int is_full(int len) {
    return len == 0 || (len & (len - 1)) == 0;
}

NodeList ast_list_from(Arena *arena, void *const *items, int len) {
    NodeList list = {NULL, len};
    if (len > 0) {
        list.items = arena_alloc(arena, sizeof(Node *) * list_room(len));
        for (int i = 0; i < len; i++) list.items[i] = items[i];
    }
    return list;
}

void ast_list_append(Arena *arena, NodeList *list, Node *item) {
    if (is_full(list->len)) {
        size_t room = list->len ? (size_t)list->len * 2 : 1;
        Node **items = arena_alloc(arena, sizeof(Node *) * room);
        if (list->len) memcpy(items, list->items, sizeof(Node *) * (size_t)list->len);
        list->items = items;
    }
    list->items[list->len++] = item;
}

NodeList ast_list1(Arena *arena, Node *item) {
    void *items[1];
    items[0] = item;
    return ast_list_from(arena, items, 1);
}

IdentList ast_idents_from(Arena *arena, const char *const *items, int len) {
    IdentList list = {NULL, len};
    if (len > 0) {
        list.items = arena_alloc(arena, sizeof(const char *) * (size_t)len);
        for (int i = 0; i < len; i++) list.items[i] = items[i];
    }
    return list;
}

static Span span_between(SrcLoc begin, SrcLoc end) {
    Span s;
    s.begin = begin;
    s.end = end;
    return s;
}

Node *ast_name(Arena *arena, const char *id, Span span) {
    Node *n = ast_new(arena, NODE_Name, span);
    n->u.Name.id = id;
    n->u.Name.ctx = CTX_Load;
    return n;
}

Node *ast_constant(Arena *arena, ConstValue value, Span span) {
    Node *n = ast_new(arena, NODE_Constant, span);
    n->u.Constant.value = value;
    return n;
}

Node *ast_binop(Arena *arena, Node *left, BinOpKind op, Node *right) {
    Node *n = ast_new(arena, NODE_BinOp, span_between(left->outer.begin, right->outer.end));
    n->u.BinOp.left = left;
    n->u.BinOp.op = op;
    n->u.BinOp.right = right;
    return depth_set(n, depth_max(depth_max(0, left), right));
}

Node *ast_unaryop(Arena *arena, UnaryOpKind op, Node *operand, SrcLoc begin) {
    Node *n = ast_new(arena, NODE_UnaryOp, span_between(begin, operand->outer.end));
    n->u.UnaryOp.op = op;
    n->u.UnaryOp.operand = operand;
    return ast_finish(n);
}

Node *ast_boolop(Arena *arena, BoolOpKind op, Node *left, Node *right) {
    Node *n = ast_new(arena, NODE_BoolOp, span_between(left->outer.begin, right->outer.end));
    Node *items[2];
    items[0] = left;
    items[1] = right;
    n->u.BoolOp.op = op;
    n->u.BoolOp.values = ast_list_from(arena, (void *const *)items, 2);
    return ast_finish(n);
}

void ast_boolop_append(Arena *arena, Node *boolop, Node *value) {
    ast_list_append(arena, &boolop->u.BoolOp.values, value);
    boolop->span.end = boolop->outer.end = value->outer.end;
    if (value->depth + 1 > boolop->depth) boolop->depth = value->depth + 1;
}

Node *ast_compare(Arena *arena, Node *left, CmpOpKind op, Node *right) {
    Node *n = ast_new(arena, NODE_Compare, span_between(left->outer.begin, right->outer.end));
    n->u.Compare.left = left;
    n->u.Compare.ops = arena_alloc(arena, sizeof(CmpOpKind));
    n->u.Compare.ops[0] = op;
    n->u.Compare.comparators = ast_list1(arena, right);
    return ast_finish(n);
}

void ast_compare_append(Arena *arena, Node *compare, CmpOpKind op, Node *right) {
    /* ops grows like the comparators list: to the next power of two. */
    int len = compare->u.Compare.comparators.len;
    if (is_full(len)) {
        CmpOpKind *ops = arena_alloc(arena, sizeof(CmpOpKind) * (size_t)len * 2);
        memcpy(ops, compare->u.Compare.ops, sizeof(CmpOpKind) * (size_t)len);
        compare->u.Compare.ops = ops;
    }
    compare->u.Compare.ops[len] = op;
    ast_list_append(arena, &compare->u.Compare.comparators, right);
    compare->span.end = compare->outer.end = right->outer.end;
    if (right->depth + 1 > compare->depth) compare->depth = right->depth + 1;
}

Node *ast_ifexp(Arena *arena, Node *body, Node *test, Node *orelse) {
    Node *n = ast_new(arena, NODE_IfExp, span_between(body->outer.begin, orelse->outer.end));
    n->u.IfExp.test = test;
    n->u.IfExp.body = body;
    n->u.IfExp.orelse = orelse;
    return ast_finish(n);
}

Node *ast_namedexpr(Arena *arena, Node *target, Node *value) {
    Node *n = ast_new(arena, NODE_NamedExpr, span_between(target->outer.begin, value->outer.end));
    n->u.NamedExpr.target = target;
    n->u.NamedExpr.value = value;
    return ast_finish(n);
}

Node *ast_attribute(Arena *arena, Node *value, const char *attr, SrcLoc end) {
    Node *n = ast_new(arena, NODE_Attribute, span_between(value->outer.begin, end));
    n->u.Attribute.value = value;
    n->u.Attribute.attr = attr;
    return depth_set(n, depth_max(0, value));
}

Node *ast_subscript(Arena *arena, Node *value, Node *slice, SrcLoc end) {
    Node *n = ast_new(arena, NODE_Subscript, span_between(value->outer.begin, end));
    n->u.Subscript.value = value;
    n->u.Subscript.slice = slice;
    return depth_set(n, depth_max(depth_max(0, value), slice));
}

Node *ast_call(Arena *arena, Node *func, NodeList args, NodeList keywords, SrcLoc end) {
    Node *n = ast_new(arena, NODE_Call, span_between(func->outer.begin, end));
    n->u.Call.func = func;
    n->u.Call.args = args;
    n->u.Call.keywords = keywords;
    return depth_set(n, depth_max_list(depth_max_list(depth_max(0, func), args), keywords));
}

Node *ast_starred(Arena *arena, Node *value, SrcLoc begin) {
    Node *n = ast_new(arena, NODE_Starred, span_between(begin, value->outer.end));
    n->u.Starred.value = value;
    return depth_set(n, depth_max(0, value));
}

Node *ast_slice(Arena *arena, Node *lower, Node *upper, Node *step, Span span) {
    Node *n = ast_new(arena, NODE_Slice, span);
    n->u.Slice.lower = lower;
    n->u.Slice.upper = upper;
    n->u.Slice.step = step;
    return ast_finish(n);
}

Node *ast_tuple(Arena *arena, NodeList elts, Span span) {
    Node *n = ast_new(arena, NODE_Tuple, span);
    n->u.Tuple.elts = elts;
    return ast_finish(n);
}

Node *ast_list(Arena *arena, NodeList elts, Span span) {
    Node *n = ast_new(arena, NODE_List, span);
    n->u.List.elts = elts;
    return ast_finish(n);
}

Node *ast_set(Arena *arena, NodeList elts, Span span) {
    Node *n = ast_new(arena, NODE_Set, span);
    n->u.Set.elts = elts;
    return ast_finish(n);
}

Node *ast_dict(Arena *arena, NodeList keys, NodeList values, Span span) {
    Node *n = ast_new(arena, NODE_Dict, span);
    n->u.Dict.keys = keys;
    n->u.Dict.values = values;
    return ast_finish(n);
}

Node *ast_yield(Arena *arena, NodeKind kind, Node *value, Span span) {
    Node *n = ast_new(arena, kind, span);
    n->u.Yield.value = value;
    return ast_finish(n);
}

Node *ast_keyword(Arena *arena, const char *arg, Node *value, Span span) {
    Node *n = ast_new(arena, NODE_keyword, span);
    n->u.keyword.arg = arg;
    n->u.keyword.value = value;
    return ast_finish(n);
}

Node *ast_arg(Arena *arena, const char *name, Node *annotation, Span span) {
    Node *n = ast_new(arena, NODE_arg, span);
    n->u.arg.arg = name;
    n->u.arg.annotation = annotation;
    return depth_set(n, depth_max(0, annotation));
}

Node *ast_alias(Arena *arena, const char *name, const char *asname, Span span) {
    Node *n = ast_new(arena, NODE_alias, span);
    n->u.alias.name = name;
    n->u.alias.asname = asname;
    return n;
}

Node *ast_withitem(Arena *arena, Node *context_expr, Node *optional_vars) {
    SrcLoc end = optional_vars ? optional_vars->outer.end : context_expr->outer.end;
    Node *n = ast_new(arena, NODE_withitem, span_between(context_expr->outer.begin, end));
    n->u.withitem.context_expr = context_expr;
    n->u.withitem.optional_vars = optional_vars;
    return ast_finish(n);
}

Node *ast_expr_stmt(Arena *arena, Node *value) {
    Node *n = ast_new(arena, NODE_Expr, value->outer);
    n->u.Expr.value = value;
    return depth_set(n, depth_max(0, value));
}

/* ---- literals ---------------------------------------------------------- */

ConstValue ast_const_simple(ConstKind kind) {
    ConstValue v;
    memset(&v, 0, sizeof v);
    v.kind = kind;
    return v;
}

ConstValue ast_const_str(const char *s, size_t len) {
    ConstValue v = ast_const_simple(CONST_STR);
    v.s = s;
    v.len = len;
    return v;
}

ConstValue ast_const_bytes(const char *s, size_t len) {
    ConstValue v = ast_const_simple(CONST_BYTES);
    v.s = s;
    v.len = len;
    return v;
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Limbs of 9 decimal digits, least significant first. */
#define BIG_BASE 1000000000u

/* digits (no underscores, no prefix) in base → exact decimal text. */
static char *bigint_to_decimal(Arena *arena, const char *digits, size_t n, unsigned base) {
    /* bits per digit <= 4, so n digits fit in n*4/29 + 2 limbs of ~29.9 bits. */
    size_t cap = n * 4 / 29 + 2;
    uint32_t *limbs = arena_alloc(arena, cap * sizeof *limbs);
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t carry = (uint64_t)digit_value(digits[i]);
        for (size_t j = 0; j < used; j++) {
            uint64_t v = (uint64_t)limbs[j] * base + carry;
            limbs[j] = (uint32_t)(v % BIG_BASE);
            carry = v / BIG_BASE;
        }
        while (carry) {
            limbs[used++] = (uint32_t)(carry % BIG_BASE);
            carry /= BIG_BASE;
        }
    }
    char *out = arena_alloc(arena, used * 9 + 2);
    char *p = out;
    if (used == 0) {
        *p++ = '0';
    } else {
        p += sprintf(p, "%u", (unsigned)limbs[used - 1]);
        for (size_t j = used - 1; j-- > 0;) p += sprintf(p, "%09u", (unsigned)limbs[j]);
    }
    *p = 0;
    return out;
}

AstNumberStatus ast_number_value(Arena *arena, const char *text, size_t len,
                                 int is_float, int is_imag, ConstValue *out) {
    if (len > AST_MAX_NUMBER_CHARS) return AST_NUMBER_TOO_LONG;
    /* Strip underscores (and the j suffix). */
    char *clean = arena_alloc(arena, len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (text[i] != '_') clean[n++] = text[i];
    if (is_imag && n > 0 && (clean[n - 1] == 'j' || clean[n - 1] == 'J')) n--;
    clean[n] = 0;

    *out = ast_const_simple(CONST_INT);
    if (is_float || is_imag) {
        out->kind = is_imag ? CONST_COMPLEX : CONST_FLOAT;
        out->f = strtod(clean, NULL); /* overflow gives inf, as in CPython */
        return AST_NUMBER_OK;
    }

    unsigned base = 10;
    const char *digits = clean;
    if (n >= 2 && clean[0] == '0') {
        char p = clean[1];
        if (p == 'x' || p == 'X') base = 16;
        else if (p == 'o' || p == 'O') base = 8;
        else if (p == 'b' || p == 'B') base = 2;
        if (base != 10) digits += 2;
    }
    size_t ndigits = n - (size_t)(digits - clean);
    /* Skip leading zeros: they matter neither for the value nor the limit. */
    while (ndigits > 1 && digits[0] == '0') {
        digits++;
        ndigits--;
    }
    if (base == 10 && ndigits > AST_MAX_INT_DIGITS) return AST_NUMBER_TOO_MANY_DIGITS;

    uint64_t v = 0;
    int overflow = 0;
    for (size_t i = 0; i < ndigits; i++) {
        unsigned d = (unsigned)digit_value(digits[i]);
        if (v > (UINT64_C(0x7fffffffffffffff) - d) / base) {
            overflow = 1;
            break;
        }
        v = v * base + d;
    }
    if (!overflow) {
        out->i = (int64_t)v;
        return AST_NUMBER_OK;
    }
    out->kind = CONST_BIGINT;
    out->s = bigint_to_decimal(arena, digits, ndigits, base);
    out->len = strlen(out->s);
    return AST_NUMBER_OK;
}
