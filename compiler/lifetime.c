/* lifetime.c — reference-count operations the program does not need.
 *
 * Lowering follows the naive discipline (lower.c): a function owns its
 * parameters, so it increments each one's count on entry and decrements it
 * on every way out.  Most of those pairs are useless: the caller's own
 * reference keeps the argument alive for the whole call.  The exception is a
 * borrowed argument whose owner the callee could drop — a field read
 * (`f(self.items)` where f does `self.items = []`), a list element, a global —
 * so the pair is removed only when every call passes a reference that cannot
 * go away during the call:
 *
 *  - a value the caller owns (the result of a call or constructor, held
 *    until the caller's statement ends), or a constant, or
 *  - the caller's own local variable or parameter (only the caller could
 *    rebind it, and the caller is waiting for the call to return), or a
 *    copy of one made just before the call (a method's receiver), or
 *  - a field of such an object (`v.scale(p.vel)`), read once, when the
 *    callee and everything it may call never assign a field of that name
 *    (field_writes: a fixed point over the call graph; a call through a
 *    function value, an iterator, or a runtime function that may run a
 *    dunder or callback counts as assigning anything),
 *
 * and the callee never rebinds the parameter.
 *
 * Loop variables: `for w in words:` binds w to each element with an
 * increment and releases the previous one.  When nothing can drop an element
 * of a list of that type during the function (no runtime operation that
 * removes or replaces elements, no program code that could do it through
 * another reference) and w is bound nowhere else and never handed on, the
 * list's own reference keeps each element alive: both operations go, and so
 * do w's releases on the way out.  Functions called from C (the
 * module's exported entry points) and functions used as values keep their
 * pairs: their callers are not known.  The pass runs after lowering and before escape analysis; with
 * KRAIT_NAIVE_RC=1 in the environment it does nothing, which is how the
 * closing figures compare "naive" and "krait" counts.
 */
#include "lifetime.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ptrmap.h"

/* Temporaries that hold a value the caller owns (results of owned
 * instructions) or an immortal constant. */
static bool *owned_temps(Arena *arena, const IrFunc *fn) {
    bool *owned = arena_alloc(arena, (size_t)(fn->temps.len + 1) * sizeof *owned);
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++) {
            const IrInstr *in = b->instrs.items[i];
            if (in->dst && ((in->flags & IR_OWNED) || in->op == IR_CONST_STR)) owned[in->dst->id] = true;
        }
    }
    /* a temporary written by anything else is not reliably owned */
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++) {
            const IrInstr *in = b->instrs.items[i];
            if (in->dst && !(in->flags & IR_OWNED) && in->op != IR_CLEAR && in->op != IR_CONST_STR)
                owned[in->dst->id] = false;
        }
    }
    return owned;
}

static bool stable_argument(const IrTemp *t, const bool *owned) {
    return t->name || t->is_param || owned[t->id];
}

/* ---- fields a call may assign -------------------------------------------------------------- */

/* Runtime functions that never run program code (so never assign a
 * field): prefixes.  Any other runtime call may reach a dunder or a
 * callback through a descriptor. */
static const char *const runs_no_program_code[] = {
    "krt_list_get_", "krt_list_set_", "krt_list_size", "krt_list_new_", "krt_list_append_", "krt_check_",
    "krt_is_type", "krt_isinstance", "krt_raise", "krt_float_", "krt_int_", "krt_recursion_", "krt_traceback",
};

static bool rt_runs_no_code(const char *c_name) {
    for (size_t i = 0; i < sizeof runs_no_program_code / sizeof *runs_no_program_code; i++)
        if (strncmp(c_name, runs_no_program_code[i], strlen(runs_no_program_code[i])) == 0) return true;
    return false;
}

/* What a function (and everything it calls) may assign: field names, or
 * anything at all. */
typedef struct FieldWrites {
    PtrVec names; /* const char* */
    bool any;
} FieldWrites;

static bool writes_add(Arena *arena, FieldWrites *w, const char *name) {
    if (w->any) return false;
    for (int i = 0; i < w->names.len; i++)
        if (strcmp(w->names.items[i], name) == 0) return false;
    ptrvec_push(arena, &w->names, (void *)name);
    return true;
}

static bool writes_merge(Arena *arena, FieldWrites *into, const FieldWrites *from) {
    if (into->any) return false;
    if (from->any) {
        into->any = true;
        return true;
    }
    bool changed = false;
    for (int i = 0; i < from->names.len; i++) changed |= writes_add(arena, into, from->names.items[i]);
    return changed;
}

