/* ast_dump.c — the syntax tree as an indented S-expression.
 *
 * `krait dump-ast FILE` prints this; tests/parse/pyast_dump.py prints the
 * very same text from CPython's ast, so the parser is tested by comparing
 * bytes.  Both sides implement exactly these rules:
 *
 *   node    (Kind[ @L:C-L:C][ field=scalar]...[ child]...)
 *           the position only for kinds that have one in CPython; fields
 *           in CPython's _fields order, scalars first on the header line,
 *           then each child on a line of its own, indented two more spaces.
 *   child   a node field that is not None, or a list field:
 *             (field (Leaf ...))   a node with no children of its own
 *             (field\n  NODE)       any other node, indented two more
 *             (field)               an empty list
 *             (field\n  ITEM...)    a list: one item per line (None for a
 *                                   missing Dict key or kw_default)
 *   scalar  None | 123 (ints) | "text" (identifiers, Constant.kind) |
 *           Load/Store/Del and operator names | ops=[Lt,IsNot] |
 *           names=["a","b"] (identifier lists) | a constant value:
 *           None True False Ellipsis int:DIGITS float:%.17g complex:%.17g
 *           str:"..." bytes:"..."
 *   text    in double quotes; printable ASCII except " and \ as is, \" and
 *           \\, every other byte (of the UTF-8) as \xhh.
 *
 * type_comment fields print None and Module's type_ignores an empty list:
 * krait keeps neither, CPython's ast.parse never fills them.
 *
 * The recursion depth is the tree's depth, bounded by AST_MAX_DEPTH.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "ast.h"

static void dump_text(FILE *out, const char *s, size_t len) {
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c >= 0x20 && c < 0x7f) fputc(c, out);
        else fprintf(out, "\\x%02x", c);
    }
    fputc('"', out);
}

static void dump_ident(FILE *out, const char *s) {
    if (!s) fputs("None", out);
    else dump_text(out, s, strlen(s));
}

static void dump_const(FILE *out, const ConstValue *v) {
    switch (v->kind) {
    case CONST_NONE: fputs("None", out); break;
    case CONST_TRUE: fputs("True", out); break;
    case CONST_FALSE: fputs("False", out); break;
    case CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case CONST_INT: fprintf(out, "int:%" PRId64, v->i); break;
    case CONST_BIGINT: fprintf(out, "int:%s", v->s); break;
    case CONST_FLOAT: fprintf(out, "float:%.17g", v->f); break;
    case CONST_COMPLEX: fprintf(out, "complex:%.17g", v->f); break;
    case CONST_STR: fputs("str:", out); dump_text(out, v->s, v->len); break;
    case CONST_BYTES: fputs("bytes:", out); dump_text(out, v->s, v->len); break;
    }
}

/* True when the field prints as a child line rather than a scalar. */
static int field_is_child(const Node *n, const AstField *f) {
    const char *at = (const char *)n + f->offset;
    switch (f->type) {
    case AF_NODE: return *(Node *const *)at != NULL;
    case AF_LIST:
    case AF_TYPE_IGNORES: return 1;
    default: return 0;
    }
}

static int node_is_leaf(const Node *n) {
    int count;
    const AstField *fields = ast_fields(n->kind, &count);
    for (int i = 0; i < count; i++)
        if (field_is_child(n, &fields[i])) return 0;
    return 1;
}

static void dump_scalar(FILE *out, const Node *n, const AstField *f) {
    const char *at = (const char *)n + f->offset;
    switch (f->type) {
    case AF_NODE: fputs("None", out); break; /* only NULL nodes are scalars */
    case AF_IDENT: dump_ident(out, *(const char *const *)at); break;
    case AF_IDENTS: {
        const IdentList *l = (const IdentList *)at;
        fputc('[', out);
        for (int i = 0; i < l->len; i++) {
            if (i) fputc(',', out);
            dump_ident(out, l->items[i]);
        }
        fputc(']', out);
        break;
    }
    case AF_INT: fprintf(out, "%d", *(const int *)at); break;
    case AF_CONST: dump_const(out, (const ConstValue *)at); break;
    case AF_CTX: fputs(ast_ctx_name(*(const ExprCtx *)at), out); break;
    case AF_BOOLOP: fputs(ast_boolop_name(*(const BoolOpKind *)at), out); break;
    case AF_BINOP: fputs(ast_binop_name(*(const BinOpKind *)at), out); break;
    case AF_UNARYOP: fputs(ast_unaryop_name(*(const UnaryOpKind *)at), out); break;
    case AF_CMPOPS: {
        const CmpOpKind *ops = *(CmpOpKind *const *)at;
        fputc('[', out);
        for (int i = 0; i < n->u.Compare.comparators.len; i++) {
            if (i) fputc(',', out);
            fputs(ast_cmpop_name(ops[i]), out);
        }
        fputc(']', out);
        break;
    }
    case AF_TYPE_COMMENT: fputs("None", out); break;
    case AF_LIST:
    case AF_TYPE_IGNORES: break; /* never scalars */
    }
}

static void indent(FILE *out, int depth) {
    for (int i = 0; i < depth; i++) fputs("  ", out);
}

static void dump_node(FILE *out, const Node *n, int depth, int positions) {
    int count;
    const AstField *fields = ast_fields(n->kind, &count);
    fprintf(out, "(%s", ast_kind_name(n->kind));
    if (positions && ast_kind_has_position(n->kind))
        fprintf(out, " @%u:%u-%u:%u", (unsigned)n->span.begin.line, (unsigned)n->span.begin.col,
                (unsigned)n->span.end.line, (unsigned)n->span.end.col);
    for (int i = 0; i < count; i++) {
        if (field_is_child(n, &fields[i])) continue;
        fprintf(out, " %s=", fields[i].name);
        dump_scalar(out, n, &fields[i]);
    }
    for (int i = 0; i < count; i++) {
        const AstField *f = &fields[i];
        if (!field_is_child(n, f)) continue;
        const char *at = (const char *)n + f->offset;
        fputc('\n', out);
        indent(out, depth + 1);
        fprintf(out, "(%s", f->name);
        if (f->type == AF_NODE) {
            const Node *child = *(Node *const *)at;
            if (node_is_leaf(child)) {
                fputc(' ', out);
                dump_node(out, child, depth + 2, positions);
            } else {
                fputc('\n', out);
                indent(out, depth + 2);
                dump_node(out, child, depth + 2, positions);
            }
        } else if (f->type == AF_LIST) {
            const NodeList *l = (const NodeList *)at;
            for (int j = 0; j < l->len; j++) {
                fputc('\n', out);
                indent(out, depth + 2);
                if (l->items[j]) dump_node(out, l->items[j], depth + 2, positions);
                else fputs("None", out);
            }
        }
        fputc(')', out);
    }
    fputc(')', out);
}

void ast_dump(FILE *out, const Node *node, bool positions) {
    dump_node(out, node, 0, positions);
    fputc('\n', out);
}
