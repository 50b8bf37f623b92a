/* struct_format.h — the layout of a constant `struct` format string
 * ("<HHf"), shared by its inference (infer_struct.c) and lowering
 * (lower_struct.c). */
#ifndef KRAIT_STRUCT_FORMAT_H
#define KRAIT_STRUCT_FORMAT_H

#include <stdbool.h>
#include <stdint.h>

#include "sema.h"

/* More items than this in one format is refused (each is a runtime call). */
#define STRUCT_MAX_ITEMS 256

typedef struct StructItem {
    char letter;    /* b B h H i I l L q Q n N ? e f d s x */
    int64_t offset; /* from the start of the packed data */
    int64_t size;   /* bytes: the item's width; for s and x, the count */
} StructItem;

typedef struct StructLayout {
    bool little;      /* byte order (native: little, as the targets are) */
    int64_t size;     /* struct.calcsize() */
    int nitems;       /* items, x pads included */
    int nvalues;      /* items that take or give a value (all but x) */
    StructItem items[STRUCT_MAX_ITEMS];
} StructLayout;

/* Parses fmt into *out; on a bad format returns false with *err set to
 * CPython's struct.error text (or a "not supported yet" reason, with
 * *unsupported set). */
bool struct_layout(const char *fmt, StructLayout *out, const char **err, bool *unsupported);

/* Is n `struct.error` (with `import struct`)? */
bool struct_names_error(const Module *mod, Node *n);
/* Is f `struct.NAME` (with `import struct`)? */
bool struct_names_module_attr(const Module *mod, Node *f);

#endif