static bool writes_field(const FieldWrites *w, const char *name) {
    if (w->any) return true;
    for (int i = 0; i < w->names.len; i++)
        if (strcmp(w->names.items[i], name) == 0) return true;
    return false;
}

/* The least fixed point of each function's field writes over the call graph. */
static FieldWrites *field_writes(IrProgram *prog, PtrMap *index) {
    int n = prog->funcs.len;
    FieldWrites *w = arena_alloc(prog->arena, (size_t)(n + 1) * sizeof *w);
    for (bool changed = true; changed;) {
        changed = false;
        for (int f = 0; f < n; f++) {
            IrFunc *fn = prog->funcs.items[f];
            for (int bi = 0; bi < fn->blocks.len; bi++) {
                IrBlock *b = fn->blocks.items[bi];
                for (int i = 0; i < b->instrs.len; i++) {
                    IrInstr *in = b->instrs.items[i];
                    if (in->op == IR_FIELD_SET && in->field) {
                        changed |= writes_add(prog->arena, &w[f], in->field);
                    } else if (in->op == IR_CALL && in->callee) {
                        intptr_t k = (intptr_t)ptrmap_get(index, in->callee);
                        if (k) changed |= writes_merge(prog->arena, &w[f], &w[k - 1]);
                        else if (!w[f].any) changed = w[f].any = true;
                    } else if ((in->op == IR_CALL_RT && !rt_runs_no_code(in->rt->c_name)) || in->op == IR_CALL_VALUE ||
                               in->op == IR_ITER_NEXT) {
                        if (!w[f].any) changed = w[f].any = true;
                    }
                }
            }
        }
    }
    return w;
}

/* Is t a field of a stable object (`p.vel`, p a local, a parameter or an
 * owned value), read once, whose field the callee never assigns?  Then the
 * object's own reference keeps the value alive for the call. */
static bool stable_field_argument(const IrFunc *fn, const IrTemp *t, const bool *owned, const FieldWrites *callee) {
    if (t->name || t->is_param) return false;
    const IrInstr *def = NULL;
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++) {
            const IrInstr *in = b->instrs.items[i];
            if (in->dst != t) continue;
            if (def) return false; /* written twice */
            def = in;
        }
    }
    if (!def || def->op != IR_FIELD_GET || !def->field) return false;
    const IrTemp *obj = def->args[0];
    if (!(obj->name || obj->is_param || owned[obj->id])) return false;
    return !writes_field(callee, def->field);
}

/* A copy of the caller's local variable or parameter made just before the
 * call, in the same block (a method call's receiver: `t = t.step(self)`):
 * the variable keeps the object alive through the call unless the caller
 * rebinds it between the copy and the call. */
static bool stable_copy_argument(const IrBlock *b, int call_at, const IrTemp *t) {
    if (t->name || t->is_param) return false;
    for (int i = call_at - 1; i >= 0; i--) {
        const IrInstr *in = b->instrs.items[i];
        if (in->dst != t) continue;
        if (in->op != IR_MOVE && in->op != IR_OPT_UNWRAP && in->op != IR_OPT_WRAP) return false; /* the same pointer */
        const IrTemp *src = in->args[0];
        if (!src->name && !src->is_param) return false;
        for (int j = i + 1; j < call_at; j++)
            if (((const IrInstr *)b->instrs.items[j])->dst == src) return false;
        return true;
    }
    return false; /* made in another block */
}

/* ---- loop variables over lists ---------------------------------------------------------- */

/* Runtime list operations that never drop an element of their list. */
static const char *const keeps_elements[] = {
    "krt_list_get_", "krt_list_size", "krt_list_contains", "krt_list_index", "krt_list_count", "krt_list_repr",
    "krt_list_append_", "krt_list_insert_", "krt_list_extend", "krt_list_concat", "krt_list_slice_v",
    "krt_list_repeat_v", "krt_list_new_", "krt_list_copy", "krt_list_eq", "krt_list_cmp", "krt_list_sort",
    "krt_list_reverse",
};

static bool drops_elements(const char *c_name) {
    if (strncmp(c_name, "krt_list_", 9) != 0) return false;
    for (size_t i = 0; i < sizeof keeps_elements / sizeof *keeps_elements; i++)
        if (strncmp(c_name, keeps_elements[i], strlen(keeps_elements[i])) == 0) return false;
    return true;
}

/* instrs[i..i+4] is `tX = list_get(L, i); incref tX; tOld = move v; v = move tX;
 * decref tOld`: a for loop's step binding variable v to an element.  Returns v. */
