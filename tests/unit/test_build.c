/* test_build.c — `krait build` and `krait run` from hand-built IR.
 *
 * build_write: exactly the expected files, stable bytes, a krait.mk a real
 * Makefile can use, generated C that clang and arm-none-eabi-gcc accept.
 * build_run: programs run with the right output and exit status, uncaught
 * exceptions print CPython's traceback, the cache is reused and survives two
 * concurrent runs, a leak fails a debug-heap run, and C the compiler rejects
 * is reported as krait's bug with the files kept.
 *
 * All runs share one cache under a temporary XDG_CACHE_HOME made in main(),
 * so the runtime library is compiled once for the whole suite; main()
 * removes everything the suite wrote (KRAIT_KEEP_TEST_FILES=1 keeps it).
 */
#define _XOPEN_SOURCE 700 /* mkdtemp, setenv */
#include <check.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arena.h"
#include "build.h"
#include "diag.h"
#include "ir.h"
#include "types.h"

static Arena *arena;
static TypeTable *tt;
static IrProgram *prog;
static Diag *diag;
/* Everything the suite writes lives under root (removed at the end);
 * XDG_CACHE_HOME is root/cache. */
static char root[] = "/tmp/krait_test_build_XXXXXX";
static char cache_home[sizeof root + 8];

static void setup(void) {
    arena = arena_new();
    tt = types_new(arena);
    prog = ir_program_new(arena, tt);
    diag = diag_new(stderr);
}

static void teardown(void) {
    diag_free(diag);
    arena_free(arena);
}

/* ---- hand-built programs ---------------------------------------------------- */

static RtFunc *rt_func(const char *c_name, Type *ret, Type *param, bool may_raise) {
    RtFunc *rt = arena_alloc(arena, sizeof *rt);
    rt->c_name = c_name;
    rt->ret = ret;
    rt->nparams = param ? 1 : 0;
    if (param) {
        rt->params = arena_alloc(arena, sizeof *rt->params);
        rt->params[0] = param;
    }
    rt->may_raise = may_raise;
    return rt;
}

/* A module whose top level is one block; returns that block. */
static IrBlock *module_new(const char *name, IrFunc **init_out) {
    IrModule *mod = ir_module_new(prog, name, name, arena_printf(arena, "%s.py", name));
    IrFunc *init = ir_func_new(prog, mod, "<module>", arena_printf(arena, "%s__module", name), type_none(tt));
    mod->init = init;
    if (init_out) *init_out = init;
    return ir_block_new(init, prog);
}

/* print(text) as the runtime call on a str constant (text ends with \n). */
static void emit_print(IrFunc *fn, IrBlock *b, const char *text, const char *rt_name) {
    IrTemp *s = ir_temp_new(fn, prog, type_str(tt), NULL);
    IrInstr *k = ir_emit(prog, b, IR_CONST_STR, s, 0, NULL);
    k->imm.i = ir_str_const(prog, text, (uint32_t)strlen(text))->id;
    IrInstr *call = ir_emit(prog, b, IR_CALL_RT, NULL, 1, &s);
    call->rt = rt_func(rt_name, NULL, type_str(tt), false);
}

/* print("<text>") */
static void build_hello(const char *name, const char *text) {
    IrFunc *init;
    IrBlock *b = module_new(name, &init);
    emit_print(init, b, text, "krt_out_str");
    ir_return(b, NULL);
}

/* print("before"); 7 // 0 on line 3 */
static void build_boom(void) {
    IrFunc *init;
    IrBlock *b = module_new("boom", &init);
    IrBlock *unwind = ir_block_new(init, prog);
    b->handler = unwind;
    emit_print(init, b, "before\n", "krt_out_str");
    IrTemp *seven = ir_temp_new(init, prog, type_int(tt), NULL);
    IrTemp *zero = ir_temp_new(init, prog, type_int(tt), NULL);
    IrTemp *q = ir_temp_new(init, prog, type_int(tt), "q");
    ir_emit(prog, b, IR_CONST, seven, 0, NULL)->imm.i = 7;
    ir_emit(prog, b, IR_CONST, zero, 0, NULL)->imm.i = 0;
    IrTemp *args[2] = {seven, zero};
    IrInstr *div = ir_emit(prog, b, IR_BINOP, q, 2, args);
    div->imm.binop = BIN_FLOORDIV;
    div->flags |= IR_MAY_RAISE;
    div->line = 3;
    emit_print(init, b, "not reached\n", "krt_out_str");
    ir_return(b, NULL);
    ir_emit(prog, unwind, IR_TRACEBACK, NULL, 0, NULL)->imm.i = 3;
    unwind->term.kind = TERM_UNWIND;
    init->may_raise = true;
}

