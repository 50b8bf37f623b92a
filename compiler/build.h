/* build.h — from IR to files on disk, a C compiler and a running program:
 * the back half of `krait build` and `krait run` (implementation: build.c).
 *
 *   krait build app.py -o out/     build_write: out/app.h, one .c per module,
 *                                  out/app_main.c (main) and out/krait.mk
 *   krait run app.py args...       build_run: the same files compiled with
 *                                  $CC into a cache, then the program run
 */
#ifndef KRAIT_BUILD_H
#define KRAIT_BUILD_H

#include "fwd.h"

#include <stdbool.h>
#include <stdint.h>

#include "ir.h"

/* build_run's own exit statuses (otherwise it returns the program's). */
#define BUILD_EXIT_ERROR 1    /* the build could not run: no C compiler, no cache directory */
#define BUILD_EXIT_INTERNAL 3 /* the C compiler rejected krait's output or runtime: a krait bug */

typedef struct BuildOptions {
    const char *out_dir;    /* build: directory to write (created if missing) */
    const char *entry;      /* "main" (also NULL) or "lib" (--entry) */
    int int_bits;           /* 32 or 64; 0 = 64 (main.c passes the target's resolved width) */
    int float_bits;         /* 32 or 64; 0 = 64 */
    int opt_level;          /* run: 0 = -O0, otherwise -O2 */
    bool debug_lines;       /* -g: #line directives mapping the C to the .py source */
    const char *cc;         /* run: C compiler command, may hold arguments ("ccache gcc");
                               NULL = $CC, else "cc" */
    bool sanitize;          /* run: -fsanitize=address,undefined; also when KRAIT_SANITIZE=1 */
    bool debug_heap;        /* run: -DKRT_DEBUG_HEAP=1, leaks fail the run with status 70;
                               also when KRAIT_DEBUG_HEAP=1 */
    bool verbose;           /* run: print every command to stderr; also when KRAIT_VERBOSE=1 */
    uint64_t heap_bytes;    /* --heap SIZE: the static arena's size (-DKRT_HEAP_SIZE);
                               0 = the system allocator (--heap malloc, or no --heap) */
    const char *version;    /* stamped in generated files; NULL = KRAIT_VERSION */
    const char *source_dir; /* krait's tree (runtime/, include/); NULL = KRAIT_SOURCE_DIR */
    const char *cache_dir;  /* run: NULL = $XDG_CACHE_HOME/krait, ~/.cache/krait or
                               /tmp/krait-cache-$UID, the first that can be made */
} BuildOptions;

/* Writes the program's C files and krait.mk into opts->out_dir.  Every file
 * is written whole (a temporary in the same directory, then renamed) and
 * left untouched when its bytes are already there, so make rebuilds only
 * what changed.  False after a diagnostic. */
bool build_write(const IrProgram *prog, const BuildOptions *opts, Diag *diag);

/* Compiles the program's C (written to opts->out_dir) and krait's runtime
 * with the target compiler cc_argv (a NULL-terminated command and its CPU
 * flags) and -fstack-usage -fcallgraph-info=su, objects and reports going to
 * obj_dir.  False after a diagnostic when the compiler cannot be run or
 * rejects a file. */
bool build_stack_usage(const IrProgram *prog, const BuildOptions *opts, const char *const *cc_argv, const char *obj_dir,
                       Diag *diag);

/* Compiles the program for the host into the cache (reusing an earlier
 * build of the same sources, options and compiler) and runs it with
 * program_args as argv[1..nargs], stdin/stdout/stderr inherited.  Returns
 * its exit status (128+N when killed by signal N), or BUILD_EXIT_ERROR /
 * BUILD_EXIT_INTERNAL after a diagnostic. */
int build_run(const IrProgram *prog, const BuildOptions *opts, char *const program_args[], int nargs,
              Diag *diag);

#endif
