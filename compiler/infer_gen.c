/* infer_gen.c — types of generators and iterators.
 *
 * A function whose body holds `yield` is a generator function: calling it
 * makes a generator, typed Iterator[Y] (TY_ITER), where Y is what its
 * yields produce (unified over every yield, or taken from the annotation:
 * Iterator[Y], Iterable[Y] or Generator[Y, None, R]).  Its `return value`
 * statements give R, the value StopIteration carries and `x = yield from
 * g` receives; R is kept beside the specialisation (FuncSpec.gen_ret), not
 * in the type, so a Generator[int, None, int] is an Iterator[int] wherever
 * one is expected.  Every iterator value has the same static type whatever
 * made it (a generator, iter(list), iter(str), a generator expression).
 *
 * `yield` evaluates to None (send() is not supported), `yield from it`
 * delegates to any iterable of Y.  iter(x) of an iterable is Iterator[E];
 * next(it) is E, next(it, default) E (or Optional[E] with a None default).
 *
 * StopIteration.value: exceptions have one static type, so the value's type
 * comes from the try statement: `except StopIteration as stop` types
 * `stop.value` as the return type of the generators its try body calls
 * next() on (variables assigned a generator function's call).
 */
#include "infer_internal.h"

static void lazy_map(Infer *in, PtrMap *m) {
    if (!m->arena) ptrmap_init(m, in->arena);
}

static bool is_iter_name(const char *name) {
    return !strcmp(name, "Iterator") || !strcmp(name, "Iterable") || !strcmp(name, "Generator");
}

/* Iterator[T] / Iterable[T] / Generator[Y, S, R] (args: what the brackets
 * hold; none for a bare name).  Iterable[T] is typed as an iterator: a
 * parameter declared Iterable accepts iterators (pass iter(x) for others). */
Type *infer_iter_annotation(Infer *in, Node *a, const char *name, Node **args, int nargs) {
    if (!is_iter_name(name)) return NULL;
    if (nargs == 0) return type_iter(in->tt, type_var(in->tt));
    if (!strcmp(name, "Generator")) {
        if (nargs != 3) {
            infer_error(in, a, "Generator[...] takes three types (yield, send, return)%s%s", "", "");
            return type_never(in->tt);
        }
        Type *send = annotation_type(in, args[1]);
        if (type_resolve(send)->kind != TY_NONE)
            return unsupported(in, args[1], "generators that receive values (send(): the send type must be None)");
        annotation_type(in, args[2]);
    } else if (nargs != 1) {
        infer_error(in, a, "%s[...] takes one type%s", name, "");
        return type_never(in->tt);
    }
    return type_iter(in->tt, annotation_type(in, args[0]));
}

/* The R of a `-> Generator[Y, None, R]` annotation, or NULL. */
static Type *annotated_return(Infer *in, Node *returns) {
    if (!returns || returns->kind != NODE_Subscript) return NULL;
    Node *base = returns->u.Subscript.value;
    const char *name = base->kind == NODE_Name ? base->u.Name.id : base->kind == NODE_Attribute ? base->u.Attribute.attr : "";
    Node *slice = returns->u.Subscript.slice;
    if (strcmp(name, "Generator") != 0 || slice->kind != NODE_Tuple || slice->u.Tuple.elts.len != 3) return NULL;
    return annotation_type(in, slice->u.Tuple.elts.items[2]);
}

/* Before a specialisation's body is inferred: a generator function returns
 * Iterator[Y]. */
void infer_gen_begin(Infer *in, FuncSpec *spec) {
    Node *def = spec->def;
    if (def->kind != NODE_FunctionDef || !spec->scope || !spec->scope->is_generator) return;
    spec->is_gen = true;
    Node *returns = def->u.FunctionDef.returns;
    Type *r = type_resolve(spec->ret);
    if (returns && r->kind != TY_ITER && r->kind != TY_NEVER) {
        diag_error(in->diag, &in->mod->src, returns->span,
                   "a generator function returns an iterator: annotate it Iterator[...], Iterable[...] or "
                   "Generator[..., None, ...], not %s", tname(in, r));
        spec->gen_yield = type_var(in->tt);
    } else {
        spec->gen_yield = returns && r->kind == TY_ITER ? r->args[0] : type_var(in->tt);
    }
    Type *ann = annotated_return(in, returns);
    spec->gen_ret = ann ? ann : type_var(in->tt);
    spec->ret = type_iter(in->tt, spec->gen_yield);
}

