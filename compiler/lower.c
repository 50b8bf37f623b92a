/* lower.c — the typed AST to IR.
 *
 * Input: the Checked program (every expression typed, one FuncSpec per
 * specialisation).  Output: an IrProgram with one IrFunc per FuncSpec, one
 * IrGlobal per module variable, one init function per module.
 *
 * Values.  Lowering an expression yields a Val: the temporary holding it and
 * whether that temporary owns a reference (a fresh str from a runtime call)
 * or borrows one (a constant, a variable's current value).  Owned
 * temporaries are released as soon as the statement that made them has used
 * them; variables own their values.  This is the naive discipline the later
 * lifetime pass improves on: every count operation is explicit IR.
 *
 * Exceptions.  Every instruction that can raise gets its block's handler as
 * its exception edge.  Outside try blocks the handler is a per-line unwind
 * block: it records the traceback line and jumps to the function's cleanup,
 * which releases every reference the function holds and returns with the
 * exception pending.  Temporaries are cleared after release, so the cleanup
 * may release everything unconditionally (NULL is skipped).
 *
 * Control flow.  Structured statements become blocks: `while`/`for` with
 * else clauses, break and continue jump to the loop's exit and latch, `and`
 * /`or` and chained comparisons evaluate lazily into a result temporary.
 * The loops themselves are in lower_loops.c.
 */
#include "lower_internal.h"

/* ---- helpers ------------------------------------------------------------------------ */
Type *ty_of(Lower *L, const Node *n) {
    return check_type_of(L->spec, n);
}

/* Does a value of type t hold counted references (itself, or a tuple's fields)? */
bool is_ref(Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_TUPLE) {
        for (int i = 0; i < t->nargs; i++)
            if (is_ref(t->args[i])) return true;
        return false;
    }
    return type_is_reference(t);
}

IrTemp *temp(Lower *L, Type *t) {
    return ir_temp_new(L->fn, L->ir, t, NULL);
}

/* t may hold an owned reference: the return and unwind paths release it. */
void owning(Lower *L, IrTemp *t) {
    if (is_ref(t->type)) ptrvec_push(L->arena, &L->owning, t);
}

IrBlock *block(Lower *L) {
    return ir_block_new(L->fn, L->ir);
}

/* The handler for instructions raising at the current line: it records the
 * line in the traceback, then goes where the innermost try sends exceptions
 * (or to the function's cleanup). */
IrBlock *unwind_block(Lower *L) {
    IrBlock *target = L->raw_handler ? L->raw_handler : L->cleanup;
    uintptr_t key = ((uintptr_t)L->line << 12) ^ (uintptr_t)target->id;
    IrBlock *b = ptrmap_get(&L->unwind_by_line, (void *)(key + 1));
    if (!b || b->term.target != target) {
        b = block(L);
        IrInstr *tb = ir_emit(L->ir, b, IR_TRACEBACK, NULL, 0, NULL);
        tb->imm.i = L->line;
        ir_jump(b, target);
        ptrmap_put(&L->unwind_by_line, (void *)(key + 1), b);
    }
    return b;
}

IrInstr *emit(Lower *L, IrOp op, IrTemp *dst, int nargs, IrTemp **args) {
    IrInstr *in = ir_emit(L->ir, L->cur, op, dst, nargs, args);
    in->line = L->line;
    return in;
}

/* The handler for an instruction raising now: the traceback line block, or
 * when the statement holds owned temporaries, a block releasing them first
 * (an exception caught in this function must not strand them). */
IrBlock *raise_target(Lower *L) {
    IrBlock *unwind = unwind_block(L);
    if (L->pending.len == 0) return unwind;
    IrBlock *b = block(L);
    for (int i = 0; i < L->pending.len; i++) {
        IrTemp *t = L->pending.items[i];
        IrInstr *d = ir_emit(L->ir, b, IR_DECREF, NULL, 1, &t);
        d->line = L->line;
        ir_emit(L->ir, b, IR_CLEAR, t, 0, NULL);
    }
    ir_jump(b, unwind);
    return b;
}

/* Marks in as able to raise: its edge goes to the current handler. */
void may_raise(Lower *L, IrInstr *in) {
    in->flags |= IR_MAY_RAISE;
    L->fn->may_raise = true;
    if (!L->cur->handler && L->pending.len == 0) {
        L->cur->handler = unwind_block(L);
        return;
    }
    if (L->cur->handler && L->cur->handler == unwind_block(L) && L->pending.len == 0) return;
    /* a different handler: the instruction starts a block of its own */
    IrBlock *next = block(L);
    L->cur->instrs.len--;
    ir_jump(L->cur, next);
    L->cur = next;
    ptrvec_push(L->arena, &next->instrs, in);
    next->handler = raise_target(L);
    /* what follows gets a fresh block too (its handler may differ) */
    IrBlock *after = block(L);
    ir_jump(L->cur, after);
    L->cur = after;
}

void set_block(Lower *L, IrBlock *b) {
    L->cur = b;
}

void jump(Lower *L, IrBlock *target) {
    if (L->cur->term.kind == TERM_NONE) ir_jump(L->cur, target);
}

RtFunc *rt(Lower *L, const char *c_name, Type *ret, bool raises, bool owned, int n, ...) {
    for (int i = 0; i < L->rtfuncs.len; i++) {
        RtFunc *f = L->rtfuncs.items[i];
        if (strcmp(f->c_name, c_name) == 0 && f->ret == ret) return f;
    }
    RtFunc *f = arena_alloc(L->arena, sizeof *f);
    f->c_name = c_name;
    f->ret = ret;
    f->may_raise = raises;
    f->returns_owned = owned;
    f->nparams = n;
    ptrvec_push(L->arena, &L->rtfuncs, f);
    return f;
}

/* Longest expression text an allocation site quotes ("Reading(...)"). */
#define SITE_TEXT_MAX 28

/* The expression being lowered, as the budget report quotes it: the source
 * text on one line, a call's arguments elided. */
static const char *site_text(Lower *L, const Node *n) {
    const Source *src = &L->mod->src;
    size_t len = 0;
    const char *line = source_line(src, n->span.begin.line, &len);
    if (!line) return "?";
    size_t b = n->span.begin.col, e = n->span.end.line == n->span.begin.line ? n->span.end.col : len;
    if (e > len) e = len;
    if (b >= e) return "?";
    const char *open = n->kind == NODE_Call ? memchr(line + b, '(', e - b) : NULL;
    if (open && (size_t)(open - (line + b)) + 6 <= SITE_TEXT_MAX && e - b > 2 + (size_t)(open - (line + b)))
        return arena_printf(L->arena, "%.*s(...)", (int)(open - (line + b)), line + b);
    if (e - b > SITE_TEXT_MAX) {
        size_t keep = SITE_TEXT_MAX - 3;
        while (keep > 0 && ((unsigned char)line[b + keep] & 0xC0) == 0x80) keep--; /* not inside a UTF-8 sequence */
        return arena_printf(L->arena, "%.*s...", (int)keep, line + b);
    }
    return arena_printf(L->arena, "%.*s", (int)(e - b), line + b);
}

/* A new allocation site for instruction in at the expression being lowered. */
void alloc_site(Lower *L, IrInstr *in) {
    AllocSite *s = arena_alloc(L->arena, sizeof *s);
    memset(s, 0, sizeof *s);
    s->func = L->fn;
    s->file = L->mod->path;
    s->storage = STORAGE_HEAP;
    s->slot = -1;
    if (L->expr) {
        s->span = L->expr->span;
        s->text = site_text(L, L->expr);
    } else {
        s->span.begin.line = s->span.end.line = L->line;
        s->text = "?";
    }
    in->site = s;
    ptrvec_push(L->arena, &L->ir->sites, s);
}

