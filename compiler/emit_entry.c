/* emit_entry.c — the entry file: the program's type descriptors and main().
 *
 * krt_program_types holds one KrtType per class the program defines
 * (exceptions, classes, closures, cells), in type-id order: its name, base,
 * flags, size, the drop function that releases what its fields reference,
 * and, in programs whose classes allow reference cycles, the traverse
 * function the cycle collector walks it with (runtime/gc.c; KRT_TYPE_GC
 * marks the classes it tracks).  Then `int main(void)`, or with --entry lib
 * the firmware's init function: start the runtime, install the collector
 * when one is needed, run each module's top level, report an uncaught
 * exception, release the globals and check the heap.
 */
#include "emit_internal.h"

#include <string.h>

/* The descriptor of an exception class with fields; with a __str__, a
 * KrtExcType whose hook calls it. */
static void emit_exc_type(EmitC *e, FILE *out, const IrClass *c, int i) {
    const char *st = c->cls->c_name;
    if (!c->str_func) {
        fprintf(out, "static const KrtType krt_type_%d = {\"%s\", %d, KRT_TYPE_EXCEPTION, sizeof(struct %s), %s_drop, NULL};\n",
                i, c->name, c->base_id, st, st);
        return;
    }
    fprintf(out, "static KrtStr *%s_str(KrtExc *e) {\n    return %s(e);\n}\n", st, c->str_func->c_name);
    fprintf(out, "static const KrtExcType krt_type_%d = {{\"%s\", %d, KRT_TYPE_EXCEPTION | KRT_TYPE_EXC_STR, "
                 "sizeof(struct %s), %s_drop, NULL}, %s_str};\n", i, c->name, c->base_id, st, st, st);
    (void)e;
}


void emit_set_entry(EmitC *e, EmitEntry entry, const char *lib_init) {
    e->entry = entry;
    e->lib_init = lib_init;
}

/* One field's references for the cycle collector's walk (runtime/gc.c):
 * objects that may hold others; a tuple field's parts one by one.  With
 * out NULL, only counts them. */
static int emit_visit_field(EmitC *e, FILE *out, Type *t, const char *expr) {
    t = type_resolve(t);
    if (t->kind == TY_TUPLE) {
        int n = 0;
        for (int k = 0; k < t->nargs; k++)
            n += emit_visit_field(e, out, t->args[k], out ? arena_printf(e->arena, "%s.f%d", expr, k) : expr);
        return n;
    }
    Type *inner = t->kind == TY_OPTIONAL ? type_resolve(t->args[0]) : t;
    if (!type_is_reference(t) || inner->kind == TY_STR || inner->kind == TY_BYTES || inner->kind == TY_BYTEARRAY)
        return 0;
    if (out) fprintf(out, "    if (%s) visit((KrtObject *)%s, ctx);\n", expr, expr);
    return 1;
}

/* A class's traverse function, in programs whose classes allow cycles
 * (elsewhere no collector is linked and nothing walks objects); "NULL"
 * when there is nothing to walk. */
static const char *emit_class_traverse(EmitC *e, FILE *out, const IrClass *c) {
    if (!e->prog->may_cycle || c->exc_struct) return "NULL";
    int visited = 0;
    for (int f = 0; f < c->nfields; f++) visited += emit_visit_field(e, NULL, c->field_types[f], "");
    if (!visited) return "NULL"; /* only text and numbers */
    const char *st = c->cls->c_name;
    fprintf(out, "static void %s_traverse(KrtObject *o, KrtVisitFn visit, void *ctx) {\n    struct %s *x = (struct %s *)o;\n",
            st, st, st);
    for (int f = 0; f < c->nfields; f++)
        emit_visit_field(e, out, c->field_types[f],
                         arena_printf(e->arena, "x->%s", field_ident(e->arena, c->field_names[f])));
    fputs("}\n", out);
    return arena_printf(e->arena, "%s_traverse", st);
}

/* Class c's type descriptor krt_type_<i>, with its drop: what releases the
 * references its fields hold (none: no drop, and the runtime frees the
 * block at once), and its traverse. */
static void emit_class_type(EmitC *e, FILE *out, int i, const IrClass *c) {
    const char *st = c->cls->c_name;
    bool refs = c->exc_struct || c->weak_target; /* an exception's args, cause and context; a weak reference */
    for (int f = 0; f < c->nfields; f++) refs = refs || field_holds_reference(c->field_types[f]);
    if (!refs) {
        fprintf(out, "static const KrtType krt_type_%d = {\"%s\", %d, 0, sizeof(struct %s), NULL, NULL};\n", i,
                c->name, c->base_id, st);
        return;
    }
    fprintf(out, "static void %s_drop(KrtObject *o) {\n    struct %s *x = (struct %s *)o;\n", st, st, st);
    if (c->weak_target) fputs("    krt_weakref_forget(o); /* its weak reference answers None from now on */\n", out);
    if (c->exc_struct) fputs("    krt_exc_drop(o);\n", out);
    for (int f = 0; f < c->nfields; f++) {
        Type *ft = type_resolve(c->field_types[f]);
        const char *fe = arena_printf(e->arena, "x->%s", field_ident(e->arena, c->field_names[f]));
        if (ft->kind == TY_TUPLE && field_holds_reference(ft))
            fprintf(out, "    %s_drop(&%s);\n", emit_ctype(e, ft), fe);
        else if (ft->kind != TY_TUPLE && type_is_reference(ft))
            fprintf(out, "    krt_xdecref((KrtObject *)%s);\n", fe);
    }
    fputs("    (void)x;\n}\n", out);
    if (c->exc_struct) {
        emit_exc_type(e, out, c, i);
        return;
    }
    const char *traverse = emit_class_traverse(e, out, c);
    fprintf(out, "static const KrtType krt_type_%d = {\"%s\", %d, %s, sizeof(struct %s), %s_drop, %s};\n", i,
            c->name, c->base_id, c->gc_tracked ? "KRT_TYPE_GC" : "0", st, st, traverse);
}