/* ---- helpers --------------------------------------------------------------------- */

/* The file's text, in the test's arena. */
static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
    long size = ftell(f);
    ck_assert_int_ge(size, 0);
    rewind(f);
    char *buf = arena_alloc(arena, (size_t)size + 1);
    ck_assert_int_eq(fread(buf, 1, (size_t)size, f), (size_t)size);
    buf[size] = '\0';
    fclose(f);
    return buf;
}

/* The entries of dir (without . and ..), sorted, joined by spaces. */
static char *dir_listing(const char *dir) {
    DIR *d = opendir(dir);
    ck_assert_msg(d != NULL, "cannot open %s", dir);
    char *names[64];
    int n = 0;
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL && n < 64)
        if (strcmp(ent->d_name, ".") && strcmp(ent->d_name, "..")) names[n++] = strdup(ent->d_name);
    closedir(d);
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    static char out[4096];
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        if (i) strcat(out, " ");
        strcat(out, names[i]);
        free(names[i]);
    }
    return out;
}

/* Runs argv (no shell) in dir; returns its exit status. */
static int run_cmd(const char *dir, char *const argv[]) {
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        if (dir && chdir(dir) != 0) _exit(126);
        execvp(argv[0], argv);
        _exit(127);
    }
    int st;
    waitpid(pid, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static bool have_tool(const char *name) {
    char *argv[] = {(char *)name, "--version", NULL};
    int fd = open("/dev/null", O_WRONLY);
    int saved = dup(1);
    dup2(fd, 1);
    int st = run_cmd(NULL, argv);
    dup2(saved, 1);
    close(saved);
    close(fd);
    return st == 0;
}

static BuildOptions default_opts(void) {
    BuildOptions o;
    memset(&o, 0, sizeof o);
    o.version = "test";
    o.cc = "cc";
    o.opt_level = 2; /* krait's default */
    return o;
}

typedef struct Captured {
    int status;
    char *out;
    char *err;
} Captured;

/* build_run with fds 1 and 2 sent to files. */
static Captured run_captured(const BuildOptions *opts, char *const args[], int nargs) {
    char out_path[] = "/tmp/krait_build_out_XXXXXX", err_path[] = "/tmp/krait_build_err_XXXXXX";
    int out_fd = mkstemp(out_path), err_fd = mkstemp(err_path);
    ck_assert(out_fd >= 0 && err_fd >= 0);
    fflush(NULL);
    int saved_out = dup(1), saved_err = dup(2);
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    Captured c;
    c.status = build_run(prog, opts, args, nargs, diag);
    fflush(NULL);
    dup2(saved_out, 1);
    dup2(saved_err, 2);
    close(saved_out);
    close(saved_err);
    close(out_fd);
    close(err_fd);
    c.out = slurp(out_path);
    c.err = slurp(err_path);
    unlink(out_path);
    unlink(err_path);
    return c;
}

static char *make_tmp_dir(void) {
    char *dir = arena_printf(arena, "%s/XXXXXX", root);
    ck_assert_ptr_nonnull(mkdtemp(dir));
    return dir;
}

/* The one entry of dir/ whose name starts with prefix ("" if none; fails if several). */
static char *cache_entry(const char *prefix) {
    static char found[1024];
    found[0] = '\0';
    char dir[256];
    snprintf(dir, sizeof dir, "%s/krait", cache_home);
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    struct dirent *ent;
    int n = 0;
    while ((ent = readdir(d)) != NULL)
        if (strncmp(ent->d_name, prefix, strlen(prefix)) == 0) {
            snprintf(found, sizeof found, "%s/%s", dir, ent->d_name);
            n++;
        }
    closedir(d);
    ck_assert_int_le(n, 1);
    return found;
}

/* ---- build_write ------------------------------------------------------------------- */

START_TEST(test_write_files_and_stable_bytes) {
    build_hello("hello", "hello, krait\n");
    char *tmp = make_tmp_dir();
    char out[512];
    snprintf(out, sizeof out, "%s/out dir/nested", tmp); /* spaces, missing parents */
    BuildOptions o = default_opts();
    o.out_dir = out;
    ck_assert(build_write(prog, &o, diag));
    ck_assert_str_eq(dir_listing(out), "hello.c hello.h hello_main.c krait.mk");

    char path[600];
    char *first[4];
    struct stat before[4];
    const char *names[4] = {"hello.c", "hello.h", "hello_main.c", "krait.mk"};
    for (int i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/%s", out, names[i]);
        first[i] = slurp(path);
        ck_assert_int_eq(stat(path, &before[i]), 0);
    }
    ck_assert(build_write(prog, &o, diag));
    ck_assert_str_eq(dir_listing(out), "hello.c hello.h hello_main.c krait.mk"); /* no temporaries left */
    for (int i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/%s", out, names[i]);
        ck_assert_str_eq(slurp(path), first[i]);
        struct stat after;
        ck_assert_int_eq(stat(path, &after), 0);
        ck_assert_msg(after.st_ino == before[i].st_ino, "%s was rewritten with the same bytes", names[i]);
    }
    const char *h = first[1];
    ck_assert_ptr_nonnull(strstr(h, "#ifndef KRAIT_HELLO_H\n#define KRAIT_HELLO_H\n"));
    ck_assert_ptr_nonnull(strstr(h, "void hello__module(void);"));
    const char *entry = first[2];
    ck_assert_ptr_nonnull(strstr(entry, "#include \"hello.h\""));
    ck_assert_ptr_nonnull(strstr(entry, "const KrtType *const krt_program_types[] = {NULL};"));
    ck_assert_ptr_nonnull(strstr(entry, "const uint16_t krt_program_type_count = 0;"));
    ck_assert_ptr_nonnull(strstr(entry, "int main(void) {"));
    ck_assert_ptr_nonnull(strstr(entry, "    krt_init();\n    hello__module();\n"));
    ck_assert_ptr_nonnull(strstr(entry, "if (krt_failed()) status = krt_exc_report_uncaught();"));
    ck_assert_ptr_nonnull(strstr(entry, "if (krt_fini() != 0) status = 70;"));
    ck_assert_ptr_null(strstr(first[0], "/tmp"));
    ck_assert_ptr_null(strstr(entry, "/tmp"));
}
END_TEST

START_TEST(test_krait_mk) {
    build_hello("hello", "hello, krait\n");
    char *tmp = make_tmp_dir();
    char out[512];
    snprintf(out, sizeof out, "%s/out", tmp);
    BuildOptions o = default_opts();
    o.out_dir = out;
    o.int_bits = 32;
    o.float_bits = 32;
    ck_assert(build_write(prog, &o, diag));
    char path[600];
    snprintf(path, sizeof path, "%s/krait.mk", out);
    const char *mk = slurp(path);
    ck_assert_ptr_nonnull(strstr(mk, "#     include "));
    ck_assert_ptr_nonnull(strstr(mk, "#     SRCS += $(KRAIT_SRCS) $(KRAIT_RUNTIME_SRCS)\n"));
    ck_assert_ptr_nonnull(strstr(mk, "KRAIT_OUT := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))\n"));
    ck_assert_ptr_nonnull(strstr(mk, "KRAIT_HOME := " KRAIT_SOURCE_DIR "\n"));
    ck_assert_ptr_nonnull(strstr(mk, "KRAIT_SRCS := \\\n\t$(KRAIT_OUT)/hello.c \\\n\t$(KRAIT_OUT)/hello_main.c\n"));
    ck_assert_ptr_nonnull(strstr(mk, "KRAIT_RUNTIME_SRCS := \\\n\t$(KRAIT_HOME)/runtime/arith.c \\\n"));
    ck_assert_ptr_nonnull(strstr(mk, "\t$(KRAIT_HOME)/runtime/port_host.c \\\n"));
    ck_assert_ptr_nonnull(strstr(mk, "KRAIT_CFLAGS := -std=c99 -I$(KRAIT_OUT) -I$(KRAIT_HOME)/include "
                                     "-I$(KRAIT_HOME)/runtime -ffp-contract=off -DKRT_INT_BITS=32 "
                                     "-DKRT_FLOAT_BITS=32\n"));
    ck_assert_ptr_nonnull(strstr(mk, "KRAIT_LDLIBS := -lm\n"));
    /* every runtime source is listed */
    DIR *d = opendir(KRAIT_SOURCE_DIR "/runtime");
    ck_assert_ptr_nonnull(d);
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL) {
        size_t n = strlen(ent->d_name);
        if (n < 3 || strcmp(ent->d_name + n - 2, ".c") != 0) continue;
        char want[300];
        snprintf(want, sizeof want, "$(KRAIT_HOME)/runtime/%s", ent->d_name);
        ck_assert_msg(strstr(mk, want) != NULL, "%s missing from krait.mk", ent->d_name);
    }
    closedir(d);
}
END_TEST

