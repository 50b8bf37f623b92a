/* escape.h — storage classes of allocation sites (escape.c). */
#ifndef KRAIT_ESCAPE_H
#define KRAIT_ESCAPE_H

#include "ir.h"

/* Decides every AllocSite's storage class and reason; collects each
 * function's stack sites.  Run after effects_analyse, before emission. */
void escape_analyse(IrProgram *prog);

/* Per block of fn (by id): does it lie on a cycle of the control-flow graph? */
bool *blocks_in_loops(Arena *arena, IrFunc *fn);

#endif