static IrTemp *loop_binding(IrInstr **ins, int n, int i) {
    if (i + 4 >= n) return NULL;
    IrInstr *get = ins[i], *inc = ins[i + 1], *old = ins[i + 2], *bind = ins[i + 3], *dec = ins[i + 4];
    if (get->op != IR_CALL_RT || !get->dst || strncmp(get->rt->c_name, "krt_list_get_", 13) != 0) return NULL;
    if (inc->op != IR_INCREF || inc->args[0] != get->dst) return NULL;
    if (old->op != IR_MOVE || !old->dst || old->dst->name) return NULL;
    if (bind->op != IR_MOVE || bind->args[0] != get->dst || bind->dst != old->args[0] || !bind->dst->name) return NULL;
    if (dec->op != IR_DECREF || dec->args[0] != old->dst) return NULL;
    return bind->dst;
}

/* Does instruction k of b read v (the binding pattern's copy of the old
 * value, which is only released, does not)? */
static bool reads_var(IrInstr **ins, int n, int k, const IrTemp *v) {
    IrInstr *in = ins[k];
    if (in->op == IR_DECREF || in->op == IR_CLEAR) return false;
    if (in->op == IR_MOVE && k >= 2 && loop_binding(ins, n, k - 2)) return false;
    for (int a = 0; a < in->nargs; a++)
        if (in->args[a] == v) return true;
    return false;
}

/* Could v be read after a list it was bound from is released?  The list's
 * reference is what keeps v's element alive.  Liveness of v alone, per
 * block, then a backward walk through each block. */
static bool read_after_list_release(Arena *arena, const IrFunc *fn, const IrTemp *v) {
    int nb = fn->blocks.len;
    bool *live_in = arena_alloc(arena, (size_t)(nb + 1) * sizeof *live_in);
    bool *lists = arena_alloc(arena, (size_t)(fn->temps.len + 1) * sizeof *lists);
    for (int bi = 0; bi < nb; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        IrInstr **ins = (IrInstr **)b->instrs.items;
        for (int i = 0; i < b->instrs.len; i++)
            if (loop_binding(ins, b->instrs.len, i) == v) lists[ins[i]->args[0]->id] = true;
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int bi = nb - 1; bi >= 0; bi--) {
            const IrBlock *b = fn->blocks.items[bi];
            const IrBlock *succ[3] = {b->term.kind == TERM_JUMP || b->term.kind == TERM_BRANCH ? b->term.target : NULL,
                                      b->term.kind == TERM_BRANCH ? b->term.other : NULL, b->handler};
            bool live = b->term.value == v;
            for (int k = 0; k < 3; k++)
                if (succ[k] && live_in[succ[k]->id]) live = true;
            IrInstr **ins = (IrInstr **)b->instrs.items;
            for (int i = b->instrs.len - 1; i >= 0; i--) {
                if (ins[i]->dst == v) live = false;
                if (reads_var(ins, b->instrs.len, i, v)) live = true;
                /* a list v came from is released (or rebound) here while v is still to be read */
                if (live && ((ins[i]->op == IR_DECREF && lists[ins[i]->args[0]->id]) ||
                             (ins[i]->dst && lists[ins[i]->dst->id] && ins[i]->op != IR_CLEAR)))
                    return true;
            }
            if (live != live_in[bi]) {
                live_in[bi] = live;
                changed = true;
            }
        }
    }
    return false;
}

/* A variable bound only to elements of lists nothing shrinks during the
 * function needs no reference of its own: the list holds the element.
 * Removes the increment of each binding, the release of the previous
 * element, and the variable's releases on the way out. */
