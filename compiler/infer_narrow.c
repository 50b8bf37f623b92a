/* infer_narrow.c — narrowing of Optional variables by tests.
 *
 * `if x is not None:`, `if x:`, `assert x is not None`, `while node:` and
 * early returns (`if x is None: return`) make an Optional variable hold its
 * value type in the region the test guards.  A fact is pushed when the
 * region is entered and popped when it is left.  In a block of statements
 * it ends where the variable is assigned again: after a simple assignment
 * (whose value still reads it narrowed), inside the branches of an `if`
 * (each branch a block of its own, the fact ending after the `if`), and
 * before any other statement that assigns it (a loop, try, with).  An
 * expression region that assigns it gets no fact.  A narrowed variable that the program can
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
        if (in->narrowed[i] == sym && !in->narrowed_attr[i]) return true;
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

/* A fact about x.attr (a field of a local variable or parameter). */
static void add_attr_fact(Infer *in, Node *n, Symbol **out, const char **attrs, int *count) {
    Symbol *base = attr_fact_base(in, n);
    if (!base) return;
    out[*count] = base;
    attrs[(*count)++] = n->u.Attribute.attr;
}

static void add_var_fact(Infer *in, Node *name, Symbol **out, const char **attrs, int *count) {
    int before = *count;
    add_fact(in, name, out, count);
    if (*count > before) attrs[before] = NULL;
}

/* The variables (attrs[i] NULL) and fields of variables (attrs[i] the
 * field) test proves not None when it evaluates to `when`. */
void cond_facts(Infer *in, Node *test, bool when, Symbol **out, const char **attrs, int *count, int max) {
    if (*count >= max) return;
    switch (test->kind) {
    case NODE_UnaryOp:
        if (test->u.UnaryOp.op == UNARYOP_Not) cond_facts(in, test->u.UnaryOp.operand, !when, out, attrs, count, max);
        return;
    case NODE_BoolOp:
        /* a and b true: both true; a or b false: both false */
        if ((test->u.BoolOp.op == BOOLOP_And) == when)
            for (int i = 0; i < test->u.BoolOp.values.len; i++)
                cond_facts(in, test->u.BoolOp.values.items[i], when, out, attrs, count, max);
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
        if ((l->kind != NODE_Name && l->kind != NODE_Attribute) || r->kind != NODE_Constant ||
            r->u.Constant.kind != CONST_NONE || (op == CMPOP_IsNot) != when)
            return;
        if (l->kind == NODE_Name) add_var_fact(in, l, out, attrs, count);
        else add_attr_fact(in, l, out, attrs, count);
        return;
    }
    case NODE_Name:
        /* a true name is not None; a false one may be 0, "" or None */
        if (when) add_var_fact(in, test, out, attrs, count);
        return;
    case NODE_Attribute:
        if (when) add_attr_fact(in, test, out, attrs, count);
        return;
    default:
        return;
    }
}

/* Pushes the facts of test (when it is `when`) for a region.  A region of
 * expressions that assigns a variable gets no fact for it; in a region of
 * statements, infer_block ends the fact where the variable is assigned
 * (narrow_block_enter / narrow_block_leave). */
static int push_facts(Infer *in, Node *test, bool when, Node **region, int region_len, bool statements,
                      NodeList *before) {
    Symbol *facts[16];
    const char *attrs[16];
    int count = 0;
    cond_facts(in, test, when, facts, attrs, &count, 16);
    int pushed = 0;
    for (int i = 0; i < count; i++) {
        if (in->nnarrowed >= INFER_MAX_NARROW) break;
        if (attrs[i]) { /* x.attr: until anything may change it */
            if (!statements && attr_region_kills(in, region, region_len, facts[i], attrs[i])) continue;
            if (before && attr_region_kills(in, (Node **)before->items, before->len, facts[i], attrs[i])) continue;
        } else {
            if (!statements && region_assigns(in, region, region_len, facts[i])) continue;
            if (before && region_assigns(in, (Node **)before->items, before->len, facts[i])) continue;
        }
        in->narrowed_to[in->nnarrowed] = NULL;
        in->narrowed_attr[in->nnarrowed] = attrs[i];
        in->narrowed[in->nnarrowed++] = facts[i];
        pushed++;
    }
    int from = in->nnarrowed;
    pushed += narrow_isinstance_push(in, test, when, region, region_len);
    for (int i = from; before && i < in->nnarrowed; i++) /* a class the surviving branch may have changed */
        if (in->narrowed[i] && region_assigns(in, (Node **)before->items, before->len, in->narrowed[i]))
            in->narrowed[i] = NULL;
    return pushed;
}