/* dst = c_name(args...) */
Val call_rt(Lower *L, const char *c_name, Type *ret, bool raises, bool owned, int nargs, IrTemp **args) {
    RtFunc *f = rt(L, c_name, ret, raises, owned, nargs);
    IrTemp *dst = ret && type_resolve(ret)->kind != TY_NONE ? temp(L, ret) : NULL;
    IrInstr *in = emit(L, IR_CALL_RT, dst, nargs, args);
    in->rt = f;
    if (owned) in->flags |= IR_OWNED;
    if (raises) may_raise(L, in);
    Val v = {dst, owned && dst && is_ref(ret)};
    if (v.owned) alloc_site(L, in);
    if (v.owned) {
        ptrvec_push(L->arena, &L->pending, dst);
        owning(L, dst);
    }
    return v;
}

void call_rt_void(Lower *L, const char *c_name, bool raises, int nargs, IrTemp **args) {
    call_rt(L, c_name, type_none(L->tt), raises, false, nargs, args);
}

IrTemp *const_int(Lower *L, int64_t v) {
    IrTemp *t = temp(L, type_int(L->tt));
    IrInstr *in = emit(L, IR_CONST, t, 0, NULL);
    in->imm.i = v;
    return t;
}

IrTemp *const_float(Lower *L, double v) {
    IrTemp *t = temp(L, type_float(L->tt));
    IrInstr *in = emit(L, IR_CONST, t, 0, NULL);
    in->imm.f = v;
    return t;
}

IrTemp *const_bool(Lower *L, bool v) {
    IrTemp *t = temp(L, type_bool(L->tt));
    IrInstr *in = emit(L, IR_CONST, t, 0, NULL);
    in->imm.b = v;
    return t;
}

IrTemp *const_str(Lower *L, const char *s, size_t len) {
    IrTemp *t = temp(L, type_str(L->tt));
    IrInstr *in = emit(L, IR_CONST_STR, t, 0, NULL);
    in->imm.i = ir_str_const(L->ir, s, (uint32_t)len)->id;
    return t;
}

IrTemp *const_cstr(Lower *L, const char *s) {
    return const_str(L, s, strlen(s));
}

/* Releases the statement's owned temporaries. */
void release_pending(Lower *L) {
    for (int i = L->pending_floor; i < L->pending.len; i++) {
        IrTemp *t = L->pending.items[i];
        emit(L, IR_DECREF, NULL, 1, &t);
        emit(L, IR_CLEAR, t, 0, NULL);
    }
    L->pending.len = L->pending_floor;
}

/* Is t an owned temporary of the statement being lowered? */
bool is_pending(Lower *L, IrTemp *t) {
    for (int i = L->pending_floor; i < L->pending.len; i++)
        if (L->pending.items[i] == t) return true;
    return false;
}

/* Takes ownership of v (for storing): an owned value moves out of its
 * temporary (which is cleared, so no path releases it twice); a borrowed one
 * gets an incref. */
IrTemp *take(Lower *L, Val v) {
    if (!is_ref(v.t->type)) return v.t;
    if (v.owned) {
        for (int i = 0; i < L->pending.len; i++) {
            if (L->pending.items[i] == v.t) {
                for (int k = i + 1; k < L->pending.len; k++) L->pending.items[k - 1] = L->pending.items[k];
                L->pending.len--;
                if (i < L->pending_floor) L->pending_floor--;
                break;
            }
        }
        IrTemp *moved = temp(L, v.t->type);
        emit(L, IR_MOVE, moved, 1, &v.t);
        emit(L, IR_CLEAR, v.t, 0, NULL);
        return moved;
    }
    emit(L, IR_INCREF, NULL, 1, &v.t);
    return v.t;
}

IrTemp *convert(Lower *L, IrTemp *t, Type *to) {
    if (type_resolve(t->type) == type_resolve(to)) return t;
    IrTemp *d = temp(L, to);
    emit(L, IR_CONVERT, d, 1, &t);
    return d;
}

/* Which instantiation of the list operations serves this list type. */
const char *list_kind(Type *list) {
    switch (type_resolve(type_resolve(list)->args[0])->kind) {
    case TY_INT: return "int";
    case TY_FLOAT: return "float";
    case TY_BOOL: return "bool";
    case TY_LIST: return "list";
    case TY_BYTES: return "bytes";
    case TY_CLASS: case TY_CALLABLE: case TY_ITER: case TY_WEAKREF: return "obj";
    case TY_OPTIONAL: return "optobj"; /* Optional instances (list_elem_ok allows no other) */
    case TY_TUPLE: case TY_DICT: case TY_SET: case TY_FROZENSET: case TY_BYTEARRAY:
        return "@"; /* generated beside the element's support; the emitter names it */
    default: return "str";
    }
}

const char *list_fn(Lower *L, const char *op, Type *list) {
    return arena_printf(L->arena, "krt_list_%s_%s", op, list_kind(list));
}

/* A NULL reference of type t (absent optional argument). */
IrTemp *null_ref(Lower *L, Type *t) {
    IrTemp *n = temp(L, t);
    emit(L, IR_CLEAR, n, 0, NULL);
    return n;
}

/* An element value converted to the list's element type (int -> float). */
IrTemp *as_elem(Lower *L, IrTemp *v, Type *list) {
    IrTemp *named = namedtuple_recast(L, v, type_resolve(list)->args[0]); /* (1, 2) as a Point */
    return named ? named : convert(L, v, type_resolve(list)->args[0]);
}

/* v as a value of type to: int -> float, and T or None -> Optional[T]. */
IrTemp *coerce(Lower *L, IrTemp *v, Type *to) {
    Type *t = type_resolve(to);
    if (t->kind == TY_FLOAT) return convert(L, v, to);
    IrTemp *up = class_upcast(L, v, to);
    if (up) return up;
    if ((up = namedtuple_recast(L, v, to))) return up; /* (3, 4) as a Point */
    if (t->kind != TY_OPTIONAL || type_resolve(v->type)->kind == TY_OPTIONAL) return v;
    IrTemp *o = temp(L, to);
    if (type_resolve(v->type)->kind == TY_NONE)
        emit(L, IR_OPT_NONE, o, 0, NULL);
    else
        emit(L, IR_OPT_WRAP, o, 1, &v);
    return o;
}

/* ---- counted loops ------------------------------------------------------------------ */

/* for (i = from; i < count; i++): emits the test and leaves the current
 * block in the body; counted_loop_end adds one and loops.  Code may jump to
 * lp.exit to leave early. */
CountedLoop counted_loop_begin(Lower *L, IrTemp *from, IrTemp *count) {
    CountedLoop lp;
    lp.i = temp(L, type_int(L->tt));
    lp.count = count;
    emit(L, IR_MOVE, lp.i, 1, &from);
    lp.head = block(L);
    lp.exit = block(L);
    IrBlock *body = block(L);
    jump(L, lp.head);
    set_block(L, lp.head);
    IrTemp *more = temp(L, type_bool(L->tt));
    emit(L, IR_COMPARE, more, 2, (IrTemp *[]){lp.i, count})->imm.cmp = CMP_LT;
    ir_branch(L->cur, more, body, lp.exit);
    set_block(L, body);
    return lp;
}

void add_unchecked(Lower *L, IrTemp *dst, IrTemp *a, IrTemp *b) {
    IrInstr *add = emit(L, IR_BINOP, dst, 2, (IrTemp *[]){a, b});
    add->imm.binop = BIN_ADD;
    add->flags |= IR_NO_CHECK;
}

IrTemp *tuple_field_value(Lower *L, Val ex, Type *ft) {
    IrTemp *c = coerce(L, ex.t, ft);
    Val v = {c, ex.owned && c == ex.t}; /* a re-tagged value borrows from the original */
    return take(L, v);
}

