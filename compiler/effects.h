/* effects.h — the raise analysis over the IR (effects.c). */
#ifndef KRAIT_EFFECTS_H
#define KRAIT_EFFECTS_H

#include "ir.h"
#include "ptrmap.h"

/* Clears IR_MAY_RAISE on calls of functions that cannot raise and sets
 * IrFunc.may_raise from what each function really does. */
void effects_analyse(IrProgram *prog);

#endif
