/* budget.h — the compile-time memory budget (budget.c, DESIGN §4). */
#ifndef KRAIT_BUDGET_H
#define KRAIT_BUDGET_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "ir.h"
#include "stackuse.h"

typedef struct BudgetOptions {
    const char *target;   /* "cortex-m0", "host" ... */
    int ptr_bytes;        /* the target's pointer size */
    int int_bits;         /* resolved: 32 or 64 */
    int float_bits;
    uint64_t heap_bytes;  /* --heap; 0 = the system allocator */
    uint64_t max_ram;     /* --max-ram; 0 = no limit */
    uint64_t max_stack;   /* --max-stack; 0 = no limit */
} BudgetOptions;

typedef struct Budget Budget;

/* Works the budget out of the analysed program.  measured (may be NULL) is
 * the stack the target compiler measured; otherwise measure_note says why
 * there is none (NULL: not asked for). */
Budget *budget_compute(const IrProgram *prog, const BudgetOptions *opts, const StackMeasure *measured,
                       const char *measure_note);
/* The report of DESIGN §4, as text. */
void budget_print(const Budget *b, FILE *out);
/* The same figures as JSON (--report-json). */
void budget_print_json(const Budget *b, FILE *out);
/* --max-ram / --max-stack: false, with a diagnostic naming the biggest
 * contributors, when the budget exceeds a limit. */
bool budget_check_limits(const Budget *b, Diag *diag);

#endif