Val tuple_make(Lower *L, Type *t, int n, IrTemp **fields) {
    Val v = {temp(L, t), is_ref(t)};
    emit(L, IR_TUPLE_MAKE, v.t, n, fields);
    if (v.owned) {
        ptrvec_push(L->arena, &L->pending, v.t);
        owning(L, v.t);
    }
    return v;
}

void counted_loop_end(Lower *L, CountedLoop *lp) {
    add_unchecked(L, lp->i, lp->i, const_int(L, 1)); /* i < count <= INT_MAX */
    jump(L, lp->head);
    set_block(L, lp->exit);
}

/* ---- variables ---------------------------------------------------------------------- */

bool sym_is_global(const Symbol *s) {
    /* module variables, and class attributes (one per class) */
    return s->scope && (s->scope->kind == SCOPE_MODULE || s->scope->kind == SCOPE_CLASS);
}

IrGlobal *global_of(Lower *L, Symbol *sym) {
    IrGlobal *g = ptrmap_get(&L->globals, sym);
    if (!g) {
        Type *t = check_symbol_type(L->c, L->spec, sym);
        const char *c_name = sym->scope->kind == SCOPE_CLASS
                                 ? arena_printf(L->arena, "%s__%s__%s", sym->scope->module->c_prefix, sym->scope->name,
                                                sym->name)
                                 : arena_printf(L->arena, "%s__%s", sym->scope->module->c_prefix, sym->name);
        g = ir_global_new(L->ir, ptrmap_get(&L->irmods, sym->scope->module), sym->name, c_name, t);
        ptrmap_put(&L->globals, sym, g);
    }
    return g;
}

/* The hidden global holding a default value evaluated at its def statement. */
IrGlobal *default_global(Lower *L, Module *mod, Node *dflt) {
    IrGlobal *g = ptrmap_get(&L->default_globals, dflt);
    if (!g) {
        Type *t = ptrmap_get(&L->c->default_types, dflt);
        int id = (int)L->default_globals.count;
        const char *c_name = arena_printf(L->arena, "%s__default%d", mod->c_prefix, id);
        g = ir_global_new(L->ir, ptrmap_get(&L->irmods, mod), c_name, c_name, t);
        ptrmap_put(&L->default_globals, dflt, g);
    }
    return g;
}

/* A default value as a call uses it (borrowed from its global). */
IrTemp *read_default(Lower *L, Module *mod, Node *dflt) {
    IrGlobal *g = default_global(L, mod, dflt);
    IrTemp *t = temp(L, g->type);
    emit(L, IR_GLOBAL_LOAD, t, 0, NULL)->imm.i = g->id;
    return t;
}

IrTemp *local_of(Lower *L, Symbol *sym) {
    IrTemp *t = ptrmap_get(&L->locals, sym);
    if (!t) {
        t = ir_temp_new(L->fn, L->ir, check_symbol_type(L->c, L->spec, sym), sym->name);
        ptrmap_put(&L->locals, sym, t);
        owning(L, t);
    }
    return t;
}

/* The current value of a variable (borrowed). */
Val read_var(Lower *L, Symbol *sym) {
    Val v = {NULL, false};
    if (closure_read_var(L, sym, &v)) return v; /* a captured variable, or one in a cell */
    if (sym_is_global(sym)) {
        IrGlobal *g = global_of(L, sym);
        v.t = temp(L, g->type);
        IrInstr *in = emit(L, IR_GLOBAL_LOAD, v.t, 0, NULL);
        in->imm.i = g->id;
    } else {
        v.t = local_of(L, sym);
    }
    return v;
}

/* Stores v into a variable, which owns its value. */
void write_var(Lower *L, Symbol *sym, Val v) {
    if (closure_write_var(L, sym, v)) return;
    Type *vt = check_symbol_type(L->c, L->spec, sym);
    IrTemp *value = coerce(L, v.t, vt); /* a wrapped borrowed reference is still borrowed */
    Val stored = {value, v.owned && value == v.t};
    IrTemp *owned = take(L, stored);
    if (sym_is_global(sym)) {
        IrGlobal *g = global_of(L, sym);
        if (is_ref(g->type)) {
            IrTemp *old = temp(L, g->type);
            IrInstr *ld = emit(L, IR_GLOBAL_LOAD, old, 0, NULL);
            ld->imm.i = g->id;
            IrInstr *st = emit(L, IR_GLOBAL_STORE, NULL, 1, &owned);
            st->imm.i = g->id;
            emit(L, IR_DECREF, NULL, 1, &old);
        } else {
            IrInstr *st = emit(L, IR_GLOBAL_STORE, NULL, 1, &owned);
            st->imm.i = g->id;
        }
        return;
    }
    IrTemp *local = local_of(L, sym);
    if (is_ref(local->type)) {
        IrTemp *old = temp(L, local->type);
        emit(L, IR_MOVE, old, 1, &local);
        emit(L, IR_MOVE, local, 1, &owned);
        emit(L, IR_DECREF, NULL, 1, &old);
    } else {
        emit(L, IR_MOVE, local, 1, &owned);
    }
}

/* ---- expressions ---------------------------------------------------------------------- */


IrTemp *lower_value(Lower *L, Node *n) {
    return lower_expr(L, n).t;
}

/* bool value of v, as Python's truth test. */
IrTemp *truth(Lower *L, IrTemp *v) {
    Type *t = type_resolve(v->type);
    IrTemp *args[2];
    IrTemp *b = temp(L, type_bool(L->tt));
    switch (t->kind) {
    case TY_BOOL:
        return v;
    case TY_INT:
    case TY_FLOAT: {
        args[0] = v;
        args[1] = t->kind == TY_INT ? const_int(L, 0) : const_float(L, 0.0);
        IrInstr *in = emit(L, IR_COMPARE, b, 2, args);
        in->imm.cmp = CMP_NE;
        return b;
    }
    case TY_STR: {
        IrTemp *len = call_rt(L, "krt_str_len", type_int(L->tt), false, false, 1, &v).t;
        return truth(L, len);
    }
    case TY_LIST: {
        IrTemp *len = call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, &v).t;
        return truth(L, len);
    }
    case TY_DICT: {
        IrTemp *len = call_rt(L, "krt_dict_len", type_int(L->tt), false, false, 1, &v).t;
        return truth(L, len);
    }
    case TY_SET:
    case TY_FROZENSET: {
        IrTemp *len = call_rt(L, "krt_set_len", type_int(L->tt), false, false, 1, &v).t;
        return truth(L, len);
    }
    case TY_BYTES:
    case TY_BYTEARRAY: {
        IrTemp *len = call_rt(L, t->kind == TY_BYTES ? "krt_bytes_len" : "krt_bytearray_len", type_int(L->tt), false,
                              false, 1, &v).t;
        return truth(L, len);
    }
    case TY_NONE:
        return const_bool(L, false);
    case TY_TUPLE:
        return const_bool(L, t->nargs > 0); /* () is false, any other tuple true */
    case TY_CLASS: {
        ClassData *cd = class_data_of_type(t);
        if (!cd || !cd->truth_spec) return const_bool(L, true);
        IrTemp *r = call_spec(L, cd->truth_spec, 1, &v); /* __bool__, or __len__ != 0 */
        return type_resolve(r->type)->kind == TY_BOOL ? r : truth(L, r);
    }
    case TY_OPTIONAL: {
        IrTemp *isnone = temp(L, type_bool(L->tt));
        emit(L, IR_OPT_IS_NONE, isnone, 1, &v);
        IrInstr *in = emit(L, IR_UNOP, b, 1, &isnone);
        in->imm.unop = UN_NOT;
        Type *inner = type_resolve(t->args[0]);
        if (inner->kind == TY_CLASS || inner->kind == TY_TUPLE) return b; /* always true when present */
        /* not None, and the value inside is true (0, "" and [] are false) */
        IrBlock *some = block(L), *done = block(L);
        ir_branch(L->cur, b, some, done);
        set_block(L, some);
        IrTemp *x = temp(L, inner);
        emit(L, IR_OPT_UNWRAP, x, 1, &v);
        IrTemp *xt = truth(L, x);
        emit(L, IR_MOVE, b, 1, &xt);
        jump(L, done);
        set_block(L, done);
        return b;
    }
    default:
        return const_bool(L, true);
    }
}

