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
 */
#include "effects.h"

static bool instr_raises_itself(const IrInstr *in) {
    if (in->op == IR_RAISE || in->op == IR_EXC_RESTORE) return true;
    return (in->flags & IR_MAY_RAISE) && in->op != IR_CALL;
}

void effects_analyse(IrProgram *prog) {
    int n = prog->funcs.len;
    bool *raises = arena_alloc(prog->arena, (size_t)(n + 1) * sizeof *raises);
    for (int f = 0; f < n; f++) {
        IrFunc *fn = prog->funcs.items[f];
        raises[f] = fn->is_generator; /* making one allocates its frame */
        for (int b = 0; b < fn->blocks.len && !raises[f]; b++) {
            IrBlock *bl = fn->blocks.items[b];
            for (int i = 0; i < bl->instrs.len && !raises[f]; i++) raises[f] = instr_raises_itself(bl->instrs.items[i]);
        }
    }
    /* index of each function, for the propagation */
    PtrMap index;
    ptrmap_init(&index, prog->arena);
    for (int f = 0; f < n; f++) ptrmap_put(&index, prog->funcs.items[f], (void *)(intptr_t)(f + 1));
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