/* The two lines of krait.mk's comment in a real Makefile: build and run. */
START_TEST(test_makefile_builds_program) {
    build_hello("hello", "hello from make\n");
    char *tmp = make_tmp_dir();
    char out[512];
    snprintf(out, sizeof out, "%s/out", tmp);
    BuildOptions o = default_opts();
    o.out_dir = out;
    ck_assert(build_write(prog, &o, diag));
    char path[600];
    snprintf(path, sizeof path, "%s/Makefile", tmp);
    FILE *mf = fopen(path, "w");
    ck_assert_ptr_nonnull(mf);
    fputs("include out/krait.mk\n"
          "SRCS += $(KRAIT_SRCS) $(KRAIT_RUNTIME_SRCS)\n"
          "CFLAGS += $(KRAIT_CFLAGS) -Wall -Wextra -Werror -pedantic\n"
          "LDLIBS += $(KRAIT_LDLIBS)\n"
          "app: $(SRCS)\n"
          "\t$(CC) $(CFLAGS) $(SRCS) -o $@ $(LDLIBS)\n",
          mf);
    fclose(mf);
    char *make[] = {"make", "-s", NULL};
    ck_assert_int_eq(run_cmd(tmp, make), 0);
    char out_path[600];
    snprintf(out_path, sizeof out_path, "%s/stdout", tmp);
    fflush(NULL);
    int fd = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int saved = dup(1);
    dup2(fd, 1);
    char *app[] = {"./app", NULL};
    int st = run_cmd(tmp, app);
    dup2(saved, 1);
    close(saved);
    close(fd);
    ck_assert_int_eq(st, 0);
    ck_assert_str_eq(slurp(out_path), "hello from make\n");
}
END_TEST