/* After its body: a generator that returns no value returns None. */
void infer_gen_end(Infer *in, FuncSpec *spec) {
    if (!spec->is_gen) return;
    Type *r = type_resolve(spec->gen_ret);
    if (r->kind == TY_VAR) type_unify(in->tt, r, type_none(in->tt));
}

void infer_gen_finish(Infer *in, FuncSpec *spec) {
    if (!spec->is_gen) return;
    finish_type(in, &spec->gen_yield, spec->def, "what the generator yields");
    finish_type(in, &spec->gen_ret, spec->def, "the generator's return value");
}

/* Gives slot (a generator's yield or return type) a value of type got. */
static void gen_accept(Infer *in, Node *site, Type *slot, Type *got, const char *what) {
    Type *g = type_resolve(got);
    if (g->kind == TY_NEVER || poisoned(in, slot)) return;
    if (type_accepts(in, slot, got)) return;
    diag_error(in->diag, &in->mod->src, site->span, "%s() %s %s here but %s elsewhere",
               in->spec->def->u.FunctionDef.name, what, tname(in, g), tname(in, slot));
}

/* `return value` inside a generator function. */
void infer_gen_return(Infer *in, Node *n) {
    Type *v = n->u.Return.value ? infer_expr(in, n->u.Return.value) : type_none(in->tt);
    gen_accept(in, n, in->spec->gen_ret, v, "returns");
}

/* The FuncSpec of the generator function a call expression calls, or NULL. */
static FuncSpec *called_generator(Infer *in, Node *e) {
    if (!e || e->kind != NODE_Call) return NULL;
    FuncSpec *s = ptrmap_get(&in->spec->callees, e);
    return s && s->is_gen ? s : NULL;
}

Type *infer_yield(Infer *in, Node *n) {
    if (!in->spec->is_gen) return unsupported(in, n, "yield here");
    if (n->kind == NODE_Yield) {
        Type *v = n->u.Yield.value ? infer_expr(in, n->u.Yield.value) : type_none(in->tt);
        gen_accept(in, n, in->spec->gen_yield, v, "yields");
        return type_none(in->tt);
    }
    Node *src = n->u.Yield.value;
    Type *t = infer_expr(in, src);
    if (poisoned(in, t)) return type_never(in->tt);
    Type *e = iter_elem(in, t);
    if (!e) {
        diag_error(in->diag, &in->mod->src, src->span, "yield from needs an iterable, not %s", tname(in, t));
        return type_never(in->tt);
    }
    gen_accept(in, n, in->spec->gen_yield, e, "yields");
    FuncSpec *g = called_generator(in, src);
    return g ? g->gen_ret : type_none(in->tt);
}

/* iter(x) and next(it[, default]); at: the arguments' types. */
Type *infer_iter_next(Infer *in, Node *call, const Builtin *b, Type **at, int nargs) {
    if (call->u.Call.keywords.len) return unsupported(in, call, arena_printf(in->arena, "%s() with keywords", b->name));
    if (b->id == B_ITER) {
        if (nargs != 1) return unsupported(in, call, "iter() with other than one argument");
        Type *e = iter_elem(in, at[0]);
        if (!e) {
            diag_error(in->diag, &in->mod->src, call->span, "'%s' object is not iterable", tname(in, at[0]));
            return type_never(in->tt);
        }
        return type_iter(in->tt, e);
    }
    if (nargs < 1 || nargs > 2) {
        diag_error(in->diag, &in->mod->src, call->span, "next expected 1 or 2 arguments, got %s%s",
                   arena_printf(in->arena, "%d", nargs), "");
        return type_never(in->tt);
    }
    Type *t = type_resolve(at[0]);
    if (t->kind != TY_ITER) {
        diag_error(in->diag, &in->mod->src, call->span, "'%s' object is not an iterator (use iter() first)",
                   tname(in, t));
        return type_never(in->tt);
    }
    Type *e = t->args[0];
    if (nargs == 1) return e;
    Type *d = type_resolve(at[1]);
    if (d->kind == TY_NONE) return type_optional(in->tt, e);
    if (type_resolve(e)->kind == TY_FLOAT && d->kind == TY_INT) return e;
    if (type_unify(in->tt, e, d)) return e;
    diag_error(in->diag, &in->mod->src, ((Node *)call->u.Call.args.items[1])->span,
               "next() default of type %s for an iterator of %s", tname(in, d), tname(in, e));
    return type_never(in->tt);
}

