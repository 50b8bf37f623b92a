/* emit_dunder.c — the C side of instances as dict keys and set members,
 * and of the hash() builtin.
 *
 * A keyed class (IrClass.keyed, lower_dunder.c) gets in the header, after
 * its struct, an element descriptor "<class>__key" whose hash and eq call
 * its hash_func and eq_func through two small static functions (or hash by
 * identity and compare pointers, when the class defines neither).  Every
 * container of its instances then uses that descriptor (elem_desc), so the
 * runtime's dict and set call back into the program; nothing else changes.
 *
 * hash(x) is the call "krt_hash_value_%" in the IR; emit_hash_value_fn
 * spells it for x's type.
 */
#include "emit_internal.h"

#include <string.h>

static const IrClass *class_of(EmitC *e, const ClassInfo *cls) {
    for (int i = 0; i < e->prog->classes.len; i++) {
        const IrClass *c = e->prog->classes.items[i];
        if (!c->is_exception && c->cls == cls) return c;
    }
    return NULL;
}

const char *emit_class_elem_desc(EmitC *e, ClassInfo *cls) {
    const IrClass *c = class_of(e, cls);
    return c && c->keyed ? arena_printf(e->arena, "&%s__key", cls->c_name) : "&krt_elem_obj";
}

/* The C type of fn's parameter i (a base class's, for an inherited dunder). */
static const char *param_ctype(EmitC *e, const IrFunc *fn, int i) {
    return emit_ctype(e, ((const IrTemp *)fn->params.items[i])->type);
}

void emit_class_key(EmitC *e, FILE *out, const IrClass *c) {
    if (!c->keyed) return;
    const char *st = c->cls->c_name;
    const char *hash = "krt_hash_elem_identity", *eq = "NULL";
    if (c->hash_func) {
        emit_prototype(e, out, c->hash_func);
        fprintf(out, ";\nstatic inline krt_hash %s__key_hash(const void *p) {\n    struct %s *x;\n"
                     "    memcpy(&x, p, sizeof x);\n    return krt_hash_int((krt_int)%s((%s)(void *)x));\n}\n",
                st, st, c->hash_func->c_name, param_ctype(e, c->hash_func, 0));
        hash = arena_printf(e->arena, "%s__key_hash", st);
    }
    if (c->eq_func) {
        emit_prototype(e, out, c->eq_func);
        fprintf(out, ";\nstatic inline bool %s__key_eq(const void *a, const void *b) {\n    struct %s *x, *y;\n"
                     "    memcpy(&x, a, sizeof x);\n    memcpy(&y, b, sizeof y);\n    return %s((%s)(void *)x, (%s)(void *)y);\n}\n",
                st, st, c->eq_func->c_name, param_ctype(e, c->eq_func, 0), param_ctype(e, c->eq_func, 1));
        eq = arena_printf(e->arena, "%s__key_eq", st);
    }
    fprintf(out, "static const KrtElemDesc %s__key = {sizeof(struct %s *), KRT_ELEM_REF, NULL, NULL, %s, NULL, %s};\n",
            st, st, eq, hash);
    fprintf(out, "static inline krt_int %s__hash_value(struct %s *x) {\n    return krt_hash_value_of(&%s__key, &x);\n}\n\n",
            st, st, st);
}

const char *emit_hash_value_fn(EmitC *e, Type *t) {
    t = type_resolve(t);
    switch (t->kind) {
    case TY_INT: return "krt_hash_value_int";
    case TY_FLOAT: return "krt_hash_value_float";
    case TY_BOOL: return "krt_hash_value_bool";
    case TY_STR: return "krt_hash_value_str";
    case TY_BYTES: return "krt_hash_value_bytes";
    case TY_FROZENSET: return "krt_hash_value_frozenset";
    case TY_TUPLE: return arena_printf(e->arena, "%s_hash_value", emit_ctype(e, t));
    default: return arena_printf(e->arena, "%s__hash_value", t->cls->c_name);
    }
}

void emit_class_iter(EmitC *e, FILE *out, const IrClass *c) {
    if (!c->next_func) return;
    const char *st = c->cls->c_name;
    emit_prototype(e, out, c->next_func);
    fprintf(out, ";\nstatic inline bool %s__iter_next(KrtIter *it, void *out) {\n"
                 "    %s v = %s((%s)(void *)krt_iter_instance(it));\n"
                 "    if (krt_failed()) {\n        (void)krt_iter_stop(); /* StopIteration ends it */\n        return false;\n    }\n"
                 "    memcpy(out, &v, sizeof v);\n    return true;\n}\n",
            st, emit_ctype(e, c->next_func->ret), c->next_func->c_name, param_ctype(e, c->next_func, 0));
    fprintf(out, "static inline KrtIter *%s__iter_new(struct %s *x) {\n    return krt_iter_of_instance(&x->h, %s__iter_next);\n}\n\n",
            st, st, st);
}
