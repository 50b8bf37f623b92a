/* emit_c.h — C99 source from the IR (implementation: emit_c.c). */
#ifndef KRAIT_EMIT_C_H
#define KRAIT_EMIT_C_H

#include <stdbool.h>
#include <stdio.h>

#include "ir.h"

typedef struct EmitOptions {
    bool line_directives; /* -g: #line directives mapping C to the .py source */
    const char *version;  /* krait's version, stamped in the files */
} EmitOptions;

typedef struct EmitC EmitC;

/* Prepares emission of prog (registers the struct types it needs). */
EmitC *emit_new(Arena *arena, const IrProgram *prog, const EmitOptions *opts);
/* The program header: structs, globals, prototypes, str constants. */
void emit_header(EmitC *e, FILE *out, const char *guard);
/* One module's C file; it includes header_name. */
void emit_module(EmitC *e, FILE *out, const IrModule *mod, const char *header_name);

#endif