static void lower_try(Lower *L, Node *n);

static bool terminated(Lower *L) {
    return L->cur->term.kind != TERM_NONE;
}

/* Continues in a fresh (unreachable) block after a jump, so code after
 * break/return still has somewhere to go. */
static void after_jump(Lower *L) {
    set_block(L, block(L));
    L->cur->term.kind = TERM_NONE;
}

/* The class attribute `Class.attr` names as a target, or NULL. */
static Symbol *class_attribute_target(Lower *L, Node *target) {
    if (target->kind != NODE_Attribute || target->u.Attribute.value->kind != NODE_Name) return NULL;
    Symbol *bs = sema_symbol_of(L->mod, target->u.Attribute.value);
    while (bs && bs->kind == SYM_IMPORTED && bs->target) bs = bs->target;
    ClassData *cd = bs && bs->kind == SYM_CLASS && bs->decl ? check_class_of_def(L->c, bs->decl) : NULL;
    Symbol *a = cd ? ptrmap_get(&cd->scope->by_name, sema_intern(L->c->prog, target->u.Attribute.attr)) : NULL;
    return a && a->kind == SYM_VAR ? a : NULL;
}

void assign_to(Lower *L, Node *target, Val v) {
    if (target->kind == NODE_Tuple || target->kind == NODE_List) {
        NodeList elts = target->kind == NODE_Tuple ? target->u.Tuple.elts : target->u.List.elts;
        Type *vt = type_resolve(v.t->type);
        if (vt->kind == TY_LIST) {
            IrTemp *len = call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, &v.t).t;
            IrTemp *cargs[2] = {len, const_int(L, elts.len)};
            call_rt_void(L, "krt_check_unpack", true, 2, cargs);
            for (int i = 0; i < elts.len; i++) {
                IrTemp *gargs[2] = {v.t, const_int(L, i)};
                Val f = call_rt(L, list_fn(L, "get", vt), vt->args[0], true, false, 2, gargs);
                assign_to(L, elts.items[i], f);
            }
            return;
        }
        for (int i = 0; i < elts.len; i++) {
            Val f = {tuple_field(L, v.t, i), false};
            assign_to(L, elts.items[i], f);
        }
        return;
    }
    if (target->kind == NODE_Attribute && ptrmap_get(&L->spec->dunders, target)) { /* @x.setter */
        IrTemp *obj = lower_value(L, target->u.Attribute.value);
        call_spec(L, ptrmap_get(&L->spec->dunders, target), 2, (IrTemp *[]){obj, v.t});
        return;
    }
    Symbol *class_var = class_attribute_target(L, target);
    if (class_var) { /* Class.attr = v */
        write_var(L, class_var, v);
        return;
    }
    if (target->kind == NODE_Attribute) {
        IrTemp *obj = lower_value(L, target->u.Attribute.value);
        ClassData *cd = class_data_of_type(obj->type);
        FieldInfo *f = check_field(cd, sema_intern(L->c->prog, target->u.Attribute.attr));
        obj = instance_of(L, obj, target->u.Attribute.attr); /* AttributeError when None */
        field_set(L, obj, f->name, f->type, coerce(L, take(L, v), f->type));
        return;
    }
    if (target->kind == NODE_Subscript && target->u.Subscript.slice->kind == NODE_Slice) {
        lower_slice_store(L, target, v.t);
        return;
    }
    if (target->kind == NODE_Subscript && ptrmap_get(&L->spec->dunders, target)) { /* __setitem__ */
        IrTemp *obj = lower_value(L, target->u.Subscript.value);
        IrTemp *k = lower_value(L, target->u.Subscript.slice);
        call_spec(L, ptrmap_get(&L->spec->dunders, target), 3, (IrTemp *[]){obj, k, v.t});
        return;
    }
    if (target->kind == NODE_Subscript && type_resolve(ty_of(L, target->u.Subscript.value))->kind == TY_BYTEARRAY) {
        IrTemp *a[3] = {lower_value(L, target->u.Subscript.value), NULL, convert(L, v.t, type_int(L->tt))};
        a[1] = convert(L, lower_value(L, target->u.Subscript.slice), type_int(L->tt));
        call_rt(L, "krt_bytearray_setitem", type_bool(L->tt), true, false, 3, a);
        return;
    }
    if (target->kind == NODE_Subscript && type_resolve(ty_of(L, target->u.Subscript.value))->kind == TY_DICT) {
        IrTemp *d = lower_value(L, target->u.Subscript.value);
        Type *dt = type_resolve(d->type);
        IrTemp *a[3] = {d, coerce(L, lower_value(L, target->u.Subscript.slice), dt->args[0]), coerce(L, v.t, dt->args[1])};
        call_rt_void(L, "krt_dict_$_set", true, 3, a); /* the dict takes its own references */
        return;
    }
    if (target->kind == NODE_Subscript) {
        IrTemp *a[3] = {lower_value(L, target->u.Subscript.value), NULL, NULL};
        a[1] = convert(L, lower_value(L, target->u.Subscript.slice), type_int(L->tt));
        a[2] = as_elem(L, v.t, a[0]->type);
        call_rt_void(L, list_fn(L, "set", a[0]->type), true, 3, a); /* the list takes its own reference */
        return;
    }
    Symbol *sym = sema_symbol_of(L->mod, target);
    write_var(L, sym, v);
}

static void run_finallies(Lower *L, int down_to) {
    for (int i = L->nfins - 1; i >= down_to && !terminated(L); i--) {
        Finally f = L->fins[i];
        if (f.with_mgr) {
            with_exit_clean(L, &f);
            continue;
        }
        if (f.handled) {
            call_rt_void(L, "krt_exc_end_handling", false, 1, &f.previous);
            emit(L, IR_DECREF, NULL, 1, &f.handled);
            emit(L, IR_CLEAR, f.handled, 0, NULL);
            continue;
        }
        int saved_n = L->nfins;
        IrBlock *saved_raw = L->raw_handler;
        L->nfins = i;
        L->raw_handler = f.raw_handler;
        lower_block(L, f.body);
        L->nfins = saved_n;
        L->raw_handler = saved_raw;
    }
}

static void lower_return(Lower *L, Node *n) {
    IrTemp *value = NULL;
    if (n->u.Return.value) {
        Val v = lower_expr(L, n->u.Return.value);
        Type *ret = L->spec->is_gen ? L->spec->gen_ret : L->spec->ret;
        IrTemp *t = coerce(L, v.t, ret);
        Val tv = {t, v.owned && t == v.t};
        value = take(L, tv);
        if (type_resolve(ret)->kind != TY_NONE) {
            IrTemp *rv = temp(L, ret);
            owning(L, rv); /* released if a finally clause returns instead */
            emit(L, IR_MOVE, rv, 1, &value);
            value = rv;
        } else {
            value = NULL;
        }
    }
    release_pending(L);
    if (L->nfins) {
        run_finallies(L, 0);
        if (terminated(L)) return; /* a finally clause returned or raised instead */
    }
    /* what the function holds dies here; the result survives (it owns its reference) */
    for (int i = 0; i < L->owning.len; i++) {
        IrTemp *t = L->owning.items[i];
        if (t == value) continue;
        emit(L, IR_DECREF, NULL, 1, &t);
        emit(L, IR_CLEAR, t, 0, NULL);
    }
    ir_return(L->cur, value);
    after_jump(L);
}

