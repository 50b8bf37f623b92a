/* main.c — krait's command line: parse options, run the pipeline a verb
 * needs, map the outcome to an exit status.
 *
 *   0  success
 *   1  the program has errors (diagnostics were printed)
 *   2  usage error (unknown option, missing file argument)
 *   3  internal failure (out of memory)
 *
 * The stages themselves live in their own files; main only sequences them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "options.h"
#include "parse.h"
#include "build.h"
#include "typed.h"
#include "lower.h"
#include "effects.h"
#include "escape.h"
#include "budget.h"
#include "cycles.h"
#include "lifetime.h"
#include "stackuse.h"
#include "sema.h"
#include "source.h"

/* Parses one file; NULL after diagnostics. */
static Node *front_parse(Arena *arena, Diag *diag, const char *path, Source *src) {
    if (!source_load(src, path, arena, diag)) return NULL;
    return parse_source(arena, diag, src);
}

/* Loads, resolves and type-checks the program whose main module is path. */
static bool front_check(Arena *arena, Diag *diag, const Options *opts, const char *path, Program *prog,
                        Checked *checked) {
    memset(prog, 0, sizeof *prog);
    prog->arena = arena;
    prog->diag = diag;
    prog->search_dirs = opts->include_dirs;
    prog->search_dir_count = opts->include_dir_count;
    if (!program_load(prog, path)) return false;
    if (!resolve_program(prog)) return false;
    TypeTable *types = types_new(arena);
    return infer_program(checked, prog, types, opts);
}

/* The whole compiler up to the IR; NULL after diagnostics. */
static IrProgram *front_to_ir(Arena *arena, Diag *diag, const Options *opts) {
    Program prog;
    Checked checked;
    if (!front_check(arena, diag, opts, opts->inputs[0], &prog, &checked)) return NULL;
    IrProgram *ir = lower_program(&checked, arena, diag);
    if (diag_error_count(diag)) return NULL;
    effects_analyse(ir);
    lifetime_analyse(ir);
    escape_analyse(ir);
    cycles_find(ir, diag);
    return ir;
}

static void build_options_from(const Options *opts, BuildOptions *b) {
    memset(b, 0, sizeof *b);
    b->out_dir = opts->output;
    b->entry = opts->entry;
    /* the target's default widths unless --int/--float say otherwise */
    static const int target_int_bits[] = {
#define X(id, name, int_bits, float_bits) int_bits,
        TARGET_LIST(X)
#undef X
    };
    static const int target_float_bits[] = {
#define X(id, name, int_bits, float_bits) float_bits,
        TARGET_LIST(X)
#undef X
    };
    b->int_bits = opts->int_bits ? opts->int_bits : target_int_bits[opts->target];
    b->float_bits = opts->float_bits ? opts->float_bits : target_float_bits[opts->target];
    b->opt_level = opts->opt_level;
    b->debug_lines = opts->debug_lines;
    b->heap_bytes = opts->heap_malloc ? 0 : opts->heap_bytes;
}

/* The memory budget: printed when `print`, written as JSON with
 * --report-json, and checked against --max-ram/--max-stack (false when over,
 * or when the JSON file cannot be written). */
static bool report_budget(const IrProgram *ir, const Options *opts, const BuildOptions *b, Diag *diag, bool print) {
    if (!print && !opts->report_json && !opts->max_ram && !opts->max_stack) return true;
    BudgetOptions bo;
    memset(&bo, 0, sizeof bo);
    bo.target = target_name(opts->target);
    bo.ptr_bytes = opts->target == TARGET_HOST ? (int)sizeof(void *) : 4;
    bo.int_bits = b->int_bits;
    bo.float_bits = b->float_bits;
    bo.heap_bytes = b->heap_bytes;
    bo.max_ram = opts->max_ram;
    bo.max_stack = opts->max_stack;
    StackMeasure measure;
    const char *why_not = opts->stack_estimate ? "--stack-estimate" : stackuse_measure(ir, b, opts->target, &measure, diag);
    if (diag_error_count(diag)) return false;
    Budget *budget = budget_compute(ir, &bo, why_not ? NULL : &measure, why_not);
    if (print) budget_print(budget, stdout);
    if (opts->report_json) {
        FILE *f = strcmp(opts->report_json, "-") == 0 ? stdout : fopen(opts->report_json, "w");
        if (!f) {
            diag_error_plain(diag, "cannot write the budget to '%s'", opts->report_json);
            return false;
        }
        budget_print_json(budget, f);
        if (f != stdout && fclose(f) != 0) {
            diag_error_plain(diag, "cannot write the budget to '%s'", opts->report_json);
            return false;
        }
    }
    return budget_check_limits(budget, diag);
}

