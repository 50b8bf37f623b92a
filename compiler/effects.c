/* effects.c — which functions can raise, so calls to the others test nothing.
 *
 * Input: the IrProgram lowering produced, in which every call of a program
 * function is marked IR_MAY_RAISE (lowering cannot know yet).  Output: the
 * same program where a call's mark stays only if its callee can really leave
 * an exception pending, and IrFunc.may_raise says so for each function.
 *
 * How: a least fixed point over the call graph.  A function raises when one
 * of its own instructions can (checked arithmetic, a runtime call that
 * raises, raise, re-raise) or when it calls a function that raises.  Starting
 * from "nothing raises" and adding functions until nothing changes gives the
 * smallest answer; recursion needs no special case (a recursive function
 * that never raises stays non-raising).  The C emitter then writes no
 * `if (krt_failed()) goto ...` after calls of non-raising functions: leaf
 * helpers over floats or bools, and functions whose every int operation is
 * proven safe, cost exactly a C call.
 *
 * Recursion is found here too (Tarjan's components of the call graph): a
 * recursive function gets a depth guard that raises RecursionError, so it
 * can raise whatever its body does.
 */
#include "effects.h"

static bool instr_raises_itself(const IrInstr *in) {
    if (in->op == IR_RAISE || in->op == IR_EXC_RESTORE) return true;
    return (in->flags & IR_MAY_RAISE) && in->op != IR_CALL;
}

/* Tarjan's strongly connected components over the call graph: a function
 * in a component of two or more, or calling itself, is recursive. */
typedef struct Scc {
    PtrMap *index;   /* IrFunc* -> position + 1 */
    IrProgram *prog;
    int *order, *low, *stack;
    bool *on_stack;
    int next, top;
} Scc;

static void scc_visit(Scc *s, int f) {
    s->order[f] = s->low[f] = ++s->next;
    s->stack[s->top++] = f;
    s->on_stack[f] = true;
    IrFunc *fn = s->prog->funcs.items[f];
    for (int b = 0; b < fn->blocks.len; b++) {
        IrBlock *bl = fn->blocks.items[b];
        for (int i = 0; i < bl->instrs.len; i++) {
            IrInstr *in = bl->instrs.items[i];
            if (in->op != IR_CALL || !in->callee) continue;
            int k = (int)(intptr_t)ptrmap_get(s->index, in->callee) - 1;
            if (k < 0) continue;
            if (k == f) fn->recursive = true;
            if (!s->order[k]) {
                scc_visit(s, k);
                if (s->low[k] < s->low[f]) s->low[f] = s->low[k];
            } else if (s->on_stack[k] && s->order[k] < s->low[f]) {
                s->low[f] = s->order[k];
            }
        }
    }
    if (s->low[f] != s->order[f]) return;
    int size = 0, first = s->top;
    do {
        first--;
        size++;
    } while (s->stack[first] != f);
    for (int i = first; i < s->top; i++) {
        s->on_stack[s->stack[i]] = false;
        if (size > 1) ((IrFunc *)s->prog->funcs.items[s->stack[i]])->recursive = true;
    }
    s->top = first;
}

static void mark_recursion(IrProgram *prog, PtrMap *index) {
    int n = prog->funcs.len;
    Scc s = {index, prog, NULL, NULL, NULL, NULL, 0, 0};
    s.order = arena_alloc(prog->arena, (size_t)(n + 1) * sizeof *s.order);
    s.low = arena_alloc(prog->arena, (size_t)(n + 1) * sizeof *s.low);
    s.stack = arena_alloc(prog->arena, (size_t)(n + 1) * sizeof *s.stack);
    s.on_stack = arena_alloc(prog->arena, (size_t)(n + 1) * sizeof *s.on_stack);
    for (int f = 0; f < n; f++)
        if (!s.order[f]) scc_visit(&s, f);
}

void effects_analyse(IrProgram *prog) {
    int n = prog->funcs.len;
    bool *raises = arena_alloc(prog->arena, (size_t)(n + 1) * sizeof *raises);
    PtrMap index;
    ptrmap_init(&index, prog->arena);
    for (int f = 0; f < n; f++) ptrmap_put(&index, prog->funcs.items[f], (void *)(intptr_t)(f + 1));
    mark_recursion(prog, &index);
    for (int f = 0; f < n; f++) {
        IrFunc *fn = prog->funcs.items[f];
        raises[f] = fn->recursive || fn->is_generator; /* a depth guard raises RecursionError; making a generator allocates its frame */
        for (int b = 0; b < fn->blocks.len && !raises[f]; b++) {
            IrBlock *bl = fn->blocks.items[b];
            for (int i = 0; i < bl->instrs.len && !raises[f]; i++) raises[f] = instr_raises_itself(bl->instrs.items[i]);
        }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int f = 0; f < n; f++) {
            if (raises[f]) continue;
            IrFunc *fn = prog->funcs.items[f];
            for (int b = 0; b < fn->blocks.len && !raises[f]; b++) {
                IrBlock *bl = fn->blocks.items[b];
                for (int i = 0; i < bl->instrs.len; i++) {
                    IrInstr *in = bl->instrs.items[i];
                    if (in->op != IR_CALL || !in->callee) continue;
                    intptr_t k = (intptr_t)ptrmap_get(&index, in->callee);
                    if (k && raises[k - 1]) {
                        raises[f] = true;
                        changed = true;
                        break;
                    }
                }
            }
        }
    }
    for (int f = 0; f < n; f++) {
        IrFunc *fn = prog->funcs.items[f];
        fn->may_raise = raises[f];
        for (int b = 0; b < fn->blocks.len; b++) {
            IrBlock *bl = fn->blocks.items[b];
            for (int i = 0; i < bl->instrs.len; i++) {
                IrInstr *in = bl->instrs.items[i];
                if (in->op != IR_CALL || !in->callee) continue;
                intptr_t k = (intptr_t)ptrmap_get(&index, in->callee);
                if (k && !raises[k - 1]) in->flags &= (uint16_t)~IR_MAY_RAISE;
            }
        }
    }
}