static void compile_each(const char *out, const char *const *cc_argv, int cc_argc) {
    const char *files[] = {"boom.c", "hello.c", "hello_main.c"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char *argv[32];
        int n = 0;
        for (int k = 0; k < cc_argc; k++) argv[n++] = (char *)cc_argv[k];
        char inc[600], src[600];
        snprintf(inc, sizeof inc, "-I%s/include", KRAIT_SOURCE_DIR);
        snprintf(src, sizeof src, "%s/%s", out, files[i]);
        argv[n++] = inc;
        argv[n++] = "-c";
        argv[n++] = src;
        argv[n++] = "-o";
        argv[n++] = "/dev/null";
        argv[n] = NULL;
        ck_assert_msg(run_cmd(NULL, argv) == 0, "%s rejected %s", cc_argv[0], files[i]);
    }
}

/* Two modules (boom raises, hello prints) compile with clang and for a
 * Cortex-M0 with 32-bit int and float. */
START_TEST(test_generated_c_compiles_for_clang_and_arm) {
    build_boom();
    build_hello("hello", "hi\n");
    prog->main = prog->modules.items[1];
    char *tmp = make_tmp_dir();
    char out64[512], out32[512];
    snprintf(out64, sizeof out64, "%s/host", tmp);
    snprintf(out32, sizeof out32, "%s/m0", tmp);
    BuildOptions o = default_opts();
    o.out_dir = out64;
    o.debug_lines = true;
    ck_assert(build_write(prog, &o, diag));
    ck_assert_str_eq(dir_listing(out64), "boom.c hello.c hello.h hello_main.c krait.mk");
    o.out_dir = out32;
    o.int_bits = 32;
    o.float_bits = 32;
    ck_assert(build_write(prog, &o, diag));
    const char *gcc[] = {"gcc", "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-O2"};
    compile_each(out64, gcc, 7);
    if (have_tool("clang")) {
        const char *clang[] = {"clang", "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-O2"};
        compile_each(out64, clang, 7);
    }
    if (have_tool("arm-none-eabi-gcc")) {
        const char *arm[] = {"arm-none-eabi-gcc", "-mcpu=cortex-m0", "-mthumb", "-std=c99", "-Wall", "-Wextra",
                             "-Werror", "-pedantic", "-Os", "-DKRT_INT_BITS=32", "-DKRT_FLOAT_BITS=32"};
        compile_each(out32, arm, 11);
    }
}
END_TEST

