/* heapbound.h — a compile-time upper bound on the heap peak (heapbound.c). */
#ifndef KRAIT_HEAPBOUND_H
#define KRAIT_HEAPBOUND_H

#include <stdbool.h>
#include <stdint.h>

#include "ir.h"

/* The runtime's object sizes on the target, as budget.c lays them out. */
typedef struct HeapLayout {
    int ptr_bytes, int_bits, float_bits;
    uint32_t str_header;  /* sizeof(KrtStr): a str takes this + len + 1 */
    uint32_t list_header; /* sizeof(KrtList); the items are a second block */
    uint32_t exc_bytes;   /* sizeof(KrtExc) */
    /* bytes of an instance of a program class (exception classes with
     * fields included); 0 when not known */
    uint32_t (*class_bytes)(const void *ctx, const IrClass *c);
    const void *ctx;
} HeapLayout;

typedef struct HeapBound {
    bool bounded;
    uint64_t bytes;          /* the bound, when bounded */
    int sites;               /* heap sites counted (and the runtime's exception, if any) */
    const char *reason;      /* unbounded: the first cause, "app.py:12 [] grows in a loop" */
    uint64_t *site_bytes;    /* per prog->sites entry: its share of the bound */
    const char **site_why;   /* per prog->sites entry: why it is unbounded, or NULL */
    uint64_t exc_reserve;    /* the exceptions live at once, with their messages */
    uint64_t exc_live;       /* how many exceptions that reserves */
} HeapBound;

/* Works out the bound for prog after escape analysis. */
HeapBound *heap_bound_compute(const IrProgram *prog, const HeapLayout *layout);

#endif