/* The one type of built-in exception values (see infer.c). */
static Type *exception_type(Lower *L) {
    return type_class(L->tt, ptrmap_get(&L->c->builtin_classes, sema_intern(L->c->prog, "BaseException")));
}

/* The runtime type id of a built-in exception class. */
/* The runtime type id of the exception class a name stands for: built-in,
 * or one of the program's (KRT_T__FIRST_USER + its index). */
/* The ClassData of an instance type (or Optional of one), or NULL. */
ClassData *class_data_of_type(Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_OPTIONAL) t = type_resolve(t->args[0]);
    if (t->kind != TY_CLASS || !t->cls->c_name) return NULL;
    return t->cls->info;
}

/* The runtime type id of a plain class: after the exception classes. */
int class_id(Lower *L, ClassData *cd) {
    return KRT_T__FIRST_USER + L->c->exc_classes.len + cd->index;
}

/* Calls spec (a method of the program) on args; an owned result is pending. */
IrTemp *call_spec(Lower *L, FuncSpec *spec, int nargs, IrTemp **args) {
    for (int i = 0; i < nargs; i++) args[i] = coerce(L, args[i], spec->param_types[i]);
    Type *ret = spec->ret;
    IrTemp *dst = type_resolve(ret)->kind != TY_NONE ? temp(L, ret) : NULL;
    IrInstr *in = emit(L, IR_CALL, dst, nargs, args);
    Dispatch *d = L->c->dispatches.cap ? ptrmap_get(&L->c->dispatches, spec) : NULL;
    in->callee = d ? d->lowered : ptrmap_get(&L->funcs, spec); /* dunders: the override of the run-time class */
    may_raise(L, in);
    if (dst && spec->is_gen && !d) alloc_site(L, in); /* the generator's frame (escape.c places it) */
    if (dst && is_ref(ret)) {
        ptrvec_push(L->arena, &L->pending, dst);
        owning(L, dst);
    }
    return dst;
}

int class_type_id(Lower *L, Node *name) {
    if (struct_names_error(L->mod, name)) return KRT_T_STRUCT_ERROR; /* except struct.error */
    ClassData *cd = check_exception_data(L->c, L->mod, name); /* with fields */
    if (cd) return class_id(L, cd);
    Node *def = check_exception_class(L->c, L->mod, name);
    if (def) return KRT_T__FIRST_USER + check_exception_class_index(L->c, def);
    return exc_type_id(name->u.Name.id);
}

int exc_type_id(const char *name) {
#define X(pyname, suffix) if (strcmp(name, pyname) == 0) return KRT_T_##suffix;
    BUILTIN_EXCEPTION_LIST(X)
#undef X
    return KRT_T_BASE_EXCEPTION;
}

/* After an instruction that always raises: on to its handler. */
void jump_to_handler(Lower *L) {
    ir_jump(L->cur, L->cur->handler ? L->cur->handler : unwind_block(L));
    after_jump(L);
}

/* Does raising T(args) need its args' texts kept (several, or one that is
 * not a str, or a KeyError's), not just its message? */
static bool exc_args_kept(Lower *L, Node *e) {
    if (e->kind != NODE_Call || !e->u.Call.args.len) return false;
    Node *fn = e->u.Call.func;
    return e->u.Call.args.len > 1 || type_resolve(ty_of(L, e->u.Call.args.items[0]))->kind != TY_STR ||
           (fn->kind == NODE_Name && class_type_id(L, fn) == KRT_T_KEY_ERROR);
}

static void lower_raise(Lower *L, Node *n) {
    Node *e = n->u.Raise.exc;
    if (!e) { /* bare raise: the exception being handled, again */
        call_rt_void(L, "krt_reraise", true, 0, NULL);
        jump_to_handler(L);
        return;
    }
    if (n->u.Raise.cause) {
        lower_exc_raise_from(L, n);
        return;
    }
    Node *fn = e->kind == NODE_Call ? e->u.Call.func : e;
    Symbol *sym = sema_symbol_of(L->mod, fn);
    if ((sym->kind != SYM_BUILTIN && !check_exception_class(L->c, L->mod, fn)) || exc_args_kept(L, e)) {
        /* raise e, raise T(a, b) */
        IrTemp *v = lower_value(L, e);
        emit(L, IR_INCREF, NULL, 1, &v);
        call_rt_void(L, "krt_raise", true, 1, &v);
        jump_to_handler(L);
        return;
    }
    int type_id = class_type_id(L, fn);
    IrTemp *args[2] = {const_int(L, type_id), NULL};
    if (e->kind == NODE_Call && e->u.Call.args.len == 1) {
        args[1] = exc_message(L, type_id, lower_value(L, e->u.Call.args.items[0]));
    } else {
        args[1] = temp(L, type_str(L->tt));
        emit(L, IR_CLEAR, args[1], 0, NULL);
    }
    call_rt_void(L, "krt_raise_new", true, 2, args);
    /* whether T(msg) was raised or MemoryError took its place, the handler is next */
    jump_to_handler(L);
}

static void lower_assert(Lower *L, Node *n) {
    IrTemp *c = truth(L, lower_value(L, n->u.Assert.test));
    IrBlock *fail = block(L), *ok = block(L);
    ir_branch(L->cur, c, ok, fail);
    set_block(L, fail);
    IrTemp *args[2] = {const_int(L, KRT_T_ASSERTION_ERROR), NULL};
    if (n->u.Assert.msg) {
        args[1] = lower_value(L, n->u.Assert.msg);
    } else {
        args[1] = temp(L, type_str(L->tt));
        emit(L, IR_CLEAR, args[1], 0, NULL);
    }
    call_rt_void(L, "krt_raise_new", true, 2, args);
    ir_jump(L->cur, L->cur->handler ? L->cur->handler : unwind_block(L));
    set_block(L, ok);
}

/* try/except/else/finally.  Exceptions in the body go (after their
 * traceback line) to `dispatch`, which tests the except clauses in order;
 * no match continues to the finally clause's exception path or outward.
 * The finally body is lowered on every way out: normal completion, the
 * exception path (pending exception saved, restored after), and each
 * return/break/continue that leaves it (run_finallies). */