static void elide_loop_variables(IrProgram *prog, IrFunc *fn) {
    /* lists of these types lose no element anywhere in the function, and no
     * program code runs (it could shrink them through another reference) */
    PtrVec shrunk = {0};
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++) {
            IrInstr *in = b->instrs.items[i];
            if (in->op == IR_CALL || in->op == IR_CALL_VALUE || (in->op == IR_NEW && in->callee)) return;
            if (in->op == IR_CALL_RT && drops_elements(in->rt->c_name) && in->nargs)
                ptrvec_push(prog->arena, &shrunk, type_resolve(in->args[0]->type));
            if (in->op != IR_CALL_RT && in->op != IR_MOVE && in->op != IR_INCREF && in->op != IR_DECREF &&
                in->op != IR_CLEAR && in->op != IR_CONST && in->op != IR_CONST_STR && in->op != IR_BINOP &&
                in->op != IR_COMPARE && in->op != IR_UNOP && in->op != IR_CONVERT && in->op != IR_TRACEBACK &&
                in->op != IR_GLOBAL_LOAD && in->op != IR_TUPLE_GET && in->op != IR_TUPLE_MAKE &&
                in->op != IR_FIELD_GET && in->op != IR_OPT_IS_NONE && in->op != IR_EXC_MATCH)
                return; /* an operation this pass does not reason about */
        }
    }
    int nt = fn->temps.len;
    char *state = arena_alloc(prog->arena, (size_t)(nt + 1)); /* 1 candidate, 2 rejected */
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        IrBlock *b = fn->blocks.items[bi];
        IrInstr **ins = (IrInstr **)b->instrs.items;
        for (int i = 0; i < b->instrs.len; i++) {
            IrTemp *v = loop_binding(ins, b->instrs.len, i);
            if (!v) continue;
            Type *lt = type_resolve(ins[i]->args[0]->type);
            for (int k = 0; k < shrunk.len; k++)
                if (shrunk.items[k] == lt) state[v->id] = 2;
            if (state[v->id] == 0) state[v->id] = 1;
        }
    }
    /* every other write of a candidate, every other copy out of it, and
     * returning it reject it */
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        IrBlock *b = fn->blocks.items[bi];
        IrInstr **ins = (IrInstr **)b->instrs.items;
        for (int i = 0; i < b->instrs.len; i++) {
            IrInstr *in = ins[i];
            if (loop_binding(ins, b->instrs.len, i)) {
                i += 4;
                continue;
            }
            if (in->dst && state[in->dst->id] == 1 && in->op != IR_CLEAR) state[in->dst->id] = 2;
            bool copy = in->op == IR_MOVE || in->op == IR_OPT_WRAP || in->op == IR_OPT_UNWRAP;
            if (copy && state[in->args[0]->id] == 1) {
                bool taken = i > 0 && ins[i - 1]->op == IR_INCREF && ins[i - 1]->args[0] == in->args[0];
                if (!taken) state[in->args[0]->id] = 2; /* would hand its reference on */
            }
            if ((in->op == IR_RAISE || in->op == IR_FIELD_SET || in->op == IR_GLOBAL_STORE || in->op == IR_TUPLE_MAKE))
                for (int a = 0; a < in->nargs; a++)
                    if (state[in->args[a]->id] == 1) state[in->args[a]->id] = 2;
        }
        if (b->term.value && state[b->term.value->id] == 1) state[b->term.value->id] = 2;
    }
    for (int t = 0; t < nt; t++)
        if (state[t] == 1 && read_after_list_release(prog->arena, fn, fn->temps.items[t])) state[t] = 2;
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        IrBlock *b = fn->blocks.items[bi];
        IrInstr **ins = (IrInstr **)b->instrs.items;
        int kept = 0;
        for (int i = 0; i < b->instrs.len; i++) {
            IrTemp *v = loop_binding(ins, b->instrs.len, i);
            if (v && state[v->id] == 1) { /* keep get, old = move v, v = move x; drop incref and decref old */
                ins[kept++] = ins[i];
                ins[kept++] = ins[i + 2];
                ins[kept++] = ins[i + 3];
                i += 4;
                continue;
            }
            if (ins[i]->op == IR_DECREF && state[ins[i]->args[0]->id] == 1) continue;
            ins[kept++] = ins[i];
        }
        b->instrs.len = kept;
    }
}

bool lifetime_naive(void) {
    const char *naive = getenv("KRAIT_NAIVE_RC");
    return naive && *naive && strcmp(naive, "0") != 0;
}