/* krt_program_types: the descriptors of the program's classes, indexed by
 * type id - KRT_T__FIRST_USER.  C99 has no empty arrays, so a program
 * without classes gets one NULL entry and a count of 0. */
static void emit_program_types(EmitC *e, FILE *out) {
    const PtrVec *classes = &e->prog->classes;
    if (classes->len == 0) {
        fputs("const KrtType *const krt_program_types[] = {NULL};\n"
              "const uint16_t krt_program_type_count = 0;\n\n",
              out);
        return;
    }
    for (int i = 0; i < classes->len; i++) {
        const IrClass *c = classes->items[i];
        if (c->is_exception) {
            fprintf(out, "static const KrtType krt_type_%d = {\"%s\", %d, KRT_TYPE_EXCEPTION, sizeof(KrtExc), krt_exc_drop, NULL};\n",
                    i, c->name, c->base_id);
            continue;
        }
        emit_class_type(e, out, i, c);
        const char *st = c->cls->c_name;
        if (c->exc_struct) continue;
        if (c->lt_func) { /* lists of its instances sort by a < b */
            fprintf(out, "static int %s_cmp(const void *a, const void *b) {\n"
                         "    return %s(*(struct %s *const *)a, *(struct %s *const *)b) ? -1 : 0;\n}\n",
                    st, c->lt_func->c_name, st, st);
            fprintf(out, "static const KrtElemDesc %s_order = {sizeof(struct %s *), KRT_ELEM_REF, NULL, NULL, NULL, "
                         "%s_cmp, NULL};\n", st, st, st);
            fprintf(out, "bool %s__sort(KrtList *l, bool reverse) {\n"
                         "    return krt_list_sort_with(l, &%s_order, reverse);\n}\n", st, st);
            for (int m = 0; m < 2; m++)
                fprintf(out, "struct %s *%s__%s(KrtList *l) {\n"
                             "    return (struct %s *)krt_list_extreme_with(l, &%s_order, %s);\n}\n",
                        st, st, m ? "max" : "min", st, st, m ? "true" : "false");
        }
    }
    fputs("const KrtType *const krt_program_types[] = {", out);
    for (int i = 0; i < classes->len; i++) {
        const IrClass *c = classes->items[i];
        fprintf(out, "%s&krt_type_%d%s", i ? ", " : "", i, c->exc_struct && c->str_func ? ".t" : "");
    }
    fprintf(out, "};\nconst uint16_t krt_program_type_count = %d;\n\n", classes->len);
}

/* Each module's top level in initialisation order; a module whose top level
 * raised stops the rest, as an exception escaping an import does. */
static void emit_module_inits(EmitC *e, FILE *out) {
    bool first = true;
    for (int m = 0; m < e->prog->modules.len; m++) {
        const IrModule *mod = e->prog->modules.items[m];
        if (!mod->init) continue;
        fprintf(out, "    %s%s();\n", first ? "" : "if (!krt_failed()) ", mod->init->c_name);
        first = false;
    }
}

void emit_entry(EmitC *e, FILE *out, const char *header_name) {
    fprintf(out, "/* Generated by krait %s. Do not edit. */\n", e->opts->version);
    fprintf(out, "#include \"%s\"\n\n", header_name);
    emit_program_types(e, out);
    if (e->entry == EMIT_ENTRY_LIB) {
        fprintf(out, "int %s(void) {\n    krt_init();\n", e->lib_init);
        if (e->prog->may_cycle) fputs("    krt_gc_install(); /* the classes allow reference cycles */\n", out);
        emit_module_inits(e, out);
        fputs("    return krt_failed() ? krt_exc_report_uncaught() : 0;\n}\n", out);
        return;
    }
    fputs("int main(void) {\n    int status = 0;\n    krt_init();\n", out);
    if (e->prog->may_cycle) fputs("    krt_gc_install(); /* the classes allow reference cycles */\n", out);
    emit_module_inits(e, out);
    fputs("    if (krt_failed()) status = krt_exc_report_uncaught();\n", out);
    /* the globals' references go back before the heap is checked, last module first */
    for (int m = e->prog->modules.len - 1; m >= 0; m--) {
        const IrModule *mod = e->prog->modules.items[m];
        if (mod->fini) fprintf(out, "    %s();\n", mod->fini->c_name);
    }
    fputs("    /* debug-heap builds count the blocks still live (a refcount leak): EX_SOFTWARE */\n"
          "    if (krt_fini() != 0) status = 70;\n"
          "    return status;\n}\n",
          out);
}
