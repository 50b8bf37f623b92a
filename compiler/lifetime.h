/* lifetime.h — removal of needless reference-count operations (lifetime.c). */
#ifndef KRAIT_LIFETIME_H
#define KRAIT_LIFETIME_H

#include "ir.h"

/* Removes the entry increment and exit decrements of parameters whose
 * callers all pass references that outlive the call. */
void lifetime_analyse(IrProgram *prog);
/* KRAIT_NAIVE_RC=1: keep every count operation of the naive translation
 * (lowering then also counts a fresh value appended to a list). */
bool lifetime_naive(void);

#endif
