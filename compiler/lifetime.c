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
 *    rebind it, and the caller is waiting for the call to return),
 *
 * and the callee never rebinds the parameter.  Functions called from C (the
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

void lifetime_analyse(IrProgram *prog) {
    const char *naive = getenv("KRAIT_NAIVE_RC");
    if (naive && *naive && strcmp(naive, "0") != 0) return;
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
        intptr_t k = ic->lt_func ? (intptr_t)ptrmap_get(&index, ic->lt_func) : 0;
        if (k)
            for (int p = 0; p < ic->lt_func->params.len; p++) keep[k - 1][p] = true;
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
                    if (!stable_argument(in->args[a], owned)) keep[k - 1][a] = true;
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
