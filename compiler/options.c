/* options.c — parses krait's command line.
 *
 * Form: `krait VERB [options] FILE… [-- program args]`.  Options may come
 * before or after the files; for `run`, everything after the program file
 * belongs to the program.  Values are validated here (sizes with K/M
 * suffixes, known targets, widths 32 or 64), so later stages trust Options.
 */
#include "options.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *name;
    Verb verb;
} verb_table[] = {
    {"run", VERB_RUN},       {"build", VERB_BUILD},       {"check", VERB_CHECK},
    {"budget", VERB_BUDGET}, {"bind", VERB_BIND},         {"dump-ast", VERB_DUMP_AST}, {"dump-ir", VERB_DUMP_IR},
    {"help", VERB_HELP},     {"--help", VERB_HELP},       {"-h", VERB_HELP},
    {"--version", VERB_VERSION}, {"version", VERB_VERSION},
};

static const char *const target_names[] = {
#define X(id, name, int_bits, float_bits) name,
    TARGET_LIST(X)
#undef X
};

const char *target_name(TargetKind target) {
    return target_names[target];
}

static int usage_error(const char *fmt, const char *arg) {
    fputs("krait: error: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nTry 'krait --help' for more information.\n", stderr);
    return 2;
}

void options_print_help(void) {
    fputs(
        "krait — compile a statically typable subset of Python 3 to C99 for microcontrollers\n"
        "\n"
        "usage:\n"
        "  krait run   app.py [args...]         compile for the host, build with cc, run it\n"
        "  krait build app.py -o out/           write out/app.c, out/app.h, out/krait.mk\n"
        "  krait check app.py...                parse, resolve and type-check; diagnostics only\n"
        "              [--parse-only]           (syntax only: any Python 3.11 file)\n"
        "  krait budget app.py [--target T]     print the static memory budget\n"
        "  krait bind  hal.h -o hal.pyi         read a C header; write typed Python stubs\n"
        "  krait dump-ast app.py [--no-positions]  print the syntax tree as an S-expression\n"
        "  krait dump-ir app.py                 print the typed IR the C is generated from\n"
        "  krait --version | --help\n"
        "\n"
        "options:\n"
        "  --target host|cortex-m0|cortex-m3|cortex-m4f|rv32imac\n"
        "  --heap SIZE|malloc     static heap arena (K/M suffixes), or malloc on the host\n"
        "  --int 32|64            width of int (default: 64 on host, 32 on MCU targets)\n"
        "  --float 32|64          width of float\n"
        "  --max-ram N            fail the build when the RAM budget exceeds N bytes\n"
        "  --max-stack N          fail the build when the worst-case stack exceeds N bytes\n"
        "  --report               print the memory budget after build\n"
        "  --stack-estimate       budget: krait's own frame estimate, without compiling\n"
        "                         for the target to measure the stack\n"
        "  --report-json FILE     write the memory budget as JSON\n"
        "  -o PATH                output file or directory\n"
        "  -g                     emit #line directives mapping C back to the .py source\n"
        "  -O0 | -O2              optimisation level of the generated C build\n"
        "  -I DIR                 add DIR to the module search path\n"
        "  -MD                    write a make dependency file\n"
        "  --entry NAME           entry point: main (default) or lib\n"
        "\n"
        "exit status: 0 success, 1 the program has errors, 2 usage error\n",
        stdout);
}

/* "4096", "4K", "64k", "1M": bytes. */
static bool parse_size(const char *text, uint64_t *out) {
    errno = 0;
    char *end = NULL;
    if (text[0] < '0' || text[0] > '9') return false;
    unsigned long long v = strtoull(text, &end, 10);
    if (errno || end == text) return false;
    unsigned long long scale = 1;
    if (*end == 'k' || *end == 'K') {
        scale = 1024;
        end++;
    } else if (*end == 'm' || *end == 'M') {
        scale = 1024 * 1024;
        end++;
    }
    if (*end == 'B' || *end == 'b') end++;
    if (*end != '\0') return false;
    if (v > UINT64_MAX / scale) return false;
    *out = (uint64_t)(v * scale);
    return true;
}

static bool parse_width(const char *text, int *out) {
    if (strcmp(text, "32") == 0) {
        *out = 32;
        return true;
    }
    if (strcmp(text, "64") == 0) {
        *out = 64;
        return true;
    }
    return false;
}

/* The value of an option that takes one: `--opt VALUE` or `--opt=VALUE`. */
static const char *option_value(int argc, char **argv, int *i, const char *name, int *err) {
    const char *arg = argv[*i];
    size_t n = strlen(name);
    if (arg[n] == '=') return arg + n + 1;
    if (*i + 1 >= argc) {
        *err = usage_error("option '%s' needs a value", name);
        return NULL;
    }
    return argv[++*i];
}

