/* test_emit.c — C emission from hand-built IR: the text has the expected
 * shape and compiles warning-free as C99 against the runtime headers. */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "emit_c.h"
#include "ir.h"
#include "types.h"

static Arena *arena;
static TypeTable *tt;
static IrProgram *prog;
static IrModule *mod;

static void setup(void) {
    arena = arena_new();
    tt = types_new(arena);
    prog = ir_program_new(arena, tt);
    mod = ir_module_new(prog, "app", "app", "app.py");
}

static void teardown(void) {
    arena_free(arena);
}

/* def add(a: int, b: int) -> int: return a + b */
static IrFunc *build_add(void) {
    IrFunc *fn = ir_func_new(prog, mod, "add", "app__add", type_int(tt));
    IrTemp *a = ir_param_new(fn, prog, type_int(tt), "a");
    IrTemp *b = ir_param_new(fn, prog, type_int(tt), "b");
    IrBlock *entry = ir_block_new(fn, prog);
    IrBlock *unwind = ir_block_new(fn, prog);
    entry->handler = unwind;
    IrTemp *sum = ir_temp_new(fn, prog, type_int(tt), NULL);
    IrTemp *args[2] = {a, b};
    IrInstr *in = ir_emit(prog, entry, IR_BINOP, sum, 2, args);
    in->imm.binop = BIN_ADD;
    in->flags |= IR_MAY_RAISE;
    in->line = 2;
    ir_return(entry, sum);
    IrInstr *tb = ir_emit(prog, unwind, IR_TRACEBACK, NULL, 0, NULL);
    tb->imm.i = 2;
    unwind->term.kind = TERM_UNWIND;
    fn->may_raise = true;
    return fn;
}

/* Emits prog to a temp dir; returns the path of the C file. */
static void emit_to(const char *dir, bool lines) {
    EmitOptions opts = {lines, "test"};
    EmitC *e = emit_new(arena, prog, &opts);
    char path[512];
    snprintf(path, sizeof path, "%s/app.h", dir);
    FILE *h = fopen(path, "w");
    ck_assert_ptr_nonnull(h);
    emit_header(e, h, "APP_H");
    fclose(h);
    snprintf(path, sizeof path, "%s/app.c", dir);
    FILE *c = fopen(path, "w");
    ck_assert_ptr_nonnull(c);
    emit_module(e, c, mod, "app.h");
    fclose(c);
}

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    static char buf[65536];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static int compile_c(const char *dir, const char *cc) {
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "%s -std=c99 -Wall -Wextra -Werror -pedantic -O2 -fsyntax-only -I%s/include %s/app.c 2>&1",
             cc, KRAIT_SOURCE_DIR, dir);
    return system(cmd);
}

START_TEST(test_add_is_checked_and_compiles) {
    build_add();
    char dir[] = "/tmp/krait_emit_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    emit_to(dir, false);
    char path[512];
    snprintf(path, sizeof path, "%s/app.c", dir);
    const char *c = slurp(path);
    ck_assert_ptr_nonnull(strstr(c, "krt_int app__add(krt_int a_0, krt_int b_1) {"));
    ck_assert_ptr_nonnull(strstr(c, "if (!krt_int_add(a_0, b_1, &t2)) goto b1;"));
    ck_assert_ptr_nonnull(strstr(c, "krt_traceback_add(&app__add_info, 2);"));
    ck_assert_int_eq(compile_c(dir, "gcc"), 0);
    ck_assert_int_eq(compile_c(dir, "clang"), 0);
}
END_TEST

START_TEST(test_line_directives_with_g) {
    build_add();
    char dir[] = "/tmp/krait_emit_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    emit_to(dir, true);
    char path[512];
    snprintf(path, sizeof path, "%s/app.c", dir);
    ck_assert_ptr_nonnull(strstr(slurp(path), "#line 2 \"app.py\""));
    ck_assert_int_eq(compile_c(dir, "gcc"), 0);
}
END_TEST

START_TEST(test_tuples_and_strings_in_header) {
    IrFunc *fn = ir_func_new(prog, mod, "pair", "app__pair", type_none(tt));
    IrBlock *entry = ir_block_new(fn, prog);
    Type *fields[2] = {type_int(tt), type_str(tt)};
    Type *tup = type_tuple(tt, fields, 2);
    IrTemp *n = ir_temp_new(fn, prog, type_int(tt), "n");
    IrTemp *s = ir_temp_new(fn, prog, type_str(tt), "s");
    IrTemp *p = ir_temp_new(fn, prog, tup, "p");
    IrInstr *k = ir_emit(prog, entry, IR_CONST, n, 0, NULL);
    k->imm.i = 5000000000LL;
    IrInstr *ks = ir_emit(prog, entry, IR_CONST_STR, s, 0, NULL);
    ks->imm.i = ir_str_const(prog, "h\xc3\xa9\"llo?\n", 9)->id;
    IrTemp *args[2] = {n, s};
    ir_emit(prog, entry, IR_TUPLE_MAKE, p, 2, args);
    IrTemp *first = ir_temp_new(fn, prog, type_int(tt), NULL);
    IrInstr *get = ir_emit(prog, entry, IR_TUPLE_GET, first, 1, &p);
    get->imm.i = 0;
    IrTemp *g = ir_temp_new(fn, prog, type_int(tt), NULL);
    IrGlobal *gl = ir_global_new(prog, mod, "total", "app__total", type_int(tt));
    IrInstr *st = ir_emit(prog, entry, IR_GLOBAL_STORE, NULL, 1, &first);
    st->imm.i = gl->id;
    IrInstr *ld = ir_emit(prog, entry, IR_GLOBAL_LOAD, g, 0, NULL);
    ld->imm.i = gl->id;
    ir_emit(prog, entry, IR_DECREF, NULL, 1, &p);
    ir_return(entry, NULL);
    char dir[] = "/tmp/krait_emit_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    emit_to(dir, false);
    char path[512];
    snprintf(path, sizeof path, "%s/app.h", dir);
    const char *h = slurp(path);
    ck_assert_ptr_nonnull(strstr(h, "typedef struct krt_tuple_0 { /* tuple[int, str] */"));
    ck_assert_ptr_nonnull(strstr(h, "extern krt_int app__total;"));
    snprintf(path, sizeof path, "%s/app.c", dir);
    const char *c = slurp(path);
    ck_assert_ptr_nonnull(strstr(c, "KRT_STR_CONST(\"h\\303\\251\\\"llo\\077\\012\", 9, 8)"));
    ck_assert_ptr_nonnull(strstr(c, "(krt_int)5000000000LL"));
    ck_assert_ptr_nonnull(strstr(c, "krt_xdecref((KrtObject *)p_2.f1);")); /* NULL-safe: cleared tuples */
    ck_assert_int_eq(compile_c(dir, "gcc"), 0);
    ck_assert_int_eq(compile_c(dir, "clang"), 0);
}
END_TEST

int main(void) {
    Suite *s = suite_create("emit_c");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_add_is_checked_and_compiles);
    tcase_add_test(tc, test_line_directives_with_g);
    tcase_add_test(tc, test_tuples_and_strings_in_header);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
