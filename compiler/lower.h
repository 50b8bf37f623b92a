/* lower.h — the typed AST to IR (implementation: lower.c). */
#ifndef KRAIT_LOWER_H
#define KRAIT_LOWER_H

#include "typed.h"
#include "ir.h"

/* The IR of every specialisation, module init and module fini of c. */
IrProgram *lower_program(Checked *c, Arena *arena, Diag *diag);

#endif