/* `name = generator_function(...)`: remembers the generator's return type
 * for `stop.value` (see the essay). */
void infer_gen_note_assign(Infer *in, Node *assign) {
    if (assign->kind != NODE_Assign || assign->u.Assign.targets.len != 1) return;
    Node *target = assign->u.Assign.targets.items[0];
    FuncSpec *g = called_generator(in, assign->u.Assign.value);
    if (!g || target->kind != NODE_Name) return;
    Symbol *sym = sema_symbol_of(in->mod, target);
    if (!sym) return;
    lazy_map(in, &in->gen_rets);
    ptrmap_put(&in->gen_rets, sym, g->gen_ret);
}

typedef struct StopScan {
    Infer *in;
    Type *value; /* the return type found, or NULL */
    bool mixed;
} StopScan;

static void scan_next_calls(Node *n, void *ctx) {
    StopScan *s = ctx;
    ast_visit_children(n, scan_next_calls, ctx);
    if (n->kind != NODE_Call || n->u.Call.func->kind != NODE_Name || n->u.Call.args.len < 1) return;
    if (strcmp(n->u.Call.func->u.Name.id, "next") != 0) return;
    Node *arg = n->u.Call.args.items[0];
    Symbol *sym = arg->kind == NODE_Name ? sema_symbol_of(s->in->mod, arg) : NULL;
    Type *r = sym && s->in->gen_rets.arena ? ptrmap_get(&s->in->gen_rets, sym) : NULL;
    if (!r) return;
    if (!s->value)
        s->value = r;
    else if (!type_unify(s->in->tt, s->value, r))
        s->mixed = true;
}

/* `except StopIteration as name:` of try statement n. */
void infer_gen_stop_handler(Infer *in, Node *try_stmt, Node *handler, Symbol *sym) {
    Node *type = handler->u.ExceptHandler.type;
    if (!sym || !type || type->kind != NODE_Name || strcmp(type->u.Name.id, "StopIteration") != 0) return;
    StopScan s = {in, NULL, false};
    NodeList body = try_stmt->u.Try.body;
    for (int i = 0; i < body.len; i++) scan_next_calls(body.items[i], &s);
    if (!s.value || s.mixed) return;
    lazy_map(in, &in->stop_values);
    ptrmap_put(&in->stop_values, sym, s.value);
}

/* `e.value` of a caught exception: StopIteration's value, or NULL. */
Type *infer_stop_value(Infer *in, Node *attr) {
    Node *base = attr->u.Attribute.value;
    if (strcmp(attr->u.Attribute.attr, "value") != 0 || base->kind != NODE_Name || !in->stop_values.arena) return NULL;
    Symbol *sym = sema_symbol_of(in->mod, base);
    Type *r = sym ? ptrmap_get(&in->stop_values, sym) : NULL;
    if (!r) return NULL;
    Type *rr = type_resolve(r);
    if (rr->kind != TY_INT && rr->kind != TY_BOOL && rr->kind != TY_FLOAT && rr->kind != TY_STR && rr->kind != TY_NONE)
        return unsupported(in, attr, arena_printf(in->arena, "StopIteration.value of type %s", tname(in, rr)));
    return r;
}
