/* cycles.h — reference cycles the program's types allow (cycles.c). */
#ifndef KRAIT_CYCLES_H
#define KRAIT_CYCLES_H

#include "diag.h"
#include "ir.h"

/* Sets prog->may_cycle and warns, with the path, at each class whose
 * instances can form a reference cycle. */
void cycles_find(IrProgram *prog, Diag *diag);

#endif