static void lower_try(Lower *L, Node *n) {
    NodeList handlers = n->u.Try.handlers;
    if (L->nfins + 2 > LOWER_MAX_FINALLY) {
        diag_error(L->diag, &L->mod->src, n->span, "too many statically nested blocks");
        return;
    }
    bool has_finally = n->u.Try.finalbody.len > 0;
    IrBlock *outer_raw = L->raw_handler;
    IrBlock *fin_exc = NULL;
    if (has_finally) {
        fin_exc = block(L);
        memset(&L->fins[L->nfins], 0, sizeof L->fins[0]);
        L->fins[L->nfins].body = n->u.Try.finalbody;
        L->fins[L->nfins].raw_handler = outer_raw;
        L->nfins++;
        L->raw_handler = fin_exc;
    }
    IrBlock *inner_raw = L->raw_handler; /* exceptions the except clauses do not catch */
    IrBlock *dispatch = handlers.len ? block(L) : NULL;
    IrBlock *done = block(L);
    if (dispatch) L->raw_handler = dispatch;
    lower_block(L, n->u.Try.body);
    L->raw_handler = inner_raw;
    if (!terminated(L)) lower_block(L, n->u.Try.orelse);
    jump(L, done);

    if (dispatch) {
        set_block(L, dispatch);
        for (int i = 0; i < handlers.len; i++) {
            Node *h = handlers.items[i];
            L->line = h->span.begin.line;
            IrBlock *body = block(L), *next = block(L);
            Node *type = h->u.ExceptHandler.type;
            if (!type) {
                ir_jump(L->cur, body);
            } else {
                NodeList names = type->kind == NODE_Tuple ? type->u.Tuple.elts : ast_list1(L->arena, type);
                for (int k = 0; k < names.len; k++) {
                    Node *t = names.items[k];
                    IrTemp *m = temp(L, type_bool(L->tt));
                    IrInstr *in = emit(L, IR_EXC_MATCH, m, 0, NULL);
                    in->imm.i = class_type_id(L, t);
                    IrBlock *try_next = k + 1 < names.len ? block(L) : next;
                    ir_branch(L->cur, m, body, try_next);
                    set_block(L, try_next);
                }
            }
            set_block(L, body);
            Type *exc_t = exception_type(L);
            IrTemp *e = temp(L, exc_t);
            owning(L, e);
            emit(L, IR_EXC_FETCH, e, 0, NULL);
            IrTemp *prev = call_rt(L, "krt_exc_begin_handling", exc_t, false, false, 1, &e).t;
            if (h->u.ExceptHandler.name) {
                Symbol *sym = ptrmap_get(&L->spec->scope->by_name, sema_intern(L->c->prog, h->u.ExceptHandler.name));
                IrTemp *copy = temp(L, exc_t);
                emit(L, IR_MOVE, copy, 1, &e);
                Val v = {copy, false}; /* borrowed: the variable takes its own reference */
                write_var(L, sym, v);
            }
            /* exceptions inside the clause end its handling first */
            IrBlock *hend = block(L);
            L->raw_handler = hend;
            memset(&L->fins[L->nfins], 0, sizeof L->fins[0]);
            L->fins[L->nfins].raw_handler = inner_raw;
            L->fins[L->nfins].handled = e;
            L->fins[L->nfins].previous = prev;
            L->nfins++;
            lower_block(L, h->u.ExceptHandler.body);
            L->nfins--;
            L->raw_handler = inner_raw;
            if (!terminated(L)) {
                call_rt_void(L, "krt_exc_end_handling", false, 1, &prev);
                emit(L, IR_DECREF, NULL, 1, &e);
                emit(L, IR_CLEAR, e, 0, NULL);
                jump(L, done);
            }
            set_block(L, hend);
            call_rt_void(L, "krt_exc_end_handling", false, 1, &prev);
            emit(L, IR_DECREF, NULL, 1, &e);
            emit(L, IR_CLEAR, e, 0, NULL);
            ir_jump(L->cur, inner_raw ? inner_raw : L->cleanup);
            set_block(L, next);
        }
        /* no clause matched: the exception goes on */
        ir_jump(L->cur, inner_raw ? inner_raw : L->cleanup);
    }

    set_block(L, done);
    if (has_finally) {
        L->nfins--;
        L->raw_handler = outer_raw;
        lower_block(L, n->u.Try.finalbody);
        IrBlock *after = block(L);
        jump(L, after);
        /* the exception path: save, run the clause, re-raise */
        set_block(L, fin_exc);
        Type *exc_t = exception_type(L);
        IrTemp *saved = temp(L, exc_t);
        owning(L, saved);
        emit(L, IR_EXC_FETCH, saved, 0, NULL);
        lower_block(L, n->u.Try.finalbody);
        if (!terminated(L)) {
            emit(L, IR_EXC_RESTORE, NULL, 1, &saved);
            emit(L, IR_CLEAR, saved, 0, NULL);
            ir_jump(L->cur, outer_raw ? outer_raw : L->cleanup);
        }
        set_block(L, after);
    }
    L->raw_handler = outer_raw;
}