/* Narrows the facts of test (when it is `when`) for a region of
 * expressions; returns how many were pushed, for narrow_pop. */
int narrow_push(Infer *in, Node *test, bool when, Node **region, int region_len) {
    return push_facts(in, test, when, region, region_len, false, NULL);
}

/* The same for a block of statements: `while node is not None: p = node;
 * node = p.next` reads node narrowed until it is assigned. */
int narrow_push_block(Infer *in, Node *test, bool when, Node **stmts, int nstmts) {
    return push_facts(in, test, when, stmts, nstmts, true, NULL);
}

/* The rest of a block after `if test: <exits> else: <branch>` (or the
 * reverse): the facts of test that `branch` does not undo by assigning. */
int narrow_push_after_if(Infer *in, Node *test, bool when, NodeList branch, Node **rest, int rest_len) {
    return push_facts(in, test, when, rest, rest_len, true, &branch);
}

/* Can statement s, which assigns sym, still read sym narrowed before its
 * assignment?  A simple assignment evaluates its value first (`node =
 * node.next`); an `if` evaluates its test first and its branches are blocks
 * of their own.  Loops, try, with and the rest end the fact before them. */
static bool assigns_after_reading(Infer *in, Node *s, Symbol *sym) {
    switch (s->kind) {
    case NODE_If:
        return !region_assigns(in, &s->u.If.test, 1, sym);
    case NODE_Assign:
        for (int i = 0; i < s->u.Assign.targets.len; i++)
            if (((Node *)s->u.Assign.targets.items[i])->kind != NODE_Name) return false;
        return !region_assigns(in, &s->u.Assign.value, 1, sym);
    case NODE_AnnAssign:
        return s->u.AnnAssign.target->kind == NODE_Name &&
               (!s->u.AnnAssign.value || !region_assigns(in, &s->u.AnnAssign.value, 1, sym));
    case NODE_AugAssign:
        return s->u.AugAssign.target->kind == NODE_Name && !region_assigns(in, &s->u.AugAssign.value, 1, sym);
    default:
        return false;
    }
}

static void kill_fact(Infer *in, NarrowKills *k, int i) {
    if (k->n < NARROW_KILLS_MAX) {
        k->index[k->n] = i;
        k->sym[k->n++] = in->narrowed[i];
    }
    in->narrowed[i] = NULL;
}

/* Before statement s of a block: the facts about variables s assigns end
 * now, or (assigns_after_reading) once s is done: those are marked in
 * k->after. */
void narrow_block_enter(Infer *in, NarrowKills *k, Node *s) {
    k->nafter = 0;
    for (int i = 0; i < in->nnarrowed; i++) {
        if (!in->narrowed[i]) continue;
        const char *attr = in->narrowed_attr[i];
        if (attr) {
            if (!attr_region_kills(in, &s, 1, in->narrowed[i], attr)) continue;
            if (attr_assigns_after_reading(in, s, in->narrowed[i], attr) && k->nafter < NARROW_KILLS_MAX)
                k->after[k->nafter++] = i;
            else
                kill_fact(in, k, i);
            continue;
        }
        if (!region_assigns(in, &s, 1, in->narrowed[i])) continue;
        if (assigns_after_reading(in, s, in->narrowed[i]) && k->nafter < NARROW_KILLS_MAX)
            k->after[k->nafter++] = i;
        else
            kill_fact(in, k, i);
    }
}

/* After statement s: the facts marked to end after it end. */
void narrow_block_after(Infer *in, NarrowKills *k) {
    for (int j = 0; j < k->nafter; j++)
        if (k->after[j] < in->nnarrowed && in->narrowed[k->after[j]]) kill_fact(in, k, k->after[j]);
    k->nafter = 0;
}

/* The block is done: its kills are undone (the block's other paths — an
 * `else`, the code after a loop body — start from before it). */
void narrow_block_leave(Infer *in, NarrowKills *k) {
    for (int j = k->n - 1; j >= 0; j--)
        if (k->index[j] < in->nnarrowed) in->narrowed[k->index[j]] = k->sym[j];
}

void narrow_pop(Infer *in, int pushed) {
    in->nnarrowed -= pushed;
}
