/* infer_narrow.c — narrowing of Optional variables by tests.
 *
 * `if x is not None:`, `if x:`, `assert x is not None`, `while node:` and
 * early returns (`if x is None: return`) make an Optional variable hold its
 * value type in the region the test guards.  A fact is pushed when the
 * region is entered and popped when it is left; in a block of statements it
 * ends at the first statement that assigns the variable again (reads before
 * it stay narrowed), and an expression region that assigns it gets none.  A narrowed variable that the program can
 * only ever read as None is reported (the code never runs with a value).
 *
 * Used by infer.c (names, conditions) and infer_stmt.c (if, while, assert).
 */
#include "infer_internal.h"

/* Is scope a comprehension inside function scope fn (its variables live in fn's frame)? */
bool in_comprehension_of(const Scope *scope, const Scope *fn) {
    while (scope && (scope->kind == SCOPE_COMPREHENSION || scope->inlined)) scope = scope->parent;
    return scope == fn;
}

/* ---- narrowing by `is None` tests ---------------------------------------------------- */

bool is_narrowed(Infer *in, Symbol *sym) {
    for (int i = 0; i < in->nnarrowed; i++)
        if (in->narrowed[i] == sym) return true;
    return false;
}

/* The type of a read of sym where it is known not to be None. */
Type *narrowed_type(Infer *in, Symbol *sym, Node *site) {
    Type *v = narrowed_class(in, sym);
    if (v) return v;
    v = var_type(in, sym);
    Type *t = type_resolve(v);
    if (t->kind == TY_OPTIONAL) return t->args[0];
    if (t->kind != TY_NONE) return v;
    NarrowLater *nl = arena_alloc(in->arena, sizeof *nl);
    nl->read = type_var(in->tt);
    nl->var = v;
    nl->site = site;
    nl->mod = in->mod;
    ptrvec_push(in->arena, &in->narrow_later, nl);
    return nl->read;
}

/* Binds the reads narrowed before their variable's type was known. */
void narrow_finish(Infer *in) {
    for (int i = 0; i < in->narrow_later.len; i++) {
        NarrowLater *nl = in->narrow_later.items[i];
        Type *v = type_resolve(nl->var);
        if (v->kind == TY_OPTIONAL) {
            type_unify(in->tt, nl->read, v->args[0]);
        } else if (v->kind == TY_NONE) {
            diag_error(in->diag, &nl->mod->src, nl->site->span,
                       "'%s' is always None, so this code never runs with a value", nl->site->u.Name.id);
        } else {
            type_unify(in->tt, nl->read, v);
        }
    }
}

typedef struct AssignScan {
    Infer *in;
    Symbol *sym;
    bool found;
} AssignScan;

void scan_assign(Node *n, void *ctx) {
    AssignScan *a = ctx;
    if (a->found || !n) return;
    if (n->kind == NODE_Name && n->u.Name.ctx != CTX_Load && sema_symbol_of(a->in->mod, n) == a->sym) {
        a->found = true;
        return;
    }
    ast_visit_children(n, scan_assign, ctx);
}

/* Does any of these nodes store into sym? */
bool region_assigns(Infer *in, Node **nodes, int count, Symbol *sym) {
    AssignScan a = {in, sym, false};
    for (int i = 0; i < count && !a.found; i++) scan_assign(nodes[i], &a);
    return a.found;
}

void add_fact(Infer *in, Node *name, Symbol **out, int *count) {
    Symbol *sym = follow_import(sema_symbol_of(in->mod, name));
    /* a variable another function assigns may change under any call */
    if (sym && (sym->kind == SYM_VAR || sym->kind == SYM_PARAM) && !sym->written_by_inner) out[(*count)++] = sym;
}

/* The variables test proves not None when it evaluates to `when`. */
void cond_facts(Infer *in, Node *test, bool when, Symbol **out, int *count, int max) {
    if (*count >= max) return;
    switch (test->kind) {
    case NODE_UnaryOp:
        if (test->u.UnaryOp.op == UNARYOP_Not) cond_facts(in, test->u.UnaryOp.operand, !when, out, count, max);
        return;
    case NODE_BoolOp:
        /* a and b true: both true; a or b false: both false */
        if ((test->u.BoolOp.op == BOOLOP_And) == when)
            for (int i = 0; i < test->u.BoolOp.values.len; i++)
                cond_facts(in, test->u.BoolOp.values.items[i], when, out, count, max);
        return;
    case NODE_Compare: {
        if (test->u.Compare.comparators.len != 1) return;
        CmpOpKind op = test->u.Compare.ops[0];
        Node *l = test->u.Compare.left, *r = test->u.Compare.comparators.items[0];
        if (op != CMPOP_Is && op != CMPOP_IsNot) return;
        if (l->kind == NODE_Constant && l->u.Constant.kind == CONST_NONE) {
            Node *tmp = l;
            l = r;
            r = tmp;
        }
        if (l->kind != NODE_Name || r->kind != NODE_Constant || r->u.Constant.kind != CONST_NONE) return;
        if ((op == CMPOP_IsNot) == when) add_fact(in, l, out, count);
        return;
    }
    case NODE_Name:
        /* a true name is not None; a false one may be 0, "" or None */
        if (when) add_fact(in, test, out, count);
        return;
    default:
        return;
    }
}

/* The index of the first of these nodes that stores into sym, or -1. */
static int first_assigning(Infer *in, Node **nodes, int count, Symbol *sym) {
    for (int i = 0; i < count; i++)
        if (region_assigns(in, nodes + i, 1, sym)) return i;
    return -1;
}

/* Pushes the facts of test (when it is `when`) for a region; with
 * statements, a fact also holds in the statements before the first one that
 * assigns its variable (narrow_kill_at ends it there). */
static int push_facts(Infer *in, Node *test, bool when, Node **region, int region_len, bool statements) {
    Symbol *facts[16];
    int count = 0;
    cond_facts(in, test, when, facts, &count, 16);
    int pushed = 0;
    for (int i = 0; i < count; i++) {
        if (in->nnarrowed >= INFER_MAX_NARROW) break;
        int k = first_assigning(in, region, region_len, facts[i]);
        if (k == 0 || (k > 0 && !statements)) continue;
        in->narrowed_to[in->nnarrowed] = NULL;
        in->narrowed_until[in->nnarrowed] = k > 0 ? region[k] : NULL;
        in->narrowed[in->nnarrowed++] = facts[i];
        pushed++;
    }
    return pushed + narrow_isinstance_push(in, test, when, region, region_len);
}

/* Narrows the facts of test (when it is `when`) for a region of
 * expressions; returns how many were pushed, for narrow_pop. */
int narrow_push(Infer *in, Node *test, bool when, Node **region, int region_len) {
    return push_facts(in, test, when, region, region_len, false);
}

/* The same for a block of statements: `while node is not None: p = node;
 * node = p.next` reads node narrowed until the statement that assigns it. */
int narrow_push_block(Infer *in, Node *test, bool when, Node **stmts, int nstmts) {
    return push_facts(in, test, when, stmts, nstmts, true);
}

/* infer_block reaches stmt: the facts that end at it no longer hold. */
void narrow_kill_at(Infer *in, Node *stmt) {
    for (int i = 0; i < in->nnarrowed; i++)
        if (in->narrowed_until[i] == stmt) {
            in->narrowed[i] = NULL;
            in->narrowed_until[i] = NULL;
        }
}

void narrow_pop(Infer *in, int pushed) {
    in->nnarrowed -= pushed;
}
