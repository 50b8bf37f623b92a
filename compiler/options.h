/* options.h — the command line, parsed once into one struct.
 *
 * Every verb shares one option table (options.c), so `krait check` and
 * `krait build` agree on what `--int 32` means.  A bad option is a usage
 * error: a message naming it and exit status 2.
 */
#ifndef KRAIT_OPTIONS_H
#define KRAIT_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum Verb {
    VERB_NONE,
    VERB_RUN,
    VERB_BUILD,
    VERB_CHECK,
    VERB_BUDGET,
    VERB_BIND,
    VERB_DUMP_AST,
    VERB_DUMP_IR,
    VERB_HELP,
    VERB_VERSION,
} Verb;

/* Targets krait knows the layout of (sizes and alignments, default int and
 * float widths). */
#define TARGET_LIST(X)                                 \
    X(TARGET_HOST, "host", 64, 64)                     \
    X(TARGET_CORTEX_M0, "cortex-m0", 32, 32)           \
    X(TARGET_CORTEX_M3, "cortex-m3", 32, 32)           \
    X(TARGET_CORTEX_M4F, "cortex-m4f", 32, 32)         \
    X(TARGET_RV32IMAC, "rv32imac", 32, 32)

typedef enum TargetKind {
#define X(id, name, int_bits, float_bits) id,
    TARGET_LIST(X)
#undef X
} TargetKind;

/* Paths given with -I; more is a sign of a generated command line gone wrong. */
#define OPTIONS_MAX_INCLUDE_DIRS 64
/* Source files on one command line (`krait check a.py b.py …`). */
#define OPTIONS_MAX_INPUTS 100000

typedef struct Options {
    Verb verb;
    const char **inputs; /* .py files (bind: the .h file) */
    int input_count;
    const char **program_args; /* run: arguments after the program */
    int program_arg_count;
    const char *output;        /* -o */
    TargetKind target;
    int int_bits;              /* 32 or 64; 0 = the target's default */
    int float_bits;            /* 32 or 64; 0 = the target's default */
    bool heap_malloc;          /* --heap malloc */
    uint64_t heap_bytes;       /* --heap SIZE; 0 = default */
    uint64_t max_ram;          /* --max-ram; 0 = no limit */
    uint64_t max_stack;        /* --max-stack; 0 = no limit */
    const char *report_json;   /* --report-json FILE */
    bool report;               /* build --report */
    bool stack_estimate;       /* budget: skip measuring the stack with the target compiler */
    bool debug_lines;          /* -g */
    int opt_level;             /* -O0 / -O2 */
    const char *include_dirs[OPTIONS_MAX_INCLUDE_DIRS];
    int include_dir_count;
    bool make_deps;            /* -MD */
    const char *entry;         /* --entry NAME */
    bool dump_positions;       /* dump-ast: print @line:col ranges (default on) */
    bool parse_only;           /* check --parse-only: syntax only */
} Options;

/* --heap bounds: the arena's own tables need 256 bytes; its block offsets
 * are 32-bit (runtime/heap_arena.c checks the same at compile time). */
#define OPTIONS_MIN_HEAP 256u
#define OPTIONS_MAX_HEAP (1024u * 1024u * 1024u)

/* Parses argv; returns 0 on success, or prints a usage error to stderr and
 * returns 2. */
int options_parse(Options *opts, int argc, char **argv);

const char *target_name(TargetKind target);

void options_print_help(void);

#endif
