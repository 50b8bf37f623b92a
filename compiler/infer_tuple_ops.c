/* infer_tuple_ops.c — the operations of tuples beyond building, indexing and
 * unpacking: `tuple(x)`, `t1 + t2`, `t * n`, `t.count(v)` and `t.index(v)`.
 *
 * A tuple has a fixed shape known at compile time (its type lists its
 * fields), so each of these is decided here from the operand types: `+`
 * gives the tuple of both field lists, `*` by a constant repeats them,
 * `tuple(t)` of a tuple is its plain copy (a named tuple loses its names).
 * `tuple(x)` of a list, str, bytes, range or iterator, whose length is only
 * known at run time, has no fixed shape: it is a `tuple[T, ...]`, a list
 * underneath (types.c: type_seq_tuple) that the list code serves, printed
 * as a tuple; what would mutate it is refused here.
 */
#include "infer_internal.h"

/* tuple() and tuple(x); NULL when krait has nothing for these arguments. */
Type *infer_tuple_builtin(Infer *in, Node *call, Type **at, int nargs) {
    if (call->u.Call.keywords.len || nargs > 1) return NULL;
    if (nargs == 0) return type_tuple(in->tt, NULL, 0);
    Type *t = type_resolve(at[0]);
    if (t->kind == TY_TUPLE) return type_tuple(in->tt, t->args, t->nargs);
    if (type_is_seq_tuple(t)) return t;
    Type *e = iter_elem(in, t);
    if (!e) return NULL;
    /* a length known only at run time: tuple[T, ...], a list underneath */
    Type *l = list_of(in, call, e);
    return poisoned(in, l) ? l : type_seq_tuple(in->tt, type_resolve(l)->args[0]);
}

/* t[i] = v, del t[i] of a tuple[T, ...]: refused as CPython does (TypeError). */
bool seq_tuple_store(Infer *in, Node *target, Type *base) {
    if (!type_is_seq_tuple(base)) return false;
    diag_error(in->diag, &in->mod->src, target->span, "'tuple' object does not support item %s",
               target->u.Subscript.ctx == CTX_Del ? "deletion" : "assignment");
    return true;
}

/* Repeating a tuple makes this many fields at most: a longer sequence is a
 * list's job (a tuple is a C struct, each field a member). */
#define TUPLE_MAX_FIELDS 256

/* A repeat count written as an int literal (maybe negated), into *out. */
bool tuple_repeat_count(Node *e, long long *out) {
    bool neg = e->kind == NODE_UnaryOp && e->u.UnaryOp.op == UNARYOP_USub;
    if (neg) e = e->u.UnaryOp.operand;
    if (e->kind != NODE_Constant || e->u.Constant.value.kind != CONST_INT) return false;
    *out = neg ? -(long long)e->u.Constant.value.i : (long long)e->u.Constant.value.i;
    if (*out < 0) *out = 0;
    return true;
}

/* t1 + t2 and t * n / n * t (n a literal); NULL when neither operand is a tuple. */
Type *infer_tuple_binop(Infer *in, Node *n, BinOpKind op, Type *l, Type *r) {
    if (l->kind != TY_TUPLE && r->kind != TY_TUPLE) return NULL;
    if (n->kind != NODE_BinOp) /* t += (x,) makes a tuple of another shape: another type */
        return unsupported(in, n, "augmented assignment to a tuple (its shape is its type; use a list)");
    if (op == BINOP_Add && l->kind == TY_TUPLE && r->kind == TY_TUPLE) {
        int total = l->nargs + r->nargs;
        if (total > TUPLE_MAX_FIELDS) return unsupported(in, n, "a tuple of more than 256 fields");
        Type **f = arena_alloc(in->arena, (size_t)(total + 1) * sizeof *f);
        for (int i = 0; i < l->nargs; i++) f[i] = l->args[i];
        for (int i = 0; i < r->nargs; i++) f[l->nargs + i] = r->args[i];
        return type_tuple(in->tt, f, total);
    }
    if (op == BINOP_Add) {
        diag_error(in->diag, &in->mod->src, n->span, "can only concatenate tuple (not \"%s\") to tuple",
                   tname(in, l->kind == TY_TUPLE ? r : l));
        return type_never(in->tt);
    }
    Type *t = l->kind == TY_TUPLE ? l : r, *k = l->kind == TY_TUPLE ? r : l;
    if (op != BINOP_Mult || (k->kind != TY_INT && k->kind != TY_BOOL))
        return unsupported(in, n, "this tuple operation");
    long long count;
    if (!tuple_repeat_count(l->kind == TY_TUPLE ? n->u.BinOp.right : n->u.BinOp.left, &count))
        return unsupported(in, n, "repeating a tuple a number of times known only at run time (a tuple has a fixed "
                                  "shape; use a list)");
    if (count * t->nargs > TUPLE_MAX_FIELDS) return unsupported(in, n, "a tuple of more than 256 fields");
    int total = (int)count * t->nargs;
    Type **f = arena_alloc(in->arena, (size_t)(total + 1) * sizeof *f);
    for (int i = 0; i < total; i++) f[i] = t->args[i % t->nargs];
    return type_tuple(in->tt, f, total);
}