START_TEST(test_entry_lib) {
    build_hello("app", "hi\n");
    char *tmp = make_tmp_dir();
    BuildOptions o = default_opts();
    o.out_dir = tmp;
    o.entry = "lib";
    ck_assert(build_write(prog, &o, diag));
    ck_assert_str_eq(dir_listing(tmp), "app.c app.h app_lib.c krait.mk");
    char path[600];
    snprintf(path, sizeof path, "%s/app.h", tmp);
    ck_assert_ptr_nonnull(strstr(slurp(path), "int app_init(void);"));
    snprintf(path, sizeof path, "%s/app_lib.c", tmp);
    const char *lib = slurp(path);
    ck_assert_ptr_nonnull(strstr(lib, "int app_init(void) {\n    krt_init();\n    app__module();\n"));
    ck_assert_ptr_null(strstr(lib, "main"));
    char inc[600];
    snprintf(inc, sizeof inc, "-I%s/include", KRAIT_SOURCE_DIR);
    char *cc[] = {"gcc", "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", inc, "-c", path, "-o", "/dev/null",
                  NULL};
    ck_assert_int_eq(run_cmd(NULL, cc), 0);

    o.entry = "bogus";
    ck_assert(!build_write(prog, &o, diag));
    ck_assert_int_eq(diag_error_count(diag), 1);
    /* krait run needs main() */
    o.entry = "lib";
    Captured c = run_captured(&o, NULL, 0);
    ck_assert_int_eq(c.status, BUILD_EXIT_ERROR);
    ck_assert_ptr_nonnull(strstr(c.err, "--entry lib"));
}
END_TEST

/* ---- build_run ------------------------------------------------------------------- */

START_TEST(test_run_hello_and_cache_reuse) {
    build_hello("hello", "hello, krait\n");
    BuildOptions o = default_opts();
    Captured c = run_captured(&o, NULL, 0);
    ck_assert_msg(c.status == 0, "status %d, stderr: %s", c.status, c.err);
    ck_assert_str_eq(c.out, "hello, krait\n");
    ck_assert_str_eq(c.err, "");
    /* the cache lives under $XDG_CACHE_HOME/krait; one program build */
    char *entry = cache_entry("prog-");
    ck_assert_str_ne(entry, "");
    char exe[600];
    snprintf(exe, sizeof exe, "%s/hello", entry);
    struct stat first, second;
    ck_assert_int_eq(stat(exe, &first), 0);
    ck_assert_str_ne(cache_entry("rt-"), "");
    c = run_captured(&o, NULL, 0);
    ck_assert_int_eq(c.status, 0);
    ck_assert_str_eq(c.out, "hello, krait\n");
    ck_assert_int_eq(stat(exe, &second), 0);
    ck_assert(first.st_ino == second.st_ino && first.st_mtime == second.st_mtime);
    ck_assert_str_eq(cache_entry("prog-"), entry); /* still exactly one */
    ck_assert_str_eq(cache_entry("tmp-"), "");
}
END_TEST