static int verb_build(const Options *opts) {
    if (!opts->output) {
        fputs("krait: error: 'krait build' needs an output directory: -o DIR\n", stderr);
        return 2;
    }
    Diag *diag = diag_new(stderr);
    Arena *arena = arena_new();
    IrProgram *ir = front_to_ir(arena, diag, opts);
    int status = 1;
    if (ir) {
        BuildOptions b;
        build_options_from(opts, &b);
        status = report_budget(ir, opts, &b, diag, opts->report) && build_write(ir, &b, diag) ? 0 : 1;
    }
    arena_free(arena);
    diag_free(diag);
    return status;
}

static int verb_budget(const Options *opts) {
    Diag *diag = diag_new(stderr);
    Arena *arena = arena_new();
    IrProgram *ir = front_to_ir(arena, diag, opts);
    int status = 1;
    if (ir) {
        BuildOptions b;
        build_options_from(opts, &b);
        /* JSON on stdout (--report-json -) replaces the text there */
        bool text = !opts->report_json || strcmp(opts->report_json, "-") != 0;
        status = report_budget(ir, opts, &b, diag, text) ? 0 : 1;
    }
    arena_free(arena);
    diag_free(diag);
    return status;
}

static int verb_dump_ir(const Options *opts) {
    Diag *diag = diag_new(stderr);
    Arena *arena = arena_new();
    IrProgram *ir = front_to_ir(arena, diag, opts);
    if (ir) ir_dump(stdout, ir);
    arena_free(arena);
    diag_free(diag);
    return ir ? 0 : 1;
}

static int verb_run(const Options *opts) {
    Diag *diag = diag_new(stderr);
    Arena *arena = arena_new();
    IrProgram *ir = front_to_ir(arena, diag, opts);
    int status = 1;
    if (ir) {
        BuildOptions b;
        build_options_from(opts, &b);
        status = build_run(ir, &b, (char *const *)opts->program_args, opts->program_arg_count, diag);
    }
    arena_free(arena);
    diag_free(diag);
    return status;
}

static int verb_check(const Options *opts) {
    Diag *diag = diag_new(stderr);
    for (int i = 0; i < opts->input_count && !diag_should_stop(diag); i++) {
        Arena *arena = arena_new();
        Source src;
        if (opts->parse_only) {
            front_parse(arena, diag, opts->inputs[i], &src);
        } else {
            Program prog;
            Checked checked;
            front_check(arena, diag, opts, opts->inputs[i], &prog, &checked);
        }
        arena_free(arena);
    }
    int status = diag_error_count(diag) ? 1 : 0;
    diag_free(diag);
    return status;
}

static int verb_dump_ast(const Options *opts) {
    Diag *diag = diag_new(stderr);
    Arena *arena = arena_new();
    Source src;
    Node *module = front_parse(arena, diag, opts->inputs[0], &src);
    int status = 1;
    if (module && diag_error_count(diag) == 0) {
        ast_dump(stdout, module, opts->dump_positions);
        status = fflush(stdout) == 0 ? 0 : 1;
    }
    arena_free(arena);
    diag_free(diag);
    return status;
}

static int verb_not_yet(const char *verb) {
    fprintf(stderr,
            "krait: error: 'krait %s' is not implemented yet in this version; "
            "'krait check' parses and checks a program\n",
            verb);
    return 1;
}

int main(int argc, char **argv) {
    Options opts;
    int status = options_parse(&opts, argc, argv);
    if (status != 0) return status;
    switch (opts.verb) {
    case VERB_HELP:
        options_print_help();
        return 0;
    case VERB_VERSION:
        printf("krait %s\n", KRAIT_VERSION);
        return 0;
    case VERB_CHECK:
        status = verb_check(&opts);
        break;
    case VERB_DUMP_AST:
        status = verb_dump_ast(&opts);
        break;
    case VERB_DUMP_IR:
        status = verb_dump_ir(&opts);
        break;
    case VERB_RUN:
        status = verb_run(&opts);
        break;
    case VERB_BUILD:
        status = verb_build(&opts);
        break;
    case VERB_BUDGET:
        status = verb_budget(&opts);
        break;
    case VERB_BIND:
        status = verb_not_yet("bind");
        break;
    case VERB_NONE:
        status = 2;
        break;
    }
    free(opts.inputs);
    return status;
}