/* t.count(v) and t.index(v); NULL for other names. */
Type *infer_tuple_method(Infer *in, Node *call, Type *t, const char *name) {
    bool count = !strcmp(name, "count");
    if (type_is_seq_tuple(t)) { /* the list's count() and index(), nothing that mutates */
        if (!count && call->u.Call.args.len > 1)
            return unsupported(in, call, "index() with start or end on a tuple[T, ...]");
        if (count || !strcmp(name, "index")) return NULL;
        diag_error(in->diag, &in->mod->src, call->u.Call.func->span, "'tuple' object has no attribute '%s'", name);
        return type_never(in->tt);
    }
    if (!count && strcmp(name, "index")) return NULL;
    if (call->u.Call.args.len != 1 || call->u.Call.keywords.len)
        return unsupported(in, call, arena_printf(in->arena, "tuple.%s() with other than one argument", name));
    Type *v = type_resolve(infer_expr(in, call->u.Call.args.items[0]));
    if (poisoned(in, v)) return type_never(in->tt);
    for (int k = 0; k < t->nargs; k++)
        if (type_resolve(t->args[k]) != v && !(type_is_numeric(v) && type_is_numeric(t->args[k])))
            return unsupported(in, call, arena_printf(in->arena, "tuple.%s() on a tuple of other types", name));
    return type_int(in->tt);
}

/* s.partition(sep) and s.rpartition(sep): a tuple of three strs; NULL for other names. */
Type *infer_str_partition(Infer *in, Node *call, const char *name) {
    if (strcmp(name, "partition") && strcmp(name, "rpartition")) return NULL;
    if (call->u.Call.args.len != 1 || call->u.Call.keywords.len) {
        diag_error(in->diag, &in->mod->src, call->span, "str.%s() takes exactly one argument (the separator)", name);
        return type_never(in->tt);
    }
    Type *sep = type_resolve(infer_expr(in, call->u.Call.args.items[0]));
    if (poisoned(in, sep)) return type_never(in->tt);
    if (sep->kind != TY_STR) {
        diag_error(in->diag, &in->mod->src, call->span, "str.%s() separator must be str, not %s", name, tname(in, sep));
        return type_never(in->tt);
    }
    Type *parts[3] = {type_str(in->tt), type_str(in->tt), type_str(in->tt)};
    return type_tuple(in->tt, parts, 3);
}

/* ---- displays where a tuple type is wanted ---------------------------------------------- */

/* Does an item of type got fit a field declared want exactly, or as the
 * None or the instance an Optional field holds? */
static bool item_fits(Infer *in, Type *want, Type *got) {
    want = type_resolve(want);
    got = type_resolve(got);
    if (want == got) return true;
    if (!type_is_ground(got)) return type_unify(in->tt, want, got);
    if (want->kind == TY_OPTIONAL)
        return got->kind == TY_NONE || (got->kind == TY_CLASS && type_accepts(in, want, got));
    return false;
}

/* (1, None) where a tuple[int, Optional[Node]] is wanted (an annotated
 * variable, a field, a return value), and a list display of such tuples:
 * each item is inferred with its field's type wanted, and when every item
 * fits, the display has the wanted type (lowering wraps the items).
 * Otherwise the display keeps its own type and the assignment reports the
 * mismatch.  NULL, with nothing inferred, when no tuple is wanted of n. */