START_TEST(test_run_uncaught_exception) {
    build_boom();
    BuildOptions o = default_opts();
    o.debug_heap = true; /* the exception object and its traceback are freed */
    Captured c = run_captured(&o, NULL, 0);
    ck_assert_int_eq(c.status, 1);
    ck_assert_str_eq(c.out, "before\n");
    ck_assert_msg(strstr(c.err, "Traceback (most recent call last):\n") != NULL, "stderr: %s", c.err);
    ck_assert_ptr_nonnull(strstr(c.err, "  File \"boom.py\", line 3, in <module>\n"));
    ck_assert_ptr_nonnull(strstr(c.err, "ZeroDivisionError: integer division or modulo by zero\n"));
    ck_assert_ptr_null(strstr(c.err, "still live"));
}
END_TEST

/* Modules initialise in prog->modules order; arguments reach the program. */
START_TEST(test_run_module_order_and_args) {
    build_hello("util", "util first\n");
    build_hello("app", "then app\n");
    prog->main = prog->modules.items[1];
    BuildOptions o = default_opts();
    char *args[] = {"a b", "--flag"};
    Captured c = run_captured(&o, args, 2);
    ck_assert_msg(c.status == 0, "stderr: %s", c.err);
    ck_assert_str_eq(c.out, "util first\nthen app\n");
}
END_TEST

/* str(42) never released: a debug-heap run reports it and exits 70. */
START_TEST(test_run_leak_fails_debug_heap) {
    IrFunc *init;
    IrBlock *b = module_new("leaky", &init);
    IrTemp *n = ir_temp_new(init, prog, type_int(tt), NULL);
    IrTemp *s = ir_temp_new(init, prog, type_str(tt), NULL);
    IrBlock *unwind = ir_block_new(init, prog);
    unwind->term.kind = TERM_UNWIND;
    b->handler = unwind;
    ir_emit(prog, b, IR_CONST, n, 0, NULL)->imm.i = 42;
    IrInstr *call = ir_emit(prog, b, IR_CALL_RT, s, 1, &n);
    call->rt = rt_func("krt_str_from_int", type_str(tt), type_int(tt), true);
    call->flags |= IR_MAY_RAISE | IR_OWNED;
    IrInstr *out = ir_emit(prog, b, IR_CALL_RT, NULL, 1, &s);
    out->rt = rt_func("krt_out_str", NULL, type_str(tt), false);
    ir_return(b, NULL);
    BuildOptions o = default_opts();
    Captured c = run_captured(&o, NULL, 0);
    ck_assert_int_eq(c.status, 0); /* leak checks are off by default */
    ck_assert_str_eq(c.out, "42");
    o.debug_heap = true;
    c = run_captured(&o, NULL, 0);
    ck_assert_int_eq(c.status, 70);
    ck_assert_str_eq(c.out, "42");
    ck_assert_str_eq(c.err, "krait: 1 heap block(s) still live at exit\n");
}
END_TEST

/* A program killed by a signal: 128 + N (krt_port_panic aborts). */
START_TEST(test_run_signal_status) {
    IrFunc *init;
    IrBlock *b = module_new("crash", &init);
    b->term.kind = TERM_UNREACHABLE;
    BuildOptions o = default_opts();
    Captured c = run_captured(&o, NULL, 0);
    ck_assert_int_eq(c.status, 128 + 6);
    ck_assert_ptr_nonnull(strstr(c.err, "unreachable code reached in <module>"));
}
END_TEST

/* C the compiler rejects is krait's bug: status 3, the files kept. */
START_TEST(test_run_rejected_c_is_internal_error) {
    IrFunc *init;
    IrBlock *b = module_new("bad", &init);
    IrInstr *call = ir_emit(prog, b, IR_CALL_RT, NULL, 0, NULL);
    call->rt = rt_func("krt_no_such_function", NULL, NULL, false);
    ir_return(b, NULL);
    BuildOptions o = default_opts();
    Captured c = run_captured(&o, NULL, 0);
    ck_assert_int_eq(c.status, BUILD_EXIT_INTERNAL);
    const char *msg = "krait: error: internal error: the C compiler rejected krait's output; the C files are kept in ";
    const char *at = strstr(c.err, msg);
    ck_assert_msg(at != NULL, "stderr: %s", c.err);
    ck_assert_ptr_nonnull(strstr(c.err, "krt_no_such_function")); /* the compiler's own message */
    char kept[512];
    snprintf(kept, sizeof kept, "%s", at + strlen(msg));
    kept[strcspn(kept, "\n")] = '\0';
    ck_assert_str_eq(dir_listing(kept), "bad.c bad.h bad_main.c");
    ck_assert_str_eq(cache_entry("tmp-"), "");
}
END_TEST