static void lower_stmt(Lower *L, Node *n) {
    L->line = n->span.begin.line;
    if ((n->kind == NODE_For || n->kind == NODE_While) && L->nloops == LOWER_MAX_LOOPS) {
        diag_error(L->diag, &L->mod->src, n->span, "too many statically nested blocks");
        return;
    }
    switch (n->kind) {
    case NODE_Expr: {
        lower_expr(L, n->u.Expr.value);
        break;
    }
    case NODE_Assign: {
        if (closure_skip_assign(L, n)) break; /* name = lambda: called like a def */
        if (lower_namedtuple_skip(L, n)) break; /* Name = namedtuple(...) */
        Val v = lower_expr(L, n->u.Assign.value);
        int last = n->u.Assign.targets.len - 1;
        for (int i = 0; i <= last; i++) {
            /* a = b = value: every target but the last takes its own reference */
            Val each = {v.t, v.owned && i == last};
            assign_to(L, n->u.Assign.targets.items[i], each);
        }
        break;
    }
    case NODE_AnnAssign:
        if (n->u.AnnAssign.value) assign_to(L, n->u.AnnAssign.target, lower_expr(L, n->u.AnnAssign.value));
        break;
    case NODE_Delete:
        for (int i = 0; i < n->u.Delete.targets.len; i++) {
            Node *t = n->u.Delete.targets.items[i];
            if (t->u.Subscript.slice->kind == NODE_Slice) {
                lower_slice_delete(L, t);
                release_pending(L);
                continue;
            }
            IrTemp *a[2] = {lower_value(L, t->u.Subscript.value), NULL};
            Type *ct = type_resolve(a[0]->type);
            if (ct->kind == TY_DICT) {
                a[1] = coerce(L, lower_value(L, t->u.Subscript.slice), ct->args[0]);
                call_rt_void(L, "krt_dict_$_del", true, 2, a);
            } else {
                a[1] = convert(L, lower_value(L, t->u.Subscript.slice), type_int(L->tt));
                call_rt(L, "krt_list_remove_at", type_bool(L->tt), true, false, 2, a);
            }
            release_pending(L);
        }
        break;
    case NODE_AugAssign: {
        Node *t = n->u.AugAssign.target;
        if (t->kind == NODE_Attribute && !class_attribute_target(L, t)) { /* obj.f op= v evaluates obj once */
            IrTemp *obj = lower_value(L, t->u.Attribute.value);
            ClassData *cd = class_data_of_type(obj->type);
            FieldInfo *f = check_field(cd, sema_intern(L->c->prog, t->u.Attribute.attr));
            Val cur = {field_get(L, obj, f->name, f->type), false};
            Val rhs = lower_expr(L, n->u.AugAssign.value);
            if (type_resolve(f->type)->kind == TY_LIST && n->u.AugAssign.op == BINOP_Add) {
                call_rt_void(L, "krt_list_extend_v", true, 2, (IrTemp *[]){cur.t, rhs.t});
                break;
            }
            Val res = lower_arith(L, n->u.AugAssign.op, cur, rhs, ty_of(L, n));
            field_set(L, obj, f->name, f->type, coerce(L, take(L, res), f->type));
            break;
        }
        if (t->kind == NODE_Subscript && class_data_of_type(ty_of(L, t->u.Subscript.value))) {
            lower_aug_item_dunder(L, n); /* lower_dunder.c */
            break;
        }
        if (t->kind == NODE_Subscript && type_resolve(ty_of(L, t->u.Subscript.value))->kind == TY_DICT) {
            /* d[k] op= v evaluates d and k once */
            IrTemp *d = lower_value(L, t->u.Subscript.value);
            Type *dt = type_resolve(d->type);
            IrTemp *a[3] = {d, coerce(L, lower_value(L, t->u.Subscript.slice), dt->args[0]), NULL};
            Val cur = call_rt(L, "krt_dict_$_get", dt->args[1], true, false, 2, a);
            Val rhs = lower_expr(L, n->u.AugAssign.value);
            Val res = lower_arith(L, n->u.AugAssign.op, cur, rhs, ty_of(L, n));
            a[2] = coerce(L, res.t, dt->args[1]);
            call_rt_void(L, "krt_dict_$_set", true, 3, a);
            break;
        }
        if (t->kind == NODE_Subscript) {
            /* a[i] op= v evaluates a and i once */
            IrTemp *a[3] = {lower_value(L, t->u.Subscript.value), NULL, NULL};
            a[1] = convert(L, lower_value(L, t->u.Subscript.slice), type_int(L->tt));
            Val cur = call_rt(L, list_fn(L, "get", a[0]->type), type_resolve(a[0]->type)->args[0], true, false, 2, a);
            Val rhs = lower_expr(L, n->u.AugAssign.value);
            Val res = lower_arith(L, n->u.AugAssign.op, cur, rhs, ty_of(L, n));
            a[2] = as_elem(L, res.t, a[0]->type);
            call_rt_void(L, list_fn(L, "set", a[0]->type), true, 3, a);
            break;
        }
        Val cur = lower_expr(L, t);
        Val rhs = lower_expr(L, n->u.AugAssign.value);
        FuncSpec *dunder = ptrmap_get(&L->spec->dunders, n);
        if (dunder) { /* __iadd__ (or __add__): the result is assigned back */
            IrTemp *r = call_spec(L, dunder, 2, (IrTemp *[]){cur.t, rhs.t});
            Val res = {r, r && is_ref(r->type)};
            assign_to(L, t, res);
            break;
        }
        Type *ct = type_resolve(cur.t->type);
        if (ct->kind == TY_BYTEARRAY && n->u.AugAssign.op == BINOP_Add) {
            /* ba += b extends in place: aliases see it */
            IrTemp *a[2] = {cur.t, rhs.t};
            call_rt_void(L, "krt_bytearray_extend_bytearray", true, 2, a);
            break;
        }
        if (ct->kind == TY_SET && (n->u.AugAssign.op == BINOP_BitOr || n->u.AugAssign.op == BINOP_BitAnd ||
                                   n->u.AugAssign.op == BINOP_Sub || n->u.AugAssign.op == BINOP_BitXor)) {
            /* s |= t updates the set in place: aliases see it */
            BinOpKind op = n->u.AugAssign.op;
            const char *fn = op == BINOP_BitOr ? "krt_set_update" : op == BINOP_BitAnd ? "krt_set_intersection_update"
                           : op == BINOP_Sub ? "krt_set_difference_update" : "krt_set_symmetric_difference_update";
            IrTemp *a[2] = {cur.t, rhs.t};
            call_rt(L, fn, type_bool(L->tt), true, false, 2, a);
            break;
        }
        if (type_resolve(cur.t->type)->kind == TY_LIST && n->u.AugAssign.op == BINOP_Add) {
            /* list += list extends the list in place: aliases see it */
            IrTemp *a[2] = {cur.t, rhs.t};
            call_rt_void(L, "krt_list_extend_v", true, 2, a);
            break;
        }
        Val res = lower_arith(L, n->u.AugAssign.op, cur, rhs, ty_of(L, n));
        assign_to(L, t, res);
        break;
    }
    case NODE_If: {
        IrTemp *c = truth(L, lower_value(L, n->u.If.test));
        release_pending(L);
        IrBlock *yes = block(L), *no = block(L), *done = block(L);
        ir_branch(L->cur, c, yes, no);
        set_block(L, yes);
        lower_block(L, n->u.If.body);
        jump(L, done);
        set_block(L, no);
        lower_block(L, n->u.If.orelse);
        jump(L, done);
        set_block(L, done);
        return;
    }
    case NODE_While: {
        IrBlock *head = block(L), *body = block(L), *orelse = block(L), *exit = block(L);
        jump(L, head);
        set_block(L, head);
        L->line = n->span.begin.line;
        IrTemp *c = truth(L, lower_value(L, n->u.While.test));
        release_pending(L);
        ir_branch(L->cur, c, body, orelse);
        set_block(L, body);
        lower_loop_body(L, n->u.While.body, exit, head);
        jump(L, head);
        set_block(L, orelse);
        lower_block(L, n->u.While.orelse);
        jump(L, exit);
        set_block(L, exit);
        return;
    }
    case NODE_For:
        lower_for_each(L, n->u.For.target, n->u.For.iter, lower_for_stmt_body, n, n->u.For.orelse);
        return;
    case NODE_Break:
    case NODE_Continue: {
        release_pending(L);
        Loop *loop = &L->loops[L->nloops - 1];
        run_finallies(L, loop->finally_depth);
        if (terminated(L)) return;
        ir_jump(L->cur, n->kind == NODE_Break ? loop->brk : loop->cont);
        after_jump(L);
        return;
    }
    case NODE_Try:
        lower_try(L, n);
        return;
    case NODE_With:
        lower_with(L, n);
        return;
    case NODE_Return:
        lower_return(L, n);
        return;
    case NODE_Raise:
        lower_raise(L, n);
        return;
    case NODE_Assert:
        lower_assert(L, n);
        break;
    case NODE_ClassDef: { /* the class body runs: its attributes (a dataclass's annotated names are fields) */
        ClassData *cd = check_class_of_def(L->c, n);
        if (lower_namedtuple_skip(L, n)) return; /* a NamedTuple's fields: nothing runs */
        for (int i = 0; i < L->c->enums.len; i++) /* an enum's members are constants: nothing runs */
            if (((EnumData *)L->c->enums.items[i])->def == n) return;
        for (int i = 0; i < n->u.ClassDef.body.len; i++) {
            Node *st = n->u.ClassDef.body.items[i];
            if (st->kind == NODE_Assign || (st->kind == NODE_AnnAssign && st->u.AnnAssign.value && !(cd && cd->dataclass)))
                lower_stmt(L, st);
        }
        break;
    }
    case NODE_FunctionDef: {
        if (closure_lower_def(L, n)) break; /* a nested or decorated def: a function value */
        /* the def statement evaluates its non-constant default values, once */
        DefSig sig;
        def_signature(L->arena, n, &sig);
        for (int i = 0; i < sig.n; i++) {
            Node *d = sig.defaults[i];
            if (!d || default_is_constant(d) || !ptrmap_get(&L->c->default_types, d)) continue;
            IrGlobal *g = default_global(L, L->mod, d);
            IrTemp *v = take(L, lower_expr(L, d));
            IrTemp *cv = coerce(L, v, g->type);
            emit(L, IR_GLOBAL_STORE, NULL, 1, &cv)->imm.i = g->id;
            release_pending(L);
        }
        break;
    }
    default:
        break; /* pass, global, imports: nothing to run */
    }
    release_pending(L);
}

void lower_block(Lower *L, NodeList body) {
    for (int i = 0; i < body.len; i++) {
        if (terminated(L)) after_jump(L);
        lower_stmt(L, body.items[i]);
    }
}

/* ---- functions and the program ----------------------------------------------------------- */