static bool option_is(const char *arg, const char *name) {
    size_t n = strlen(name);
    return strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

int options_parse(Options *opts, int argc, char **argv) {
    memset(opts, 0, sizeof *opts);
    opts->target = TARGET_HOST;
    opts->opt_level = 2;
    opts->dump_positions = true;
    if (argc < 2) return usage_error("%s", "no command given (run, build, check, budget, bind)");

    const char *verb = argv[1];
    for (size_t k = 0; k < sizeof verb_table / sizeof verb_table[0]; k++)
        if (strcmp(verb, verb_table[k].name) == 0) opts->verb = verb_table[k].verb;
    if (opts->verb == VERB_NONE) return usage_error("unknown command '%s' (expected run, build, check, budget, bind)", verb);
    if (opts->verb == VERB_HELP || opts->verb == VERB_VERSION) return 0;

    opts->inputs = calloc((size_t)argc, sizeof *opts->inputs);
    if (!opts->inputs) {
        fputs("krait: fatal: out of memory\n", stderr);
        exit(3);
    }
    bool only_files = false;
    for (int i = 2; i < argc; i++) {
        const char *arg = argv[i];
        int err = 0;
        const char *v = NULL;
        if (only_files || arg[0] != '-' || strcmp(arg, "-") == 0) {
            opts->inputs[opts->input_count++] = arg;
            if (opts->verb == VERB_RUN) {
                /* the rest belongs to the program */
                opts->program_args = (const char **)argv + i + 1;
                opts->program_arg_count = argc - i - 1;
                break;
            }
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            only_files = true;
        } else if (strcmp(arg, "-o") == 0 || option_is(arg, "--output")) {
            if (strcmp(arg, "-o") == 0) {
                if (i + 1 >= argc) return usage_error("option '%s' needs a value", "-o");
                opts->output = argv[++i];
            } else {
                if (!(v = option_value(argc, argv, &i, "--output", &err))) return err;
                opts->output = v;
            }
        } else if (option_is(arg, "--target")) {
            if (!(v = option_value(argc, argv, &i, "--target", &err))) return err;
            bool found = false;
            for (size_t t = 0; t < sizeof target_names / sizeof target_names[0]; t++) {
                if (strcmp(v, target_names[t]) == 0) {
                    opts->target = (TargetKind)t;
                    found = true;
                }
            }
            if (!found) return usage_error("unknown target '%s' (expected host, cortex-m0, cortex-m3, cortex-m4f or rv32imac)", v);
        } else if (option_is(arg, "--heap")) {
            if (!(v = option_value(argc, argv, &i, "--heap", &err))) return err;
            if (strcmp(v, "malloc") == 0) {
                opts->heap_malloc = true;
            } else if (!parse_size(v, &opts->heap_bytes) || opts->heap_bytes == 0) {
                return usage_error("bad --heap size '%s' (expected bytes like 4096, 16K, 1M, or 'malloc')", v);
            } else if (opts->heap_bytes < OPTIONS_MIN_HEAP || opts->heap_bytes > OPTIONS_MAX_HEAP) {
                return usage_error("--heap %s is outside 256 bytes .. 1G (the arena's tables need 256 bytes; its "
                                   "offsets are 32-bit)", v);
            }
        } else if (option_is(arg, "--int")) {
            if (!(v = option_value(argc, argv, &i, "--int", &err))) return err;
            if (!parse_width(v, &opts->int_bits)) return usage_error("bad --int width '%s' (expected 32 or 64)", v);
        } else if (option_is(arg, "--float")) {
            if (!(v = option_value(argc, argv, &i, "--float", &err))) return err;
            if (!parse_width(v, &opts->float_bits)) return usage_error("bad --float width '%s' (expected 32 or 64)", v);
        } else if (option_is(arg, "--max-ram")) {
            if (!(v = option_value(argc, argv, &i, "--max-ram", &err))) return err;
            if (!parse_size(v, &opts->max_ram)) return usage_error("bad --max-ram size '%s'", v);
        } else if (option_is(arg, "--max-stack")) {
            if (!(v = option_value(argc, argv, &i, "--max-stack", &err))) return err;
            if (!parse_size(v, &opts->max_stack)) return usage_error("bad --max-stack size '%s'", v);
        } else if (option_is(arg, "--report-json")) {
            if (!(v = option_value(argc, argv, &i, "--report-json", &err))) return err;
            opts->report_json = v;
        } else if (strcmp(arg, "--report") == 0) {
            opts->report = true;
        } else if (strcmp(arg, "--stack-estimate") == 0) {
            opts->stack_estimate = true;
        } else if (strcmp(arg, "-g") == 0) {
            opts->debug_lines = true;
        } else if (strcmp(arg, "-O0") == 0) {
            opts->opt_level = 0;
        } else if (strcmp(arg, "-O2") == 0) {
            opts->opt_level = 2;
        } else if (strncmp(arg, "-I", 2) == 0) {
            const char *dir = arg[2] ? arg + 2 : (i + 1 < argc ? argv[++i] : NULL);
            if (!dir) return usage_error("option '%s' needs a directory", "-I");
            if (opts->include_dir_count == OPTIONS_MAX_INCLUDE_DIRS)
                return usage_error("too many -I directories (at most %s)", "64");
            opts->include_dirs[opts->include_dir_count++] = dir;
        } else if (strcmp(arg, "-MD") == 0) {
            opts->make_deps = true;
        } else if (option_is(arg, "--entry")) {
            if (!(v = option_value(argc, argv, &i, "--entry", &err))) return err;
            opts->entry = v;
        } else if (strcmp(arg, "--parse-only") == 0 && opts->verb == VERB_CHECK) {
            opts->parse_only = true;
        } else if (strcmp(arg, "--no-positions") == 0 && opts->verb == VERB_DUMP_AST) {
            opts->dump_positions = false;
        } else {
            return usage_error("unknown option '%s'", arg);
        }
    }
    if (opts->input_count == 0) return usage_error("%s", "no input file given");
    if ((opts->verb == VERB_DUMP_AST || opts->verb == VERB_DUMP_IR || opts->verb == VERB_BUILD || opts->verb == VERB_BUDGET ||
         opts->verb == VERB_BIND) && opts->input_count > 1)
        return usage_error("'%s' takes one input file", argv[1]);
    return 0;
}
