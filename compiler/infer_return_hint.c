/* infer_return_hint.c — a returned local takes the declared return type.
 *
 *     def runs(s: str) -> list[tuple[str, int]]:
 *         out = []
 *         for ch in s:
 *             if out and out[-1][0] == ch: ...   # out's elements: not yet known
 *             out.append((ch, 1))
 *         return out
 *
 * Inference runs in program order, so `out[-1][0]` would subscript an
 * element of unknown type.  When a function declares that it returns a
 * list, dict or set and a `return NAME` returns one of its locals, that
 * local is given the declared type before the body is inferred: the
 * annotation says what the container holds, as a reader of the code sees.
 * Only containers: a scalar local keeps the type of its own values (an int
 * returned as a declared float is converted at the return, as before).
 */
#include "infer_internal.h"

typedef struct ReturnScan {
    Infer *in;
    FuncSpec *spec;
    Type *ret;
} ReturnScan;

static void scan_returns(Node *n, void *ctx) {
    ReturnScan *rs = ctx;
    if (!n) return;
    /* nested functions and classes return for themselves */
    if (n->kind == NODE_FunctionDef || n->kind == NODE_ClassDef || n->kind == NODE_Lambda) return;
    if (n->kind == NODE_Return && n->u.Return.value && n->u.Return.value->kind == NODE_Name) {
        Symbol *sym = sema_symbol_of(rs->in->mod, n->u.Return.value);
        if (sym && sym->scope == rs->spec->scope && (sym->kind == SYM_VAR)) {
            Type *v = var_type(rs->in, sym);
            if (type_resolve(v)->kind == TY_VAR) type_unify(rs->in->tt, v, rs->ret);
        }
        return;
    }
    ast_visit_children(n, scan_returns, ctx);
}

void infer_return_hint(Infer *in, FuncSpec *spec) {
    if (spec->def->kind != NODE_FunctionDef || !spec->def->u.FunctionDef.returns) return;
    Type *ret = type_resolve(spec->ret);
    if (ret->kind != TY_LIST && ret->kind != TY_DICT && ret->kind != TY_SET) return;
    if (type_is_seq_tuple(ret)) return;
    ReturnScan rs = {in, spec, ret};
    NodeList body = spec->def->u.FunctionDef.body;
    for (int i = 0; i < body.len; i++) scan_returns(body.items[i], &rs);
}