void lifetime_analyse(IrProgram *prog) {
    if (lifetime_naive()) return;
    for (int f = 0; f < prog->funcs.len; f++) {
        IrFunc *fn = prog->funcs.items[f];
        if (!fn->is_generator) elide_loop_variables(prog, fn);
    }
    int n = prog->funcs.len;
    PtrMap index;
    ptrmap_init(&index, prog->arena);
    for (int f = 0; f < n; f++) ptrmap_put(&index, prog->funcs.items[f], (void *)(intptr_t)(f + 1));
    /* keep[f][p]: parameter p of function f must own its reference */
    bool **keep = arena_alloc(prog->arena, (size_t)(n + 1) * sizeof *keep);
    for (int f = 0; f < n; f++) {
        IrFunc *fn = prog->funcs.items[f];
        keep[f] = arena_alloc(prog->arena, (size_t)(fn->params.len + 1) * sizeof **keep);
        for (int p = 0; p < fn->params.len; p++) keep[f][p] = fn->exported;
    }
    /* a function referred to other than by a direct call (a function value)
     * has callers this pass cannot see */
    for (int f = 0; f < n; f++) {
        IrFunc *fn = prog->funcs.items[f];
        for (int bi = 0; bi < fn->blocks.len; bi++) {
            IrBlock *b = fn->blocks.items[bi];
            for (int i = 0; i < b->instrs.len; i++) {
                IrInstr *in = b->instrs.items[i];
                if (in->op == IR_CALL || !in->callee) continue;
                intptr_t k = (intptr_t)ptrmap_get(&index, in->callee);
                if (k)
                    for (int p = 0; p < in->callee->params.len; p++) keep[k - 1][p] = true;
            }
        }
    }
    /* functions the runtime calls through a pointer (a class's sort order) */
    for (int c = 0; c < prog->classes.len; c++) {
        const IrClass *ic = prog->classes.items[c];
        IrFunc *called[4] = {ic->lt_func, ic->hash_func, ic->eq_func, ic->next_func};
        for (int w = 0; w < 4; w++) {
            intptr_t k = called[w] ? (intptr_t)ptrmap_get(&index, called[w]) : 0;
            if (k)
                for (int p = 0; p < called[w]->params.len; p++) keep[k - 1][p] = true;
        }
    }
    for (int f = 0; f < n; f++) {
        IrFunc *fn = prog->funcs.items[f];
        /* a parameter the body rebinds owns what it holds */
        for (int bi = 0; bi < fn->blocks.len; bi++) {
            IrBlock *b = fn->blocks.items[bi];
            for (int i = 0; i < b->instrs.len; i++) {
                IrInstr *in = b->instrs.items[i];
                if (!in->dst || !in->dst->is_param || in->op == IR_CLEAR) continue;
                for (int p = 0; p < fn->params.len; p++)
                    if (fn->params.items[p] == in->dst) keep[f][p] = true;
            }
        }
    }
    /* every call site must pass something that outlives the call */
    FieldWrites *writes = field_writes(prog, &index);
    for (int f = 0; f < n; f++) {
        IrFunc *fn = prog->funcs.items[f];
        bool *owned = NULL;
        for (int bi = 0; bi < fn->blocks.len; bi++) {
            IrBlock *b = fn->blocks.items[bi];
            for (int i = 0; i < b->instrs.len; i++) {
                IrInstr *in = b->instrs.items[i];
                if (in->op != IR_CALL || !in->callee) continue;
                intptr_t k = (intptr_t)ptrmap_get(&index, in->callee);
                if (!k) continue;
                if (!owned) owned = owned_temps(prog->arena, fn);
                for (int a = 0; a < in->nargs && a < in->callee->params.len; a++)
                    if (!stable_argument(in->args[a], owned) && !stable_copy_argument(b, i, in->args[a]) &&
                        !stable_field_argument(fn, in->args[a], owned, &writes[k - 1]))
                        keep[k - 1][a] = true;
            }
        }
    }
    /* drop the entry increments and every decrement of the other parameters */
    for (int f = 0; f < n; f++) {
        IrFunc *fn = prog->funcs.items[f];
        if (!fn->blocks.len) continue;
        bool *drop = arena_alloc(prog->arena, (size_t)(fn->temps.len + 1) * sizeof *drop);
        bool any = false;
        IrBlock *entry = fn->blocks.items[0];
        /* the entry's leading increments are the parameters' own */
        for (int i = 0; i < entry->instrs.len; i++) {
            IrInstr *in = entry->instrs.items[i];
            if (in->op != IR_INCREF || !in->args[0]->is_param) break;
            for (int p = 0; p < fn->params.len; p++)
                if (fn->params.items[p] == in->args[0] && !keep[f][p]) drop[in->args[0]->id] = any = true;
        }
        if (!any) continue;
        bool *seen_entry = arena_alloc(prog->arena, (size_t)(fn->temps.len + 1) * sizeof *seen_entry);
        for (int bi = 0; bi < fn->blocks.len; bi++) {
            IrBlock *b = fn->blocks.items[bi];
            int kept = 0;
            for (int i = 0; i < b->instrs.len; i++) {
                IrInstr *in = b->instrs.items[i];
                bool remove = false;
                if (in->op == IR_DECREF && drop[in->args[0]->id]) remove = true;
                if (bi == 0 && in->op == IR_INCREF && drop[in->args[0]->id] && !seen_entry[in->args[0]->id]) {
                    seen_entry[in->args[0]->id] = true; /* only the first: later ones are copies' own */
                    remove = true;
                }
                if (!remove) b->instrs.items[kept++] = in;
            }
            b->instrs.len = kept;
        }
    }
}
