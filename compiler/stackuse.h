/* stackuse.h — measured worst-case stack (stackuse.c). */
#ifndef KRAIT_STACKUSE_H
#define KRAIT_STACKUSE_H

#include <stdbool.h>
#include <stdint.h>

#include "build.h"
#include "diag.h"
#include "ir.h"
#include "options.h"

typedef struct StackMeasure {
    uint64_t bytes;            /* deepest chain from the entry */
    const char *chain;         /* "main > <module> > run > krt_format_float" */
    const char *runtime_cycle; /* a recursion inside the runtime, cut where it closes; NULL */
    int unknown_functions;     /* called functions with no figure (C library, compiler support) */
    uint64_t indirect_bound;   /* what a call through a pointer was counted as */
} StackMeasure;

/* Reads the .ci files gcc wrote into obj_dir (build_stack_usage) and finds
 * the deepest chain from main (or, for a library, from its exported
 * functions and module inits).  False when there is nothing to read. */
bool stackuse_compute(const IrProgram *prog, const char *obj_dir, bool lib_entry, StackMeasure *out);

/* Compiles the program and the runtime for target in a temporary directory
 * and measures.  NULL on success; otherwise why there is no measurement
 * ("arm-none-eabi-gcc not found"), so the report can fall back to krait's
 * estimate and say so. */
const char *stackuse_measure(const IrProgram *prog, const BuildOptions *opts, TargetKind target, StackMeasure *out,
                             Diag *diag);

#endif