/* Two runs of a new program at once on one cache: both succeed, one build
 * is kept, nothing is left half-made. */
START_TEST(test_run_concurrent) {
    build_hello("twice", "concurrent\n");
    BuildOptions o = default_opts();
    pid_t kids[2];
    for (int i = 0; i < 2; i++) {
        fflush(NULL);
        kids[i] = fork();
        if (kids[i] == 0) {
            int fd = open("/dev/null", O_WRONLY);
            dup2(fd, 1);
            _exit(build_run(prog, &o, NULL, 0, diag));
        }
    }
    for (int i = 0; i < 2; i++) {
        int st;
        ck_assert_int_eq(waitpid(kids[i], &st, 0), kids[i]);
        ck_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    }
    ck_assert_str_eq(cache_entry("tmp-"), "");
    Captured c = run_captured(&o, NULL, 0);
    ck_assert_int_eq(c.status, 0);
    ck_assert_str_eq(c.out, "concurrent\n");
}
END_TEST

/* What the program-test harness uses: ASan + UBSan + the leak check. */
START_TEST(test_run_sanitized_debug_heap) {
    build_boom();
    BuildOptions o = default_opts();
    setenv("KRAIT_SANITIZE", "1", 1);
    setenv("KRAIT_DEBUG_HEAP", "1", 1);
    Captured c = run_captured(&o, NULL, 0);
    unsetenv("KRAIT_SANITIZE");
    unsetenv("KRAIT_DEBUG_HEAP");
    ck_assert_msg(c.status == 1, "status %d, stderr: %s", c.status, c.err);
    ck_assert_str_eq(c.out, "before\n");
    ck_assert_ptr_nonnull(strstr(c.err, "ZeroDivisionError: integer division or modulo by zero\n"));
    ck_assert_ptr_null(strstr(c.err, "Sanitizer"));
    ck_assert_ptr_null(strstr(c.err, "runtime error"));
}
END_TEST

START_TEST(test_run_missing_compiler) {
    build_hello("hello", "x\n");
    BuildOptions o = default_opts();
    o.cc = "krait-no-such-cc --flag";
    Captured c = run_captured(&o, NULL, 0);
    ck_assert_int_eq(c.status, BUILD_EXIT_ERROR);
    ck_assert_ptr_nonnull(strstr(c.err, "krait: error: cannot run 'krait-no-such-cc': No such file or directory"));
    ck_assert_str_eq(cache_entry("tmp-"), "");
}
END_TEST

int main(void) {
    if (!mkdtemp(root)) return EXIT_FAILURE;
    snprintf(cache_home, sizeof cache_home, "%s/cache", root);
    setenv("XDG_CACHE_HOME", cache_home, 1);
    unsetenv("KRAIT_SANITIZE");
    unsetenv("KRAIT_DEBUG_HEAP");
    unsetenv("KRAIT_VERBOSE");
    Suite *s = suite_create("build");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 300); /* the first run compiles the runtime */
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_write_files_and_stable_bytes);
    tcase_add_test(tc, test_krait_mk);
    tcase_add_test(tc, test_makefile_builds_program);
    tcase_add_test(tc, test_generated_c_compiles_for_clang_and_arm);
    tcase_add_test(tc, test_entry_lib);
    tcase_add_test(tc, test_run_hello_and_cache_reuse);
    tcase_add_test(tc, test_run_uncaught_exception);
    tcase_add_test(tc, test_run_module_order_and_args);
    tcase_add_test(tc, test_run_leak_fails_debug_heap);
    tcase_add_test(tc, test_run_signal_status);
    tcase_add_test(tc, test_run_rejected_c_is_internal_error);
    tcase_add_test(tc, test_run_concurrent);
    tcase_add_test(tc, test_run_sanitized_debug_heap);
    tcase_add_test(tc, test_run_missing_compiler);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    if (!getenv("KRAIT_KEEP_TEST_FILES")) {
        char *rm[] = {"rm", "-rf", root, NULL};
        run_cmd(NULL, rm);
    } else {
        printf("test files kept in %s\n", root);
    }
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
