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

/* How the program starts (DESIGN §6). */
typedef enum EmitEntry {
    EMIT_ENTRY_MAIN, /* int main(void) runs every module's top level, then exits */
    EMIT_ENTRY_LIB,  /* no main: the firmware calls <lib_init>() once, then @export functions */
} EmitEntry;

/* Chooses the entry point; call before emit_header, which declares a lib's
 * init function.  lib_init is its C name ("app_init"); ignored for main.
 * Without this call the entry is EMIT_ENTRY_MAIN. */
void emit_set_entry(EmitC *e, EmitEntry entry, const char *lib_init);
/* The entry file: the program's type table, and main() or the lib's init
 * function, which start the runtime and run each module's top level in
 * prog->modules order, stopping at the first uncaught exception. */
void emit_entry(EmitC *e, FILE *out, const char *header_name);

#endif