Type *infer_tuple_expected(Infer *in, Node *n, Type *want) {
    Type *w = want ? type_resolve(want) : NULL;
    if (!w) return NULL;
    if (n->kind == NODE_Tuple && w->kind == TY_TUPLE && !type_is_seq_tuple(w) && !w->cls &&
        w->nargs == n->u.Tuple.elts.len) {
        int k = n->u.Tuple.elts.len;
        for (int i = 0; i < k; i++)
            if (((Node *)n->u.Tuple.elts.items[i])->kind == NODE_Starred) return NULL;
        Type **fields = arena_alloc(in->arena, (size_t)(k + 1) * sizeof *fields);
        bool fits = true;
        for (int i = 0; i < k; i++) {
            Node *e = n->u.Tuple.elts.items[i];
            fields[i] = infer_expect(in, e, w->args[i]);
            if (poisoned(in, fields[i])) return type_never(in->tt);
            fits = fits && item_fits(in, w->args[i], fields[i]);
        }
        if (fits) return want;
        for (int i = 0; i < k; i++)
            if (!tuple_field_ok(type_resolve(fields[i])))
                return unsupported(in, n->u.Tuple.elts.items[i],
                                   arena_printf(in->arena, "tuples holding %s", tname(in, fields[i])));
        return type_tuple(in->tt, fields, k);
    }
    if (n->kind == NODE_List && w->kind == TY_LIST && n->u.List.elts.len &&
        type_resolve(w->args[0])->kind == TY_TUPLE && !type_is_seq_tuple(type_resolve(w->args[0]))) {
        Type *e = w->args[0];
        for (int i = 0; i < n->u.List.elts.len; i++)
            if (((Node *)n->u.List.elts.items[i])->kind == NODE_Starred) return NULL;
        for (int i = 0; i < n->u.List.elts.len; i++) {
            Node *x = n->u.List.elts.items[i];
            Type *t = infer_expect(in, x, e);
            if (poisoned(in, t)) return type_never(in->tt);
            if (!item_fits(in, e, t)) {
                diag_error(in->diag, &in->mod->src, x->span, "this list holds %s, not %s", tname(in, e), tname(in, t));
                return type_never(in->tt);
            }
        }
        return want;
    }
    return NULL;
}

/* What an assignment's single target already declares, for its value to be
 * inferred against: a variable or a field of a variable typed as a tuple or
 * a list of tuples.  NULL otherwise. */
Type *assign_target_want(Infer *in, Node *assign) {
    if (assign->u.Assign.targets.len != 1) return NULL;
    Node *v = assign->u.Assign.value, *t = assign->u.Assign.targets.items[0];
    if (v->kind != NODE_Tuple && v->kind != NODE_List) return NULL;
    Type *want = NULL;
    if (t->kind == NODE_Name) {
        Symbol *sym = follow_import(sema_symbol_of(in->mod, t));
        if (sym && (sym->kind == SYM_VAR || sym->kind == SYM_PARAM)) want = var_type(in, sym);
    } else if (t->kind == NODE_Attribute && t->u.Attribute.value->kind == NODE_Name) {
        Symbol *sym = follow_import(sema_symbol_of(in->mod, t->u.Attribute.value));
        Type *bt = sym && (sym->kind == SYM_VAR || sym->kind == SYM_PARAM) ? type_resolve(var_type(in, sym)) : NULL;
        ClassData *cd = bt && bt->kind == TY_CLASS ? class_data_of(bt) : NULL;
        FieldInfo *f = cd ? check_field(cd, sema_intern(in->prog, t->u.Attribute.attr)) : NULL;
        want = f ? f->type : NULL;
    }
    Type *w = want ? type_resolve(want) : NULL;
    if (!w || !type_is_ground(w)) return NULL;
    if (w->kind == TY_TUPLE || (w->kind == TY_LIST && type_resolve(w->args[0])->kind == TY_TUPLE)) return w;
    return NULL;
}

/* The type an argument display is inferred against: the annotation of the
 * parameter it is matched to (match_arguments), when that is a tuple or a
 * list of tuples.  NULL for anything else. */
Type *arg_display_want(Infer *in, const DefSig *sig, Node **arg_nodes, Node *arg) {
    if (arg->kind == NODE_keyword) arg = arg->u.keyword.value;
    if (arg->kind != NODE_Tuple && arg->kind != NODE_List) return NULL;
    for (int i = 0; i < sig->n; i++) {
        if (arg_nodes[i] != arg || !sig->params[i]->u.arg.annotation) continue;
        Type *w = type_resolve(annotation_type(in, sig->params[i]->u.arg.annotation));
        if (w->kind == TY_TUPLE || (w->kind == TY_LIST && type_resolve(w->args[0])->kind == TY_TUPLE)) return w;
        return NULL;
    }
    return NULL;
}