static void lower_function(Lower *L, FuncSpec *spec, IrFunc *fn) {
    L->spec = spec;
    L->fn = fn;
    L->mod = spec->module;
    L->nloops = 0;
    L->pending.len = 0;
    L->owning.len = 0;
    L->raw_handler = NULL;
    L->nfins = 0;
    ptrmap_init(&L->locals, L->arena);
    ptrmap_init(&L->unwind_by_line, L->arena);
    fn->file = spec->module->path;
    fn->span = spec->def->span;
    fn->is_generator = spec->is_gen;
    fn->gen_ret = spec->gen_ret;
    IrBlock *entry = block(L);
    L->cleanup = block(L);
    set_block(L, entry);
    int nparams = closure_params(L, spec); /* a closure takes its function value first */
    for (int i = 0; i < nparams; i++) {
        IrTemp *p = ir_param_new(fn, L->ir, spec->param_types[i], spec->params[i]->name);
        ptrmap_put(&L->locals, spec->params[i], p);
        if (is_ref(p->type) && !spec->is_gen) emit(L, IR_INCREF, NULL, 1, &p); /* parameters own their values */
        owning(L, p);
    }
    closure_prologue(L, spec);
    NodeList body = spec->def->kind == NODE_Module ? spec->def->u.Module.body : spec->def->u.FunctionDef.body;
    lower_block(L, body);
    if (!terminated(L)) {
        Node ret;
        memset(&ret, 0, sizeof ret);
        ret.kind = NODE_Return;
        ret.span = spec->def->span;
        ret.span.begin.line = ret.span.end.line;
        lower_return(L, &ret);
    }
    if (L->cur->term.kind == TERM_NONE) L->cur->term.kind = TERM_UNREACHABLE;
    /* cleanup: release everything the function holds, leave with the exception */
    set_block(L, L->cleanup);
    for (int i = 0; i < L->owning.len; i++) {
        IrTemp *t = L->owning.items[i];
        emit(L, IR_DECREF, NULL, 1, &t);
    }
    L->cleanup->term.kind = TERM_UNWIND;
    for (int b = 0; b < fn->blocks.len; b++) {
        IrBlock *blk = fn->blocks.items[b];
        if (blk->term.kind == TERM_NONE) blk->term.kind = TERM_UNREACHABLE;
    }
}

/* The fields of cd's struct, its bases' first: a subclass's struct starts as
 * its base's does, so a pointer to it is a pointer to the base. */
static void class_struct_fields(IrClass *ic, ClassData *cd, int *nf) {
    if (cd->base) class_struct_fields(ic, cd->base, nf);
    for (int f = 0; f < cd->fields.len; f++) {
        FieldInfo *fi = cd->fields.items[f];
        ic->field_names[*nf] = fi->name;
        ic->field_types[(*nf)++] = fi->type;
    }
}

IrProgram *lower_program(Checked *c, Arena *arena, Diag *diag) {
    Lower L;
    memset(&L, 0, sizeof L);
    L.c = c;
    L.arena = arena;
    L.tt = c->types;
    L.diag = diag;
    L.ir = ir_program_new(arena, c->types);
    ptrmap_init(&L.globals, arena);
    ptrmap_init(&L.default_globals, arena);
    ptrmap_init(&L.funcs, arena);
    ptrmap_init(&L.irmods, arena);
    ptrmap_init(&L.closure_types, arena);
    ptrmap_init(&L.wrappers, arena);
    ptrmap_init(&L.bound, arena);
    /* modules, main first in the list of IrModules so it owns the constants */
    Program *prog = c->prog;
    IrModule *main_mod = ir_module_new(L.ir, prog->main->name, prog->main->c_prefix, prog->main->path);
    ptrmap_put(&L.irmods, prog->main, main_mod);
    L.ir->modules.len = 0;
    for (int i = 0; i < prog->modules.len; i++) {
        Module *m = prog->modules.items[i];
        if (m->is_builtin) continue;
        IrModule *im = m == prog->main ? main_mod : ir_module_new(L.ir, m->name, m->c_prefix, m->path);
        if (m == prog->main) ptrvec_push(arena, &L.ir->modules, main_mod);
        ptrmap_put(&L.irmods, m, im);
    }
    L.ir->main = main_mod;
    /* one IrFunc per specialisation, created first so calls can refer to any */
    for (int i = 0; i < c->specs.len; i++) {
        FuncSpec *s = c->specs.items[i];
        IrModule *im = ptrmap_get(&L.irmods, s->module);
        const char *name = s->def->kind == NODE_Module ? "<module>" : s->def->u.FunctionDef.name;
        IrFunc *fn = ir_func_new(L.ir, im, name, s->c_name, s->ret);
        ptrmap_put(&L.funcs, s, fn);
        if (s->def->kind == NODE_Module) {
            im->init = fn;
            fn->is_module_init = true;
        }
    }
    lower_dispatchers(&L);
    for (int i = 0; i < c->specs.len; i++) {
        FuncSpec *s = c->specs.items[i];
        lower_function(&L, s, ptrmap_get(&L.funcs, s));
    }
    /* the program's classes: their runtime descriptors */
    for (int i = 0; i < c->exc_classes.len; i++) {
        Node *def = c->exc_classes.items[i];
        Module *m = NULL;
        for (int k = 0; k < c->prog->modules.len && !m; k++) {
            Module *mm = c->prog->modules.items[k];
            if (!mm->is_builtin && sema_scope_of(mm, def)) m = mm;
        }
        IrClass *ic = arena_alloc(arena, sizeof *ic);
        /* as CPython's traceback prints it: qualified unless defined in __main__ */
        ic->name = m == c->prog->main ? def->u.ClassDef.name : arena_printf(arena, "%s.%s", m->name, def->u.ClassDef.name);
        L.mod = m;
        ic->base_id = class_type_id(&L, def->u.ClassDef.bases.items[0]);
        ic->is_exception = true;
        ptrvec_push(arena, &L.ir->classes, ic);
    }
    for (int i = 0; i < c->classes.len; i++) {
        ClassData *cd = c->classes.items[i];
        IrClass *ic = arena_alloc(arena, sizeof *ic);
        memset(ic, 0, sizeof *ic);
        ic->name = cd->module == c->prog->main ? cd->def->u.ClassDef.name
                                               : arena_printf(arena, "%s.%s", cd->module->name, cd->def->u.ClassDef.name);
        ic->base_id = cd->base ? class_id(&L, cd->base) : KRT_T_OBJECT;
        ic->cls = cd->info;
        /* every field of the class and its bases (a subclass's struct holds them all) */
        for (ClassData *k = cd; k; k = k->base) ic->nfields += k->fields.len;
        ic->field_names = arena_alloc(arena, (size_t)(ic->nfields + 1) * sizeof *ic->field_names);
        ic->field_types = arena_alloc(arena, (size_t)(ic->nfields + 1) * sizeof *ic->field_types);
        int nf = 0;
        class_struct_fields(ic, cd, &nf);
        if (cd->info->is_exception) lower_exc_class(&L, cd, ic);
        if (cd->sorted) ic->lt_func = cd->lt_spec ? ptrmap_get(&L.funcs, cd->lt_spec) : lower_order_func(&L, cd);
        for (ClassData *k = cd; k; k = k->base) ic->weak_target = ic->weak_target || k->weak_target;
        lower_key_funcs(&L, cd, ic);
        ptrvec_push(arena, &L.ir->classes, ic);
    }
    closure_finish(&L); /* function values: wrappers, environment and cell classes */
    /* module fini: release what the globals hold (so the heap ends empty) */
    for (int i = 0; i < L.ir->modules.len; i++) {
        IrModule *im = L.ir->modules.items[i];
        IrFunc *fn = ir_func_new(L.ir, im, "<fini>", arena_printf(arena, "%s__fini", im->c_prefix), type_none(L.tt));
        L.fn = fn;
        IrBlock *b = ir_block_new(fn, L.ir);
        L.cur = b;
        for (int g = 0; g < L.ir->globals.len; g++) {
            IrGlobal *gl = L.ir->globals.items[g];
            if (gl->module != im || !is_ref(gl->type)) continue;
            IrTemp *t = ir_temp_new(fn, L.ir, gl->type, NULL);
            IrInstr *ld = ir_emit(L.ir, b, IR_GLOBAL_LOAD, t, 0, NULL);
            ld->imm.i = gl->id;
            ir_emit(L.ir, b, IR_DECREF, NULL, 1, &t);
        }
        ir_return(b, NULL);
        im->fini = fn;
    }
    return L.ir;
}
