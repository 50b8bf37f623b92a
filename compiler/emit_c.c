/* emit_c.c — C99 source from the IR.
 *
 * Input: an IrProgram whose temporaries all have ground types.  Output, per
 * program: a header (`<main>.h`: the structs of tuple, optional and class
 * types, the prototypes of every function, the globals), one C file per
 * Python module, and the entry file (the program's type table and main(), or
 * with --entry lib the init function the firmware calls).  The C is meant to
 * be read: one C function per Python function, Python names kept in C names
 * (`count_3`, `app__read_sensor`), a label per basic block that something
 * jumps to, and with -g a `#line` directive whenever the Python line
 * changes.
 *
 * The emitted code must compile warning-free under -Wall -Wextra -Werror
 * -pedantic -std=c99 with gcc, clang and arm-none-eabi-gcc.  So: only
 * temporaries that are read are declared (others' values are discarded with
 * a (void) cast), every declared temporary is initialised (no
 * -Wmaybe-uninitialized at -O2), only labels that are jumped to are written,
 * and no GNU extension appears outside krait/arith.h.
 *
 * Output is deterministic: everything is emitted in IR order, names come from
 * ids, nothing depends on pointer values or hash order.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "emit_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "krait/krt.h"


/* A C identifier from a Python name: ASCII letters, digits and _ kept; any
 * other byte becomes _xHH so non-ASCII names stay unique and valid C. */
const char *c_ident(Arena *arena, const char *py);

/* A field's member name: the Python name, unless it would clash with the
 * object header (h) or a C keyword. */
const char *field_ident(Arena *arena, const char *py) {
    static const char *const reserved[] = {"h", "auto", "case", "char", "const", "default", "do", "double", "enum",
                                           "extern", "goto", "inline", "long", "register", "restrict", "short",
                                           "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
                                           "unsigned", "void", "volatile", "int", "float"};
    for (size_t i = 0; i < sizeof reserved / sizeof *reserved; i++)
        if (!strcmp(py, reserved[i])) return arena_printf(arena, "%s_", py);
    return c_ident(arena, py);
}

/* The object of a field access: an exception with fields is a KrtExc * in
 * generated code, cast to its struct to reach them. */
static const char *field_object(EmitC *e, const IrInstr *in) {
    Type *t = type_resolve(in->args[0]->type);
    if (t->kind == TY_OPTIONAL) t = type_resolve(t->args[0]);
    if (t->kind == TY_CLASS && t->cls->is_exception)
        return arena_printf(e->arena, "((struct %s *)%s)", t->cls->c_name, arg(e, in, 0));
    return arg(e, in, 0);
}

const char *c_ident(Arena *arena, const char *py) {
    size_t n = strlen(py);
    char *buf = arena_alloc(arena, n * 4 + 1);
    char *p = buf;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)py[i];
        if (isalnum(c) || c == '_') {
            *p++ = (char)c;
        } else {
            static const char hex[] = "0123456789abcdef";
            *p++ = '_';
            *p++ = 'x';
            *p++ = hex[c >> 4];
            *p++ = hex[c & 15];
        }
    }
    *p = '\0';
    return buf;
}

static bool list_elem_generated(Type *elem);
static const char *list_elem_name(EmitC *e, Type *list);

static CType *emit_register(EmitC *e, Type *t, const char *prefix) {
    for (int i = 0; i < e->ctypes.len; i++) {
        CType *ct = e->ctypes.items[i];
        if (ct->type == t) return ct;
    }
    /* register what the struct contains first: the header is then in order */
    for (int i = 0; i < t->nargs; i++) emit_ctype(e, t->args[i]);
    CType *ct = arena_alloc(e->arena, sizeof *ct);
    ct->type = t;
    ct->id = e->ctypes.len;
    ct->name = arena_printf(e->arena, "%s_%d", prefix, ct->id);
    ptrvec_push(e->arena, &e->ctypes, ct);
    return ct;
}

const char *emit_ctype(EmitC *e, Type *t) {
    t = type_resolve(t);
    switch (t->kind) {
    case TY_NONE: return "bool"; /* never declared; spelled only for completeness */
    case TY_BOOL: return "bool";
    case TY_INT: return "krt_int";
    case TY_FLOAT: return "krt_float";
    case TY_STR: return "KrtStr *";
    case TY_LIST:
        if (list_elem_generated(t->args[0])) list_elem_name(e, t); /* its list operations are generated */
        return "KrtList *";
    case TY_BYTES: return "KrtBytes *";
    case TY_BYTEARRAY: return "KrtByteArray *";
    case TY_RANGE: return "KrtRange";
    case TY_CALLABLE: return "KrtFn *";
    case TY_ITER: return "KrtIter *";
    case TY_WEAKREF: return "KrtWeakRef *";
    case TY_SET:
    case TY_FROZENSET:
        emit_register(e, t, "krt_set");
        return "KrtSet *";
    case TY_DICT: {
        /* its support functions (krt_dict_N_*) need the (key, value) pair struct */
        Type *pair[2] = {t->args[0], t->args[1]};
        emit_ctype(e, type_tuple(e->prog->types, pair, 2));
        emit_register(e, t, "krt_dict");
        return "KrtDict *";
    }
    case TY_TUPLE: return emit_register(e, t, "krt_tuple")->name;
    case TY_OPTIONAL:
        if (type_is_reference(t->args[0])) return emit_ctype(e, t->args[0]);
        return emit_register(e, t, "krt_opt")->name;
    case TY_CLASS:
        if ((t->cls->module && strcmp(t->cls->module, "builtins") == 0) || t->cls->is_exception) return "KrtExc *";
        if (t->cls->c_name) return arena_printf(e->arena, "struct %s *", t->cls->c_name);
        return arena_printf(e->arena, "struct %s *", c_ident(e->arena, t->cls->name));
    default:
        return "KrtObject *";
    }
}

/* The zero value of a type, for initialisers and failure returns. */
const char *emit_zero(EmitC *e, Type *t) {
    t = type_resolve(t);
    switch (t->kind) {
    case TY_BOOL: return "false";
    case TY_INT: return "0";
    case TY_FLOAT: return "0.0";
    case TY_TUPLE: return arena_printf(e->arena, "(%s){0}", emit_ctype(e, t));
    case TY_RANGE: return "(KrtRange){0, 0, 1}";
    case TY_OPTIONAL:
        if (type_is_reference(t->args[0])) return "NULL";
        return arena_printf(e->arena, "(%s){0}", emit_ctype(e, t));
    default: return "NULL";
    }
}

const char *emit_init(EmitC *e, Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_TUPLE || (t->kind == TY_OPTIONAL && !type_is_reference(t->args[0]))) return "{0}";
    if (t->kind == TY_RANGE) return "{0, 0, 1}";
    return emit_zero(e, t);
}

bool type_is_none(Type *t) {
    return type_resolve(t)->kind == TY_NONE;
}

const char *temp_name(EmitC *e, const IrTemp *t) {
    if (e->in_frame) {
        if (t->name) return arena_printf(e->arena, "f->%s_%d", c_ident(e->arena, t->name), t->id);
        return arena_printf(e->arena, "f->t%d", t->id);
    }
    if (t->name) return arena_printf(e->arena, "%s_%d", c_ident(e->arena, t->name), t->id);
    return arena_printf(e->arena, "t%d", t->id);
}

/* ---- the program header ------------------------------------------------------ */

static void emit_struct(EmitC *e, FILE *out, const CType *ct) {
    Type *t = ct->type;
    if (t->kind == TY_DICT || t->kind == TY_SET || t->kind == TY_FROZENSET) return; /* support functions only */
    if (t->kind == TY_LIST) { /* a list's element, for its generated operations */
        fprintf(out, "typedef %s %s; /* element of %s */\n\n", emit_ctype(e, t->args[0]), ct->name, type_name(e->arena, t));
        return;
    }
    if (t->kind == TY_TUPLE) {
        fprintf(out, "typedef struct %s { /* %s */\n", ct->name, type_name(e->arena, t));
        for (int i = 0; i < t->nargs; i++) fprintf(out, "    %s f%d;\n", emit_ctype(e, t->args[i]), i);
        if (t->nargs == 0) fputs("    char empty;\n", out);
        fprintf(out, "} %s;\n\n", ct->name);
    } else {
        fprintf(out, "typedef struct %s { /* %s */\n    bool some;\n    %s value;\n} %s;\n\n", ct->name,
                type_name(e->arena, t), emit_ctype(e, t->args[0]), ct->name);
    }
}

static const char *elem_desc(EmitC *e, Type *t);

/* Expression comparing field i of x and y: "==" or "<" semantics. */
static const char *field_op(EmitC *e, Type *f, int i, bool less) {
    f = type_resolve(f);
    switch (f->kind) {
    case TY_STR:
        return arena_printf(e->arena, less ? "krt_str_cmp(x.f%d, y.f%d) < 0" : "krt_str_eq(x.f%d, y.f%d)", i, i);
    case TY_TUPLE: {
        const char *n = emit_ctype(e, f);
        return arena_printf(e->arena, less ? "%s_cmp(&x.f%d, &y.f%d) < 0" : "%s_eq(&x.f%d, &y.f%d)", n, i, i);
    }
    case TY_NONE:
        return less ? "false" : "true";
    case TY_LIST: case TY_BYTES: case TY_BYTEARRAY: case TY_DICT: case TY_SET: case TY_FROZENSET: {
        /* containers held by reference: through their element descriptor */
        const char *d = elem_desc(e, f);
        if (less) return arena_printf(e->arena, "(%s)->cmp && (%s)->cmp(&x.f%d, &y.f%d) < 0", d, d, i, i);
        return arena_printf(e->arena, "krt_elem_eq(%s, &x.f%d, &y.f%d)", d, i, i);
    }
    case TY_FLOAT:
        return arena_printf(e->arena, less ? "x.f%d < y.f%d" : "krt_float_same(x.f%d, y.f%d)", i, i);
    default:
        return arena_printf(e->arena, less ? "x.f%d < y.f%d" : "x.f%d == y.f%d", i, i);
    }
}

/* The KrtElemDesc of values of type t stored in a container. */
static const char *elem_desc(EmitC *e, Type *t) {
    t = type_resolve(t);
    switch (t->kind) {
    case TY_INT: return "&krt_elem_int";
    case TY_FLOAT: return "&krt_elem_float";
    case TY_BOOL: return "&krt_elem_bool";
    case TY_STR: return "&krt_elem_str";
    case TY_LIST: return "&krt_elem_list";
    case TY_DICT: return "&krt_elem_dict";
    case TY_SET: return "&krt_elem_set";
    case TY_FROZENSET: return "&krt_elem_frozenset";
    case TY_BYTES: return "&krt_elem_bytes";
    case TY_BYTEARRAY: return "&krt_elem_bytearray";
    case TY_CALLABLE: case TY_ITER: case TY_WEAKREF: return "&krt_elem_obj";
    case TY_TUPLE: return arena_printf(e->arena, "&%s_desc", emit_ctype(e, t));
    case TY_CLASS: return t->cls->c_name ? emit_class_elem_desc(e, t->cls) : "NULL"; /* instances: counted */
    default: return "NULL";
    }
}

/* Lists whose elements the runtime has no instantiation for (tuples, dicts,
 * sets, bytearrays) get their list operations generated beside the element's
 * support: the IR names them krt_list_OP_@, '@' standing for list_elem_name. */
static bool list_elem_generated(Type *elem) {
    switch (type_resolve(elem)->kind) {
    case TY_TUPLE: case TY_DICT: case TY_SET: case TY_FROZENSET: case TY_BYTEARRAY: return true;
    default: return false;
    }
}

/* The C name of list's element in generated list operations: the tuple's
 * struct, or a typedef registered for the list type (krt_lelem_N). */
static const char *list_elem_name(EmitC *e, Type *list) {
    list = type_resolve(list);
    Type *elem = type_resolve(list->args[0]);
    if (elem->kind == TY_TUPLE) return emit_ctype(e, elem);
    return emit_register(e, list, "krt_lelem")->name;
}

/* A C expression giving repr(x) (a new reference, NULL on failure) for a
 * value x of type t, spelled cexpr. */
static const char *repr_expr(EmitC *e, Type *t, const char *cexpr) {
    t = type_resolve(t);
    switch (t->kind) {
    case TY_INT: return arena_printf(e->arena, "krt_str_from_int(%s)", cexpr);
    case TY_FLOAT: return arena_printf(e->arena, "krt_str_from_float(%s)", cexpr);
    case TY_BOOL: return arena_printf(e->arena, "krt_str_from_bool(%s)", cexpr);
    case TY_STR: return arena_printf(e->arena, "krt_str_repr(%s)", cexpr);
    case TY_LIST:
        if (list_elem_generated(t->args[0]))
            return arena_printf(e->arena, "krt_list_repr_%s(%s)", list_elem_name(e, t), cexpr);
        return arena_printf(e->arena, "krt_list_repr_any(%s)", cexpr);
    case TY_BYTES: return arena_printf(e->arena, "krt_bytes_repr(%s)", cexpr);
    case TY_BYTEARRAY: return arena_printf(e->arena, "krt_bytearray_repr(%s)", cexpr);
    case TY_TUPLE: return arena_printf(e->arena, "%s_repr(%s)", emit_ctype(e, t), cexpr);
    case TY_DICT: emit_ctype(e, t); return arena_printf(e->arena, "%s_repr(%s)", emit_register(e, t, "krt_dict")->name, cexpr);
    case TY_SET:
    case TY_FROZENSET: emit_ctype(e, t); return arena_printf(e->arena, "%s_repr(%s)", emit_register(e, t, "krt_set")->name, cexpr);
    default: return "krt_str_new(\"None\", 4)";
    }
}

/* The KrtReprFn for keys of type t (KeyError messages). */
static const char *key_repr_fn(EmitC *e, Type *t) {
    t = type_resolve(t);
    switch (t->kind) {
    case TY_INT: return "krt_repr_elem_int";
    case TY_FLOAT: return "krt_repr_elem_float";
    case TY_BOOL: return "krt_repr_elem_bool";
    case TY_STR: return "krt_repr_elem_str";
    case TY_BYTES: return "krt_repr_elem_bytes";
    case TY_TUPLE: return arena_printf(e->arena, "%s_repr_elem", emit_ctype(e, t));
    default: return "NULL";
    }
}

/* A C expression hashing field i of tuple x (type f). */
static const char *field_hash(EmitC *e, Type *f, int i) {
    f = type_resolve(f);
    switch (f->kind) {
    case TY_INT: return arena_printf(e->arena, "krt_hash_int(x.f%d)", i);
    case TY_FLOAT: return arena_printf(e->arena, "krt_hash_float(x.f%d)", i);
    case TY_BOOL: return arena_printf(e->arena, "krt_hash_bool(x.f%d)", i);
    case TY_STR: return arena_printf(e->arena, "krt_str_hash(x.f%d)", i);
    case TY_BYTES: return arena_printf(e->arena, "krt_bytes_hash(x.f%d)", i);
    case TY_TUPLE:
        for (int k = 0; k < f->nargs; k++) /* a tuple holding a list is unhashable */
            if (!field_hash(e, f->args[k], k)) return NULL;
        return arena_printf(e->arena, "%s_hash(&x.f%d)", emit_ctype(e, f), i);
    default: return NULL;
    }
}

/* The support functions of a dict type: the operations generated code
 * calls with keys and values by value (krt_dict_N_get, _set, ...), over
 * runtime/dict.c's by-address interface. */
static void emit_dict_support(EmitC *e, FILE *out, const CType *ct) {
    Type *t = ct->type;
    const char *n = ct->name;
    Type *pair_fields[2] = {t->args[0], t->args[1]};
    Type *pair_t = type_tuple(e->prog->types, pair_fields, 2);
    const char *K = emit_ctype(e, t->args[0]), *V = emit_ctype(e, t->args[1]), *P = emit_ctype(e, pair_t);
    const char *kd = elem_desc(e, t->args[0]), *vd = elem_desc(e, t->args[1]);
    const char *kr = key_repr_fn(e, t->args[0]);
    const char *vz = emit_zero(e, t->args[1]);
    fprintf(out, "/* %s */\n", type_name(e->arena, t));
    fprintf(out, "static inline KrtDict *%s_new(krt_int cap) {\n"
                 "    return krt_dict_new(%s, %s, cap > 0 ? (uint32_t)cap : 0);\n}\n", n, kd, vd);
    fprintf(out, "static inline %s %s_get(KrtDict *d, %s k) {\n    %s v = %s;\n    void *p = krt_dict_getitem(d, &k, %s);\n"
                 "    if (p) memcpy(&v, p, sizeof v);\n    return v;\n}\n", V, n, K, V, vz, kr);
    fprintf(out, "static inline void %s_set(KrtDict *d, %s k, %s v) {\n    (void)krt_dict_setitem(d, &k, &v);\n}\n", n, K, V);
    fprintf(out, "static inline bool %s_contains(KrtDict *d, %s k) {\n    return krt_dict_contains(d, &k);\n}\n", n, K);
    fprintf(out, "static inline void %s_del(KrtDict *d, %s k) {\n    (void)krt_dict_delitem(d, &k, %s);\n}\n", n, K, kr);
    fprintf(out, "static inline %s %s_pop(KrtDict *d, %s k) {\n    %s v = %s;\n    (void)krt_dict_pop(d, &k, &v, %s);\n"
                 "    return v;\n}\n", V, n, K, V, vz, kr);
    fprintf(out, "static inline %s %s_pop_default(KrtDict *d, %s k, %s dflt) {\n    %s v = %s;\n"
                 "    krt_dict_pop_default(d, &k, &v, &dflt);\n    return v;\n}\n", V, n, K, V, V, vz);
    fprintf(out, "static inline %s %s_setdefault(KrtDict *d, %s k, %s dflt) {\n    %s v = %s;\n"
                 "    void *p = krt_dict_setdefault(d, &k, &dflt);\n    if (p) memcpy(&v, p, sizeof v);\n    return v;\n}\n",
            V, n, K, V, V, vz);
    fprintf(out, "static inline %s %s_popitem(KrtDict *d) {\n    %s p = {0};\n    (void)krt_dict_popitem(d, &p.f0, &p.f1);\n"
                 "    return p;\n}\n", P, n, P);
    fprintf(out, "static inline KrtList *%s_items(KrtDict *d) {\n    return krt_dict_items(d, &%s_desc, offsetof(%s, f1));\n}\n",
            n, P, P);
    fprintf(out, "static inline KrtStr *%s_repr(KrtDict *d) {\n"
                 "    KrtStr *acc = krt_str_new(\"{\", 1);\n    KrtDictIter it;\n    void *kp, *vp;\n    bool first = true;\n"
                 "    krt_dict_iter_init(d, &it);\n"
                 "    while (acc && krt_dict_iter_next(d, &it, &kp, &vp)) {\n"
                 "        %s k;\n        %s v;\n        memcpy(&k, kp, sizeof k);\n        memcpy(&v, vp, sizeof v);\n"
                 "        acc = krt_str_append(acc, first ? \"\" : \", \", %s);\n"
                 "        acc = acc ? krt_str_append(acc, \": \", %s) : NULL;\n        first = false;\n    }\n"
                 "    return acc ? krt_str_append(acc, \"}\", NULL) : NULL;\n}\n\n",
            n, K, V, repr_expr(e, t->args[0], "k"), repr_expr(e, t->args[1], "v"));
}

/* The support functions of a set or frozenset type (krt_set_N_add, ...):
 * elements by value over runtime/set.c's by-address interface. */
static void emit_set_support(EmitC *e, FILE *out, const CType *ct) {
    Type *t = ct->type;
    const char *n = ct->name;
    const char *E = emit_ctype(e, t->args[0]), *ed = elem_desc(e, t->args[0]), *er = key_repr_fn(e, t->args[0]);
    bool frozen = t->kind == TY_FROZENSET;
    const char *type_id = frozen ? "KRT_T_FROZENSET" : "KRT_T_SET";
    fprintf(out, "/* %s */\n", type_name(e->arena, t));
    fprintf(out, "static inline KrtSet *%s_new(void) {\n    return krt_set_new(%s, %s);\n}\n", n, ed, type_id);
    fprintf(out, "static inline KrtSet *%s_from_list(KrtList *l) {\n    return krt_set_from_list(l, %s);\n}\n", n, type_id);
    fprintf(out, "static inline void %s_add(KrtSet *s, %s x) {\n    (void)krt_set_add(s, &x);\n}\n", n, E);
    fprintf(out, "static inline bool %s_contains(KrtSet *s, %s x) {\n    return krt_set_contains(s, &x);\n}\n", n, E);
    fprintf(out, "static inline void %s_discard(KrtSet *s, %s x) {\n    krt_set_discard(s, &x);\n}\n", n, E);
    fprintf(out, "static inline void %s_remove(KrtSet *s, %s x) {\n    (void)krt_set_remove(s, &x, %s);\n}\n", n, E, er);
    fprintf(out, "static inline %s %s_pop(KrtSet *s) {\n    %s x = %s;\n    (void)krt_set_pop(s, &x);\n    return x;\n}\n",
            E, n, E, emit_zero(e, t->args[0]));
    fprintf(out, "static inline KrtStr *%s_repr(KrtSet *s) {\n"
                 "    KrtSetIter it;\n    void *p;\n    bool first = true;\n"
                 "    if (s->used == 0) return krt_str_new(\"%s()\", %d);\n"
                 "    KrtStr *acc = krt_str_new(\"%s{\", %d);\n"
                 "    krt_set_iter_init(s, &it);\n"
                 "    while (acc && krt_set_iter_next(s, &it, &p)) {\n"
                 "        %s x;\n        memcpy(&x, p, sizeof x);\n"
                 "        acc = krt_str_append(acc, first ? \"\" : \", \", %s);\n        first = false;\n    }\n"
                 "    return acc ? krt_str_append(acc, \"%s\", NULL) : NULL;\n}\n\n",
            n, frozen ? "frozenset" : "set", frozen ? 11 : 5, frozen ? "frozenset(" : "", frozen ? 11 : 1, E,
            repr_expr(e, t->args[0], "x"), frozen ? "})" : "}");
}

static void emit_list_ops(FILE *out, const char *n, const char *desc);

/* Does a tuple value hold counted references (in a field, or a nested tuple's)? */
static bool tuple_holds_refs(Type *t) {
    for (int i = 0; i < t->nargs; i++) {
        Type *f = type_resolve(t->args[i]);
        if (f->kind == TY_TUPLE ? tuple_holds_refs(f) : type_is_reference(f)) return true;
    }
    return false;
}

/* The element support of a tuple type: retain/drop of its references,
 * equality, ordering, repr, and the KrtElemDesc that lets one list
 * implementation hold it by value.  static inline: unused ones cost nothing. */
static void emit_tuple_support(EmitC *e, FILE *out, const CType *ct) {
    Type *t = ct->type;
    const char *n = ct->name;
    bool refs = false;
    fprintf(out, "static inline void %s_retain(void *p) {\n    %s x;\n    memcpy(&x, p, sizeof x);\n", n, n);
    for (int i = 0; i < t->nargs; i++) {
        Type *f = type_resolve(t->args[i]);
        if (f->kind == TY_TUPLE) {
            fprintf(out, "    %s_retain(&x.f%d);\n", emit_ctype(e, f), i);
            refs = refs || tuple_holds_refs(f);
        } else if (type_is_reference(f)) {
            fprintf(out, "    krt_xincref((KrtObject *)x.f%d);\n", i);
            refs = true;
        }
    }
    fputs("    (void)x;\n}\n", out);
    fprintf(out, "static inline void %s_drop(void *p) {\n    %s x;\n    memcpy(&x, p, sizeof x);\n", n, n);
    for (int i = 0; i < t->nargs; i++) {
        Type *f = type_resolve(t->args[i]);
        if (f->kind == TY_TUPLE) fprintf(out, "    %s_drop(&x.f%d);\n", emit_ctype(e, f), i);
        else if (type_is_reference(f)) fprintf(out, "    krt_xdecref((KrtObject *)x.f%d);\n", i);
    }
    fputs("    (void)x;\n}\n", out);
    fprintf(out, "static inline bool %s_eq(const void *a, const void *b) {\n    %s x, y;\n"
                 "    memcpy(&x, a, sizeof x);\n    memcpy(&y, b, sizeof y);\n    return true", n, n);
    for (int i = 0; i < t->nargs; i++) fprintf(out, " && %s", field_op(e, t->args[i], i, false));
    fputs(";\n}\n", out);
    fprintf(out, "static inline int %s_cmp(const void *a, const void *b) {\n    %s x, y;\n"
                 "    memcpy(&x, a, sizeof x);\n    memcpy(&y, b, sizeof y);\n", n, n);
    for (int i = 0; i < t->nargs; i++)
        fprintf(out, "    if (!(%s)) return (%s) ? -1 : 1;\n", field_op(e, t->args[i], i, false),
                field_op(e, t->args[i], i, true));
    fputs("    return 0;\n}\n", out);
    /* repr: "(a, 'b')", or a named tuple's "P(x=a, y='b')" */
    const char **names = t->cls ? t->cls->fields : NULL;
    const char *open = !names ? "(" : t->nargs ? arena_printf(e->arena, "%s(%s=", t->cls->name, names[0])
                                                : arena_printf(e->arena, "%s()", t->cls->name);
    fprintf(out, "static inline KrtStr *%s_repr(%s x) {\n    KrtStr *acc = krt_str_new(\"%s\", %d), *part = NULL, *next = NULL;\n",
            n, n, open, (int)strlen(open));
    for (int i = 0; i < t->nargs; i++) {
        Type *f = type_resolve(t->args[i]);
        const char *sep = i + 1 < t->nargs ? (names ? arena_printf(e->arena, ", %s=", names[i + 1]) : ", ")
                        : t->nargs == 1 && !names ? ",)" : ")";
        fprintf(out, "    part = acc ? %s : NULL;\n", repr_expr(e, f, arena_printf(e->arena, "x.f%d", i)));
        fprintf(out, "    next = part ? krt_str_concat(acc, part) : NULL;\n    krt_xdecref((KrtObject *)acc);\n"
                     "    krt_xdecref((KrtObject *)part);\n    part = next ? krt_str_new(\"%s\", %d) : NULL;\n"
                     "    acc = part ? krt_str_concat(next, part) : NULL;\n    krt_xdecref((KrtObject *)next);\n"
                     "    krt_xdecref((KrtObject *)part);\n", sep, (int)strlen(sep));
    }
    if (t->nargs == 0 && !names) fputs("    krt_xdecref((KrtObject *)acc);\n    acc = krt_str_new(\"()\", 2);\n", out);
    fputs("    (void)x;\n    (void)part;\n    (void)next;\n    return acc;\n}\n", out);
    fprintf(out, "static inline KrtStr *%s_repr_elem(const void *p) {\n    %s x;\n    memcpy(&x, p, sizeof x);\n"
                 "    return %s_repr(x);\n}\n", n, n, n);
    bool hashable = true;
    for (int i = 0; i < t->nargs; i++) hashable = hashable && field_hash(e, t->args[i], i);
    if (hashable) {
        fprintf(out, "static inline krt_hash %s_hash(const void *p) {\n    %s x;\n    memcpy(&x, p, sizeof x);\n"
                     "    KrtHashAcc acc = krt_hash_tuple_start();\n", n, n);
        for (int i = 0; i < t->nargs; i++) fprintf(out, "    acc = krt_hash_tuple_add(acc, %s);\n", field_hash(e, t->args[i], i));
        fprintf(out, "    (void)x;\n    return krt_hash_tuple_finish(acc, %d);\n}\n", t->nargs);
        fprintf(out, "static inline krt_int %s_hash_value(%s x) {\n    return (krt_int)(int32_t)%s_hash(&x);\n}\n", n, n, n);
    }
    fprintf(out, "static const KrtElemDesc %s_desc = {sizeof(%s), %s, %s_retain, %s_drop, %s_eq, %s_cmp, %s%s};\n", n, n,
            refs ? "KRT_ELEM_VALUE" : "KRT_ELEM_RAW", n, n, n, n, hashable ? n : "NULL", hashable ? "_hash" : "");
    emit_list_ops(out, n, arena_printf(e->arena, "&%s_desc", n));
}

/* The list operations for lists of element type T, spelled n, described by
 * desc (see runtime/list_ops.c for the ones the runtime instantiates). */
static void emit_list_ops(FILE *out, const char *n, const char *desc) {
    static const char *const list_ops =
            "static inline KrtList *krt_list_new_$T(krt_int cap) { return krt_list_new($D, cap > 0 ? (uint32_t)cap : 0); }\n"
            "static inline void krt_list_append_$T(KrtList *l, $T v) { krt_list_append(l, &v); }\n"
            "static inline $T krt_list_get_$T(KrtList *l, krt_int i) {\n"
            "    $T v = {0};\n    void *p = krt_list_at(l, i);\n    if (p) memcpy(&v, p, sizeof v);\n    return v;\n}\n"
            "static inline void krt_list_set_$T(KrtList *l, krt_int i, $T v) {\n"
            "    if (!krt_list_setitem(l, i, &v) && !krt_failed()) krt_raise_msg(KRT_T_INDEX_ERROR, \"list assignment index out of range\");\n}\n"
            "static inline $T krt_list_pop_$T(KrtList *l, krt_int i) { $T v = {0}; krt_list_pop(l, i, &v); return v; }\n"
            "static inline void krt_list_insert_$T(KrtList *l, krt_int i, $T v) { krt_list_insert(l, i, &v); }\n"
            "static inline bool krt_list_contains_$T(KrtList *l, $T v) { return krt_list_contains(l, &v); }\n"
            "static inline krt_int krt_list_count_$T(KrtList *l, $T v) {\n"
            "    krt_int c = 0;\n    for (uint32_t i = 0; i < l->len; i++) c += $T_eq(l->items + (size_t)i * sizeof v, &v);\n    return c;\n}\n"
            "static inline krt_int krt_list_index_$T(KrtList *l, $T v) {\n"
            "    krt_int i = krt_list_index(l, &v);\n    if (i < 0) {\n        KrtStr *r = $T_repr(v);\n"
            "        if (r) { krt_raise_fmt(KRT_T_VALUE_ERROR, \"%.*s is not in list\", (int)r->len, r->data); krt_decref(&r->h); }\n"
            "    }\n    return i;\n}\n"
            "static inline $T krt_list_extreme_$T(KrtList *l, bool want_max) {\n"
            "    $T best = {0}, x;\n"
            "    if (l->len == 0) {\n"
            "        krt_raise_msg(KRT_T_VALUE_ERROR, want_max ? \"max() arg is an empty sequence\" : \"min() arg is an empty sequence\");\n"
            "        return best;\n    }\n"
            "    memcpy(&best, l->items, sizeof best);\n"
            "    for (uint32_t i = 1; i < l->len; i++) {\n"
            "        memcpy(&x, l->items + (size_t)i * sizeof x, sizeof x);\n"
            "        if (want_max ? ($D)->cmp(&best, &x) < 0 : ($D)->cmp(&x, &best) < 0) best = x;\n    }\n"
            "    return best;\n}\n"
            "static inline $T krt_list_min_$T(KrtList *l) { return krt_list_extreme_$T(l, false); }\n"
            "static inline $T krt_list_max_$T(KrtList *l) { return krt_list_extreme_$T(l, true); }\n"
            "static inline void krt_list_remove_$T(KrtList *l, $T v) {\n"
            "    if (!krt_list_remove(l, &v) && !krt_failed()) krt_raise_msg(KRT_T_VALUE_ERROR, \"list.remove(x): x not in list\");\n}\n"
            "static inline KrtStr *krt_list_repr_$T(KrtList *l) {\n"
            "    KrtStr *acc = krt_str_new(\"[\", 1);\n"
            "    for (uint32_t i = 0; acc && i < l->len; i++) {\n"
            "        $T v;\n        memcpy(&v, l->items + (size_t)i * sizeof v, sizeof v);\n"
            "        KrtStr *r = $T_repr(v);\n        KrtStr *sep = r && i ? krt_str_new(\", \", 2) : NULL;\n"
            "        KrtStr *t = sep ? krt_str_concat(acc, sep) : NULL;\n"
            "        if (i == 0 && r) { t = acc; krt_incref(&t->h); }\n"
            "        KrtStr *n = t ? krt_str_concat(t, r) : NULL;\n"
            "        krt_xdecref((KrtObject *)sep);\n        krt_xdecref((KrtObject *)t);\n        krt_xdecref((KrtObject *)r);\n"
            "        krt_decref(&acc->h);\n        acc = n;\n    }\n"
            "    KrtStr *close = acc ? krt_str_new(\"]\", 1) : NULL;\n    KrtStr *res = close ? krt_str_concat(acc, close) : NULL;\n"
            "    krt_xdecref((KrtObject *)close);\n    krt_xdecref((KrtObject *)acc);\n    return res;\n}\n\n";
    for (const char *p = list_ops; *p; p++) {
        if (p[0] == '$' && (p[1] == 'T' || p[1] == 'D')) {
            fputs(p[1] == 'T' ? n : desc, out);
            p++;
        } else {
            fputc(*p, out);
        }
    }
}

/* Does a field of type t hold a counted reference (itself, or in a tuple)? */
bool field_holds_reference(Type *t) {
    t = type_resolve(t);
    if (t->kind != TY_TUPLE) return type_is_reference(t);
    for (int k = 0; k < t->nargs; k++)
        if (type_is_reference(t->args[k])) return true;
    return false;
}

/* Do instances of program type id `type` have a drop function? */
static bool class_has_drop(const EmitC *e, int64_t type) {
    int64_t i = type - KRT_T__FIRST_USER;
    if (i < 0 || i >= e->prog->classes.len) return true;
    const IrClass *c = e->prog->classes.items[i];
    if (c->is_exception || c->exc_struct || c->weak_target) return true;
    for (int f = 0; f < c->nfields; f++)
        if (field_holds_reference(c->field_types[f])) return true;
    return false;
}

void emit_prototype(EmitC *e, FILE *out, const IrFunc *fn) {
    fprintf(out, "%s %s(", type_is_none(fn->ret) ? "void" : emit_ctype(e, fn->ret), fn->c_name);
    if (fn->params.len == 0 && !fn->ret_slot_struct && !fn->is_generator) fputs("void", out);
    for (int i = 0; i < fn->params.len; i++) {
        const IrTemp *p = fn->params.items[i];
        fprintf(out, "%s%s %s", i ? ", " : "", emit_ctype(e, p->type), temp_name(e, p));
    }
    if (fn->ret_slot_struct) /* where the caller wants the returned instance, or NULL (escape.c) */
        fprintf(out, "%sKrtObject *krt_ret_slot", fn->params.len ? ", " : "");
    if (fn->is_generator) /* a slot of the caller's frame for the generator's frame, or NULL (escape.c) */
        fprintf(out, "%sKrtObject *krt_gen_slot", fn->params.len ? ", " : "");
    fputc(')', out);
}

/* ---- function bodies ------------------------------------------------------------ */

/* The source path #line names: absolute, so a debugger finds the .py file
 * whatever directory the C is compiled from; quotes and backslashes escaped. */
static const char *line_path(EmitC *e, const char *file) {
    if (!file) return "?";
    if (file == e->line_file) return e->line_file_abs;
    char *abs = realpath(file, NULL);
    const char *path = abs ? abs : file;
    size_t n = strlen(path);
    char *out = arena_alloc(e->arena, 2 * n + 1), *o = out;
    for (size_t i = 0; i < n; i++) {
        if (path[i] == '"' || path[i] == '\\') *o++ = '\\';
        *o++ = path[i];
    }
    *o = 0;
    free(abs);
    e->line_file = file;
    e->line_file_abs = out;
    return out;
}

void emit_line(EmitC *e, uint32_t line) {
    if (!e->opts->line_directives || line == 0 || line == e->last_line) return;
    fprintf(e->out, "#line %u \"%s\"\n", (unsigned)line, line_path(e, e->fn->file));
    e->last_line = line;
}

void emit_goto_handler(EmitC *e, const IrBlock *b) {
    if (!b->handler && e->in_frame)
        emit_gen_fail(e);
    else if (b->handler)
        fprintf(e->out, "goto b%d;", b->handler->id);
    else
        fprintf(e->out, "return%s%s;", type_is_none(e->fn->ret) ? "" : " ",
                type_is_none(e->fn->ret) ? "" : emit_zero(e, e->fn->ret));
}

void emit_check(EmitC *e, const IrBlock *b, const IrInstr *in) {
    if (!(in->flags & IR_MAY_RAISE)) return;
    fputs("    if (krt_failed()) ", e->out);
    emit_goto_handler(e, b);
    fputc('\n', e->out);
}

const char *arg(EmitC *e, const IrInstr *in, int i) {
    if (type_is_none(in->args[i]->type)) return "false"; /* None is never stored: its C spelling is a bool */
    return temp_name(e, in->args[i]);
}

/* "x = " when the result is used, "(void)" when it is not. */
const char *dst_prefix(EmitC *e, const IrInstr *in) {
    if (!in->dst || type_is_none(in->dst->type) || !e->temp_read[in->dst->id]) return "(void)";
    return arena_printf(e->arena, "%s = ", temp_name(e, in->dst));
}

static const char *float_literal(EmitC *e, double v) {
    if (isnan(v)) return "(krt_float)NAN";
    if (isinf(v)) return v > 0 ? "(krt_float)INFINITY" : "(-(krt_float)INFINITY)";
    char buf[64];
    snprintf(buf, sizeof buf, "%.17g", v);
    if (!strpbrk(buf, ".eEn")) strcat(buf, ".0");
    return arena_printf(e->arena, "(krt_float)%s", buf);
}

static const char *int_literal(EmitC *e, int64_t v) {
    if (v == INT64_MIN) return "(-(krt_int)9223372036854775807 - 1)";
    if (v >= INT32_MIN && v <= INT32_MAX) return arena_printf(e->arena, "%lld", (long long)v);
    return arena_printf(e->arena, "(krt_int)%lldLL", (long long)v);
}

/* Checked int operations: name of the krt_int_* helper, NULL if plain C. */
static const char *int_binop_helper(IrBinop op) {
    switch (op) {
    case BIN_ADD: return "krt_int_add";
    case BIN_SUB: return "krt_int_sub";
    case BIN_MUL: return "krt_int_mul";
    case BIN_FLOORDIV: return "krt_int_floordiv";
    case BIN_MOD: return "krt_int_mod";
    case BIN_POW: return "krt_int_pow";
    case BIN_LSHIFT: return "krt_int_lshift";
    case BIN_RSHIFT: return "krt_int_rshift";
    case BIN_DIV: return "krt_int_truediv";
    default: return NULL;
    }
}

static const char *float_binop_helper(IrBinop op) {
    switch (op) {
    case BIN_DIV: return "krt_float_div";
    case BIN_FLOORDIV: return "krt_float_floordiv";
    case BIN_MOD: return "krt_float_mod";
    case BIN_POW: return "krt_float_pow";
    default: return NULL;
    }
}

static const char *c_binop(IrBinop op) {
    switch (op) {
    case BIN_ADD: return "+";
    case BIN_SUB: return "-";
    case BIN_MUL: return "*";
    case BIN_AND: return "&";
    case BIN_OR: return "|";
    case BIN_XOR: return "^";
    default: return "?";
    }
}

static const char *c_cmp(IrCmp cmp) {
    static const char *const names[] = {
#define X(id, s) s,
        IR_CMP_LIST(X)
#undef X
    };
    return names[cmp];
}

static void emit_binop(EmitC *e, const IrBlock *b, const IrInstr *in) {
    Type *t = type_resolve(in->args[0]->type);
    const char *helper = t->kind == TY_INT ? int_binop_helper(in->imm.binop)
                                           : float_binop_helper(in->imm.binop);
    if ((in->flags & IR_NO_CHECK) && (in->imm.binop == BIN_ADD || in->imm.binop == BIN_SUB || in->imm.binop == BIN_MUL))
        helper = NULL;
    if (helper) {
        /* the helper writes through a pointer, so the destination must exist */
        const char *dst = in->dst && e->temp_read[in->dst->id] ? temp_name(e, in->dst) : NULL;
        if (dst)
            fprintf(e->out, "    if (!%s(%s, %s, &%s)) ", helper, arg(e, in, 0), arg(e, in, 1), dst);
        else
            fprintf(e->out, "    { %s discard; if (!%s(%s, %s, &discard)) ",
                    emit_ctype(e, in->dst->type), helper, arg(e, in, 0), arg(e, in, 1));
        emit_goto_handler(e, b);
        fputs(dst ? "\n" : " }\n", e->out);
        return;
    }
    fprintf(e->out, "    %s%s %s %s;\n", dst_prefix(e, in), arg(e, in, 0), c_binop(in->imm.binop), arg(e, in, 1));
}

static void emit_unop(EmitC *e, const IrBlock *b, const IrInstr *in) {
    Type *t = type_resolve(in->args[0]->type);
    if (in->imm.unop == UN_NEG && t->kind == TY_INT) {
        if (in->dst && e->temp_read[in->dst->id]) {
            fprintf(e->out, "    if (!krt_int_neg(%s, &%s)) ", arg(e, in, 0), temp_name(e, in->dst));
            emit_goto_handler(e, b);
            fputc('\n', e->out);
        } else {
            fprintf(e->out, "    { krt_int discard; if (!krt_int_neg(%s, &discard)) ", arg(e, in, 0));
            emit_goto_handler(e, b);
            fputs(" }\n", e->out);
        }
        return;
    }
    const char *op = in->imm.unop == UN_NEG ? "-" : in->imm.unop == UN_INVERT ? "~" : in->imm.unop == UN_NOT ? "!" : "";
    fprintf(e->out, "    %s%s%s;\n", dst_prefix(e, in), op, arg(e, in, 0));
}


/* incref/decref of every reference inside a tuple value. */
static void emit_refcount_fields(EmitC *e, Type *t, const char *fn_name, const char *expr) {
    for (int i = 0; i < t->nargs; i++) {
        Type *f = type_resolve(t->args[i]);
        const char *fe = arena_printf(e->arena, "%s.f%d", expr, i);
        if (f->kind == TY_TUPLE) {
            emit_refcount_fields(e, f, fn_name, fe);
        } else if (type_is_reference(f)) {
            /* decref is NULL-safe: a cleared tuple holds NULL fields */
            bool optional = f->kind == TY_OPTIONAL || strcmp(fn_name, "decref") == 0;
            fprintf(e->out, "    %s%s((KrtObject *)%s);\n", optional ? "krt_x" : "krt_", fn_name, fe);
        }
    }
}

void emit_refcount(EmitC *e, const IrTemp *t, const char *fn_name, const char *expr) {
    Type *ty = type_resolve(t->type);
    if (ty->kind == TY_TUPLE) {
        emit_refcount_fields(e, ty, fn_name, expr);
        return;
    }
    if (!type_is_reference(ty)) return;
    bool optional = ty->kind == TY_OPTIONAL || strcmp(fn_name, "decref") == 0;
    fprintf(e->out, "    %s%s((KrtObject *)%s);\n", optional ? "krt_x" : "krt_", fn_name, expr);
}

void emit_instr(EmitC *e, const IrBlock *b, const IrInstr *in) {
    emit_line(e, in->line);
    const IrProgram *prog = e->prog;
    switch (in->op) {
    case IR_CONST: {
        if (!in->dst || type_is_none(in->dst->type) || !e->temp_read[in->dst->id]) break;
        Type *t = type_resolve(in->dst->type);
        const char *lit = t->kind == TY_FLOAT  ? float_literal(e, in->imm.f)
                          : t->kind == TY_BOOL ? (in->imm.b ? "true" : "false")
                                               : int_literal(e, in->imm.i);
        fprintf(e->out, "    %s%s;\n", dst_prefix(e, in), lit);
        break;
    }
    case IR_CONST_STR:
        if (in->dst && e->temp_read[in->dst->id])
            fprintf(e->out, "    %s(%s *)&krt_%c%lld;\n", dst_prefix(e, in),
                    type_resolve(in->dst->type)->kind == TY_BYTES ? "KrtBytes" : "KrtStr",
                    type_resolve(in->dst->type)->kind == TY_BYTES ? 'b' : 's', (long long)in->imm.i);
        break;
    case IR_MOVE:
        if (!in->dst || type_is_none(in->dst->type)) break;
        fprintf(e->out, "    %s%s;\n", dst_prefix(e, in), arg(e, in, 0));
        break;
    case IR_GLOBAL_LOAD: {
        const IrGlobal *g = prog->globals.items[in->imm.i];
        if (in->dst && e->temp_read[in->dst->id] && !type_is_none(g->type))
            fprintf(e->out, "    %s%s;\n", dst_prefix(e, in), g->c_name);
        break;
    }
    case IR_GLOBAL_STORE: {
        const IrGlobal *g = prog->globals.items[in->imm.i];
        if (!type_is_none(g->type)) fprintf(e->out, "    %s = %s;\n", g->c_name, arg(e, in, 0));
        break;
    }
    case IR_BINOP:
        emit_binop(e, b, in);
        break;
    case IR_UNOP:
        emit_unop(e, b, in);
        break;
    case IR_COMPARE:
        fprintf(e->out, "    %s%s %s %s;\n", dst_prefix(e, in), arg(e, in, 0), c_cmp(in->imm.cmp), arg(e, in, 1));
        break;
    case IR_CONVERT:
        fprintf(e->out, "    %s(%s)%s;\n", dst_prefix(e, in), emit_ctype(e, in->dst->type), arg(e, in, 0));
        break;
    case IR_CALL:
    case IR_CALL_RT: {
        const char *callee = in->op == IR_CALL ? in->callee->c_name : in->rt->c_name;
        const char *dollar = strchr(callee, '$');
        if (dollar) {
            /* a container type's support functions: "krt_dict_$_get" is krt_dict_N_get for the
             * dict type (the first argument's, else the result's) */
            Type *ct = in->nargs ? type_resolve(in->args[0]->type) : NULL;
            if (!ct || (ct->kind != TY_DICT && ct->kind != TY_SET && ct->kind != TY_FROZENSET))
                ct = type_resolve(in->dst->type);
            emit_ctype(e, ct);
            callee = arena_printf(e->arena, "%s%s", emit_register(e, ct, ct->kind == TY_DICT ? "krt_dict" : "krt_set")->name,
                                  dollar + 1);
        }
        if (!strcmp(callee, "krt_hash_value_%")) callee = emit_hash_value_fn(e, in->args[0]->type); /* hash(x) */
        const char *at = strchr(callee, '@');
        if (at) {
            /* list operations on tuple elements: '@' names the element's struct */
            Type *list = in->nargs ? type_resolve(in->args[0]->type) : NULL;
            if (!list || list->kind != TY_LIST) list = type_resolve(in->dst->type);
            callee = arena_printf(e->arena, "%.*s%s%s", (int)(at - callee), callee, list_elem_name(e, list), at + 1);
        }
        bool scratch = in->site && in->site->scratch; /* a statement temporary (escape.c) */
        if (scratch) fputs("    krt_scratch_mode = true;\n", e->out);
        bool lend = in->op == IR_CALL && in->site && in->site->reuse_dead; /* escape.c: the slot's object is dead */
        if (lend) fprintf(e->out, "    {\n    krt_rc krt_holders = krt_slot_lend(&krt_slot%d.h);\n", in->site->slot);
        fprintf(e->out, "    %s%s(", dst_prefix(e, in), callee);
        for (int i = 0; i < in->nargs; i++) fprintf(e->out, "%s%s", i ? ", " : "", arg(e, in, i));
        if (in->op == IR_CALL && in->callee->ret_slot_struct) { /* a slot of this frame for the result, or none */
            if (in->site) fprintf(e->out, "%s&krt_slot%d.h", in->nargs ? ", " : "", in->site->slot);
            else fprintf(e->out, "%sNULL", in->nargs ? ", " : "");
        }
        if (in->op == IR_CALL && in->callee->is_generator) /* its frame in a slot of this one, or on the heap */
            fprintf(e->out, "%s%s", in->nargs ? ", " : "",
                    in->site && in->site->storage == STORAGE_STACK ? arena_printf(e->arena, "&krt_slot%d.h", in->site->slot) : "NULL");
        fputs(");\n", e->out);
        if (lend) fprintf(e->out, "    krt_slot_settle(&krt_slot%d.h, krt_holders);\n    }\n", in->site->slot);
        if (scratch) fputs("    krt_scratch_mode = false;\n", e->out);
        emit_check(e, b, in);
        break;
    }
    case IR_TUPLE_MAKE:
        if (!in->dst || !e->temp_read[in->dst->id]) break;
        for (int i = 0; i < in->nargs; i++)
            if (!type_is_none(in->args[i]->type))
                fprintf(e->out, "    %s.f%d = %s;\n", temp_name(e, in->dst), i, arg(e, in, i));
        break;
    case IR_TUPLE_GET:
        if (in->dst && e->temp_read[in->dst->id] && !type_is_none(in->dst->type))
            fprintf(e->out, "    %s%s.f%lld;\n", dst_prefix(e, in), arg(e, in, 0), (long long)in->imm.i);
        break;
    case IR_OPT_WRAP:
        if (!in->dst || !e->temp_read[in->dst->id]) break;
        if (type_is_reference(in->dst->type))
            fprintf(e->out, "    %s%s;\n", dst_prefix(e, in), arg(e, in, 0));
        else
            fprintf(e->out, "    %s.some = true;\n    %s.value = %s;\n", temp_name(e, in->dst),
                    temp_name(e, in->dst), arg(e, in, 0));
        break;
    case IR_OPT_NONE:
        if (!in->dst || !e->temp_read[in->dst->id]) break;
        if (type_is_reference(in->dst->type))
            fprintf(e->out, "    %sNULL;\n", dst_prefix(e, in));
        else
            fprintf(e->out, "    %s.some = false;\n", temp_name(e, in->dst));
        break;
    case IR_OPT_IS_NONE:
        if (type_is_reference(in->args[0]->type))
            fprintf(e->out, "    %s%s == NULL;\n", dst_prefix(e, in), arg(e, in, 0));
        else
            fprintf(e->out, "    %s!%s.some;\n", dst_prefix(e, in), arg(e, in, 0));
        break;
    case IR_OPT_UNWRAP:
        if (type_is_reference(in->args[0]->type))
            fprintf(e->out, "    %s%s;\n", dst_prefix(e, in), arg(e, in, 0));
        else
            fprintf(e->out, "    %s%s.value;\n", dst_prefix(e, in), arg(e, in, 0));
        break;
    case IR_INCREF:
        emit_refcount(e, in->args[0], "incref", arg(e, in, 0));
        break;
    case IR_DECREF:
        emit_refcount(e, in->args[0], "decref", arg(e, in, 0));
        break;
    case IR_CLEAR:
        if (in->dst && e->temp_read[in->dst->id] && !type_is_none(in->dst->type))
            fprintf(e->out, "    %s = %s;\n", temp_name(e, in->dst), emit_zero(e, in->dst->type));
        break;
    case IR_RAISE:
        fprintf(e->out, "    krt_raise((KrtExc *)%s);\n    ", arg(e, in, 0));
        emit_goto_handler(e, b);
        fputc('\n', e->out);
        break;
    case IR_EXC_MATCH:
        fprintf(e->out, "    %skrt_exc_matches(%lld);\n", dst_prefix(e, in), (long long)in->imm.i);
        break;
    case IR_EXC_FETCH:
        fprintf(e->out, "    %s(%s)krt_exc_fetch();\n", dst_prefix(e, in), emit_ctype(e, in->dst->type));
        break;
    case IR_EXC_RESTORE:
        fprintf(e->out, "    krt_exc_pending = (KrtExc *)%s;\n", arg(e, in, 0));
        break;
    case IR_TRACEBACK:
        fprintf(e->out, "    krt_traceback_add(&%s_info, %lld);\n", e->fn->c_name, (long long)in->imm.i);
        break;
    case IR_NEW: {
        const char *st = type_resolve(in->dst->type)->cls->c_name;
        if (in->site && in->site->caller_slot) { /* the caller's slot when it offers one, else the heap */
            fprintf(e->out, "    %s = (struct %s *)krt_ret_object(krt_ret_slot, sizeof(struct %s), %lld, %s);\n",
                    temp_name(e, in->dst), st, st, (long long)in->imm.i, class_has_drop(e, in->imm.i) ? "true" : "false");
            emit_check(e, b, in);
            break;
        }
        if (in->site && in->site->storage == STORAGE_STATIC) {
            fprintf(e->out, "    %s = (struct %s *)krt_static_object(&krt_static%d.h, sizeof(struct %s), %lld);\n",
                    temp_name(e, in->dst), st, in->site->slot, st, (long long)in->imm.i);
            if (in->callee) fprintf(e->out, "    ((KrtFn *)%s)->code = (KrtCode)%s;\n", temp_name(e, in->dst), in->callee->c_name);
            emit_check(e, b, in);
            break;
        }
        if (in->site && in->site->storage == STORAGE_STACK) {
            /* its frame slot, or the heap while the slot's last object lives (escape.c) */
            if (in->site->reuse_dead)
                fprintf(e->out, "    %s = (struct %s *)krt_stack_object_reuse(&krt_slot%d.h, sizeof(struct %s), %lld);\n",
                        temp_name(e, in->dst), st, in->site->slot, st, (long long)in->imm.i);
            else
                fprintf(e->out, "    %s = (struct %s *)krt_stack_object_fast(&krt_slot%d.h, sizeof(struct %s), %lld, %s);\n",
                        temp_name(e, in->dst), st, in->site->slot, st, (long long)in->imm.i,
                        class_has_drop(e, in->imm.i) ? "true" : "false");
            if (in->callee) /* a closure's environment: the code it runs */
                fprintf(e->out, "    if (%s) ((KrtFn *)%s)->code = (KrtCode)%s;\n", temp_name(e, in->dst),
                        temp_name(e, in->dst), in->callee->c_name);
            emit_check(e, b, in);
            break;
        }
        fprintf(e->out, "    %s = (%s)krt_alloc_object(sizeof(struct %s), %lld);\n", temp_name(e, in->dst),
                emit_ctype(e, in->dst->type), st, (long long)in->imm.i);
        fprintf(e->out, "    if (%s) memset((char *)%s + sizeof(KrtObject), 0, sizeof(struct %s) - sizeof(KrtObject));\n",
                temp_name(e, in->dst), temp_name(e, in->dst), st);
        emit_check(e, b, in);
        if (in->callee) /* a closure's environment: the code it runs */
            fprintf(e->out, "    ((KrtFn *)%s)->code = (KrtCode)%s;\n", temp_name(e, in->dst), in->callee->c_name);
        break;
    }
    case IR_FIELD_GET:
        if (in->dst && e->temp_read[in->dst->id] && !type_is_none(in->dst->type))
            fprintf(e->out, "    %s%s->%s;\n", dst_prefix(e, in), field_object(e, in), field_ident(e->arena, in->field));
        break;
    case IR_FIELD_SET:
        if (!type_is_none(in->args[1]->type))
            fprintf(e->out, "    %s->%s = %s;\n", field_object(e, in), field_ident(e->arena, in->field), arg(e, in, 1));
        break;
    case IR_FN_CONST:
        if (in->dst && e->temp_read[in->dst->id])
            fprintf(e->out, "    %s(KrtFn *)&%s_obj;\n", dst_prefix(e, in), in->callee->c_name);
        break;
    case IR_CALL_VALUE: {
        /* through the code pointer, cast to the function's exact type */
        Type *ft = type_resolve(in->args[0]->type);
        fprintf(e->out, "    %s((%s (*)(KrtFn *", dst_prefix(e, in),
                type_is_none(ft->ret) ? "void" : emit_ctype(e, ft->ret));
        for (int i = 0; i < ft->nargs; i++) fprintf(e->out, ", %s", emit_ctype(e, ft->args[i]));
        fprintf(e->out, "))%s->code)(%s", arg(e, in, 0), arg(e, in, 0));
        for (int i = 1; i < in->nargs; i++) fprintf(e->out, ", %s", arg(e, in, i));
        fputs(");\n", e->out);
        emit_check(e, b, in);
        break;
    }
    case IR_ITER_NEXT:
    case IR_GEN_RESUMED:
        emit_gen_instr(e, b, in);
        break;
    case IR__OP_COUNT:
        break;
    }
}

/* Before the frame goes: the objects in its stack slots drop their fields
 * (every reference to them is gone by now; the runtime checks). */
static void emit_stack_ends(EmitC *e) {
    if (e->fn->recursive) fputs("    krt_recursion_leave();\n", e->out);
    int nslots = e->fn->stack_sites.len;
    if (nslots == 1) fputs("    krt_stack_end(&krt_slot0.h);\n", e->out);
    /* several: a closure in one slot may hold what another holds, so all
     * release their fields before any is checked */
    for (int i = 0; nslots > 1 && i < nslots; i++) fprintf(e->out, "    krt_stack_release(&krt_slot%d.h);\n", i);
    for (int i = 0; nslots > 1 && i < nslots; i++) fprintf(e->out, "    krt_stack_leave(&krt_slot%d.h);\n", i);
    if (e->fn != e->fn->module->fini) return;
    /* the module's static objects release their fields when the program ends */
    for (int i = 0; i < e->prog->sites.len; i++) {
        const AllocSite *s = e->prog->sites.items[i];
        if (s->storage == STORAGE_STATIC && s->func->module == e->fn->module)
            fprintf(e->out, "    krt_static_end(&krt_static%d.h);\n", s->slot);
    }
}

void emit_term(EmitC *e, const IrBlock *b, const IrBlock *next) {
    const IrTerm *t = &b->term;
    emit_line(e, t->line);
    if (e->fn->is_generator && (t->kind == TERM_YIELD || t->kind == TERM_RETURN || t->kind == TERM_UNWIND)) {
        emit_gen_term(e, b);
        return;
    }
    switch (t->kind) {
    case TERM_JUMP:
        if (t->target != next) fprintf(e->out, "    goto b%d;\n", t->target->id);
        break;
    case TERM_BRANCH:
        if (t->other == next) {
            fprintf(e->out, "    if (%s) goto b%d;\n", temp_name(e, t->value), t->target->id);
        } else if (t->target == next) {
            fprintf(e->out, "    if (!%s) goto b%d;\n", temp_name(e, t->value), t->other->id);
        } else {
            fprintf(e->out, "    if (%s) goto b%d;\n    goto b%d;\n", temp_name(e, t->value), t->target->id,
                    t->other->id);
        }
        break;
    case TERM_RETURN:
        emit_stack_ends(e);
        if (type_is_none(e->fn->ret))
            fputs("    return;\n", e->out);
        else
            fprintf(e->out, "    return %s;\n", t->value ? temp_name(e, t->value) : emit_zero(e, e->fn->ret));
        break;
    case TERM_UNWIND:
        emit_stack_ends(e);
        if (type_is_none(e->fn->ret))
            fputs("    return;\n", e->out);
        else
            fprintf(e->out, "    return %s;\n", emit_zero(e, e->fn->ret));
        break;
    case TERM_YIELD:
    case TERM_NONE:
    case TERM_UNREACHABLE:
        fprintf(e->out, "    krt_port_panic(\"krait: unreachable code reached in %s\");\n", e->fn->name);
        break;
    }
}

/* Instructions whose only effect is their result (skipped when it is unread). */
static bool is_pure_build(const IrInstr *in) {
    return in->op == IR_TUPLE_MAKE || in->op == IR_TUPLE_GET || in->op == IR_OPT_WRAP;
}

static void mark_read(EmitC *e, const IrTemp *t) {
    if (t) e->temp_read[t->id] = true;
}

/* Which temps are read and which blocks are jump targets (given fallthrough). */
void emit_analyse(EmitC *e, const IrFunc *fn) {
    e->temp_read = arena_alloc(e->arena, (size_t)(fn->temps.len + 1) * sizeof *e->temp_read);
    e->block_label = arena_alloc(e->arena, (size_t)(fn->blocks.len + 1) * sizeof *e->block_label);
    for (int i = 0; i < fn->params.len; i++) mark_read(e, fn->params.items[i]);
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        const IrBlock *next = bi + 1 < fn->blocks.len ? fn->blocks.items[bi + 1] : NULL;
        bool raises = false;
        for (int i = 0; i < b->instrs.len; i++) {
            const IrInstr *in = b->instrs.items[i];
            if (!is_pure_build(in))
                for (int a = 0; a < in->nargs; a++) mark_read(e, in->args[a]);
            if ((in->flags & IR_MAY_RAISE) || in->op == IR_RAISE) raises = true;
        }
        if (raises && b->handler) e->block_label[b->handler->id] = true;
        const IrTerm *t = &b->term;
        if (t->kind == TERM_BRANCH || t->kind == TERM_RETURN || t->kind == TERM_YIELD) mark_read(e, t->value);
        if (t->kind == TERM_YIELD) e->block_label[t->target->id] = true; /* a resume point */
        if (t->kind == TERM_JUMP && t->target != next) e->block_label[t->target->id] = true;
        if (t->kind == TERM_BRANCH) {
            if (t->target != next) e->block_label[t->target->id] = true;
            if (t->other != next) e->block_label[t->other->id] = true;
        }
    }
}

/* Reads by value-building instructions count only when what they build is
 * read (a tuple made and never used must not leave its parts declared and
 * unused): propagate to a fixed point. */
void emit_analyse_builds(EmitC *e, const IrFunc *fn) {
    bool changed = true;
    while (changed) {
        changed = false;
        for (int bi = 0; bi < fn->blocks.len; bi++) {
            const IrBlock *b = fn->blocks.items[bi];
            for (int i = 0; i < b->instrs.len; i++) {
                const IrInstr *in = b->instrs.items[i];
                if (!is_pure_build(in) || !in->dst || !e->temp_read[in->dst->id]) continue;
                for (int a = 0; a < in->nargs; a++) {
                    if (in->args[a] && !e->temp_read[in->args[a]->id]) {
                        e->temp_read[in->args[a]->id] = true;
                        changed = true;
                    }
                }
            }
        }
    }
}

/* The struct of the class a stack site instantiates. */
static const char *emit_site_struct(EmitC *e, const IrFunc *fn, const AllocSite *site) {
    (void)e;
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++) {
            const IrInstr *in = b->instrs.items[i];
            if (in->site == site && in->op == IR_CALL) return in->callee->ret_slot_struct;
            if (in->site == site) return type_resolve(in->dst->type)->cls->c_name;
        }
    }
    return "?";
}

static void emit_function(EmitC *e, const IrFunc *fn) {
    if (fn->is_generator) {
        emit_gen_function(e, fn);
        return;
    }
    e->fn = fn;
    e->last_line = 0;
    emit_analyse(e, fn);
    emit_analyse_builds(e, fn);
    bool traced = false;
    for (int bi = 0; bi < fn->blocks.len && !traced; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++)
            if (((const IrInstr *)b->instrs.items[i])->op == IR_TRACEBACK) traced = true;
    }
    if (traced)
        fprintf(e->out, "static const KrtFuncInfo %s_info = {\"%s\", \"%s\"};\n\n", fn->c_name, fn->name,
                fn->file ? fn->file : "?");
    emit_prototype(e, e->out, fn);
    fputs(" {\n", e->out);
    for (int i = 0; i < fn->params.len; i++) /* a parameter the body never reads */
        fprintf(e->out, "    (void)%s;\n", temp_name(e, fn->params.items[i]));
    if (fn->ret_slot_struct) fputs("    (void)krt_ret_slot;\n", e->out);
    for (int i = 0; i < fn->temps.len; i++) {
        const IrTemp *t = fn->temps.items[i];
        if (t->is_param || !e->temp_read[t->id] || type_is_none(t->type)) continue;
        fprintf(e->out, "    %s %s = %s;\n", emit_ctype(e, t->type), temp_name(e, t), emit_init(e, t->type));
    }
    for (int i = 0; i < fn->stack_sites.len; i++) { /* objects that never leave this frame */
        const AllocSite *site = fn->stack_sites.items[i];
        const char *gen = emit_gen_slot_frame(e, fn, site); /* a generator's frame, or NULL */
        if (gen)
            fprintf(e->out, "    union { KrtObject h; %s f; } krt_slot%d;\n", gen, i);
        else
            fprintf(e->out, "    struct %s krt_slot%d;\n", emit_site_struct(e, fn, site), i);
    }
    for (int i = 0; i < fn->stack_sites.len; i++) fprintf(e->out, "    krt_slot%d.h.rc = 0;\n", i);
    if (fn->recursive) /* on a cycle of the call graph: RecursionError past the limit */
        fprintf(e->out, "    if (krt_recursion_enter()) return%s%s;\n", type_is_none(fn->ret) ? "" : " ",
                type_is_none(fn->ret) ? "" : emit_zero(e, fn->ret));
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        const IrBlock *next = bi + 1 < fn->blocks.len ? fn->blocks.items[bi + 1] : NULL;
        if (e->block_label[b->id]) fprintf(e->out, "b%d:;\n", b->id);
        for (int i = 0; i < b->instrs.len; i++) emit_instr(e, b, b->instrs.items[i]);
        emit_term(e, b, next);
    }
    fputs("}\n\n", e->out);
    if (e->opts->line_directives) e->last_line = 0;
}

/* ---- files ---------------------------------------------------------------------- */

static void emit_c_string(FILE *out, const char *data, uint32_t len) {
    fputc('"', out);
    for (uint32_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c >= 0x20 && c < 0x7f && c != '?')
            fputc(c, out);
        else
            fprintf(out, "\\%03o", c); /* octal: never swallows following digits beyond 3 */
    }
    fputc('"', out);
}

EmitC *emit_new(Arena *arena, const IrProgram *prog, const EmitOptions *opts) {
    EmitC *e = arena_alloc(arena, sizeof *e);
    e->arena = arena;
    e->prog = prog;
    e->opts = opts;
    /* register the types every signature and temp uses, so the header is complete */
    for (int f = 0; f < prog->funcs.len; f++) {
        const IrFunc *fn = prog->funcs.items[f];
        emit_ctype(e, fn->ret);
        for (int t = 0; t < fn->temps.len; t++) emit_ctype(e, ((IrTemp *)fn->temps.items[t])->type);
    }
    for (int g = 0; g < prog->globals.len; g++) emit_ctype(e, ((IrGlobal *)prog->globals.items[g])->type);
    return e;
}

/* The repr functions of generated support call each other (a tuple holding
 * a dict, a dict of tuples): all are declared before any is defined. */
static void emit_support_prototypes(EmitC *e, FILE *out) {
    for (int i = 0; i < e->ctypes.len; i++) {
        const CType *ct = e->ctypes.items[i];
        switch (ct->type->kind) {
        case TY_TUPLE:
            fprintf(out, "static inline KrtStr *%s_repr(%s x);\n", ct->name, ct->name);
            /* fall through */
        case TY_LIST:
            fprintf(out, "static inline KrtStr *krt_list_repr_%s(KrtList *l);\n", ct->name);
            break;
        case TY_DICT: fprintf(out, "static inline KrtStr *%s_repr(KrtDict *d);\n", ct->name); break;
        case TY_SET:
        case TY_FROZENSET: fprintf(out, "static inline KrtStr *%s_repr(KrtSet *s);\n", ct->name); break;
        default: break;
        }
    }
    fputc('\n', out);
}

/* Lists of dicts, sets and bytearrays: their elements' eq and repr, then
 * the generated list operations. */
static void emit_list_elem_support(EmitC *e, FILE *out, const CType *ct) {
    Type *elem = type_resolve(ct->type->args[0]);
    const char *n = ct->name, *d = elem_desc(e, elem);
    fprintf(out, "static inline bool %s_eq(const void *a, const void *b) {\n    return krt_elem_eq(%s, a, b);\n}\n", n, d);
    fprintf(out, "static inline KrtStr *%s_repr(%s x) {\n    return %s;\n}\n", n, n, repr_expr(e, elem, "x"));
    emit_list_ops(out, n, d);
}

void emit_header(EmitC *e, FILE *out, const char *guard) {
    const IrProgram *prog = e->prog;
    fprintf(out, "/* Generated by krait %s. Do not edit. */\n", e->opts->version);
    fprintf(out, "#ifndef %s\n#define %s\n\n#include \"krait/krt.h\"\n#include \"krait/arith.h\"\n\n", guard, guard);
    fputs("#include <stddef.h>\n#include <string.h>\n\n", out);
    for (int i = 0; i < prog->classes.len; i++) { /* instances refer to each other: declare first */
        const IrClass *c = prog->classes.items[i];
        if (!c->is_exception) fprintf(out, "struct %s;\n", c->cls->c_name);
    }
    for (int i = 0; i < e->ctypes.len; i++) emit_struct(e, out, e->ctypes.items[i]);
    emit_support_prototypes(e, out);
    for (int i = 0; i < prog->classes.len; i++) {
        const IrClass *c = prog->classes.items[i];
        if (c->is_exception) continue;
        fprintf(out, "struct %s { /* class %s */\n    %s;\n", c->cls->c_name, c->name,
                c->exc_struct ? "KrtExc h" : "KrtObject h");
        if (c->is_closure) fputs("    KrtCode code;\n", out); /* a KrtFn first (closure.h) */
        for (int f = 0; f < c->nfields; f++)
            if (!type_is_none(c->field_types[f]))
                fprintf(out, "    %s %s;\n", emit_ctype(e, c->field_types[f]), field_ident(e->arena, c->field_names[f]));
        fputs("};\n\n", out);
        emit_class_key(e, out, c);
        emit_class_iter(e, out, c);
        if (c->lt_func) /* sorting lists of its instances (see emit_program_types) */
            fprintf(out, "bool %s__sort(KrtList *l, bool reverse);\nstruct %s *%s__min(KrtList *l);\n"
                         "struct %s *%s__max(KrtList *l);\n\n", c->cls->c_name, c->cls->c_name, c->cls->c_name,
                    c->cls->c_name, c->cls->c_name);
    }
    for (int i = 0; i < e->ctypes.len; i++) {
        const CType *ct = e->ctypes.items[i];
        if (ct->type->kind == TY_TUPLE) emit_tuple_support(e, out, ct);
    }
    for (int f = 0; f < prog->funcs.len; f++) /* generator frames: callers may hold them in slots */
        if (((const IrFunc *)prog->funcs.items[f])->is_generator) emit_gen_frame(e, out, prog->funcs.items[f]);
    for (int i = 0; i < e->ctypes.len; i++) {
        const CType *ct = e->ctypes.items[i];
        if (ct->type->kind == TY_SET || ct->type->kind == TY_FROZENSET) emit_set_support(e, out, ct);
    }
    for (int i = 0; i < e->ctypes.len; i++) {
        const CType *ct = e->ctypes.items[i];
        if (ct->type->kind == TY_DICT) emit_dict_support(e, out, ct);
    }
    for (int i = 0; i < e->ctypes.len; i++) {
        const CType *ct = e->ctypes.items[i];
        if (ct->type->kind == TY_LIST) emit_list_elem_support(e, out, ct);
    }
    for (int g = 0; g < prog->globals.len; g++) {
        const IrGlobal *gl = prog->globals.items[g];
        if (type_is_none(gl->type)) continue;
        fprintf(out, "extern %s %s; /* %s: %s */\n", emit_ctype(e, gl->type), gl->c_name, gl->name,
                type_name(e->arena, gl->type));
    }
    if (prog->globals.len) fputc('\n', out);
    for (int s = 0; s < prog->strs.len; s++) {
        fprintf(out, "extern const KrtStr krt_s%d;\n", s);
        if (((const IrStrConst *)prog->strs.items[s])->as_bytes) fprintf(out, "extern const KrtBytes krt_b%d;\n", s);
    }
    if (prog->strs.len) fputc('\n', out);
    for (int f = 0; f < prog->funcs.len; f++) {
        emit_prototype(e, out, prog->funcs.items[f]);
        fputs(";\n", out);
        if (((const IrFunc *)prog->funcs.items[f])->value_object)
            fprintf(out, "extern const KrtFn %s_obj;\n", ((const IrFunc *)prog->funcs.items[f])->c_name);
    }
    if (e->entry == EMIT_ENTRY_LIB)
        fprintf(out, "\n/* Starts the runtime and runs the program's top level; call once, first.\n"
                     " * Returns 0, or the exit status of an uncaught exception (reported). */\n"
                     "int %s(void);\n", e->lib_init);
    fprintf(out, "\n#endif\n");
}

void emit_module(EmitC *e, FILE *out, const IrModule *mod, const char *header_name) {
    const IrProgram *prog = e->prog;
    e->out = out;
    fprintf(out, "/* Generated by krait %s from %s. Do not edit. */\n", e->opts->version, mod->path);
    fprintf(out, "#include \"%s\"\n\n", header_name);
    if (mod == prog->main) {
        for (int s = 0; s < prog->strs.len; s++) {
            const IrStrConst *c = prog->strs.items[s];
            fprintf(out, "const KrtStr krt_s%d = KRT_STR_CONST(", c->id);
            emit_c_string(out, c->data, c->len);
            fprintf(out, ", %u, %u);\n", (unsigned)c->len, (unsigned)c->nchars);
            if (c->as_bytes) {
                fprintf(out, "const KrtBytes krt_b%d = KRT_BYTES_CONST(", c->id);
                emit_c_string(out, c->data, c->len);
                fprintf(out, ", %u);\n", (unsigned)c->len);
            }
        }
        if (prog->strs.len) fputc('\n', out);
    }
    for (int g = 0; g < prog->globals.len; g++) {
        const IrGlobal *gl = prog->globals.items[g];
        if (gl->module != mod || type_is_none(gl->type)) continue;
        fprintf(out, "%s %s = %s;\n", emit_ctype(e, gl->type), gl->c_name, emit_init(e, gl->type));
    }
    for (int i = 0; i < prog->sites.len; i++) { /* objects made once by the top level (escape.c) */
        const AllocSite *s = prog->sites.items[i];
        if (s->storage == STORAGE_STATIC && s->func->module == mod)
            fprintf(out, "static struct %s krt_static%d;\n", emit_site_struct(e, s->func, s), s->slot);
    }
    fputc('\n', out);
    for (int f = 0; f < prog->funcs.len; f++) {
        const IrFunc *fn = prog->funcs.items[f];
        if (fn->module == mod && fn->value_object) /* the constant function value running fn */
            fprintf(out, "const KrtFn %s_obj = {{KRT_RC_IMMORTAL, KRT_T_FUNCTION}, (KrtCode)%s};\n", fn->c_name, fn->c_name);
    }
    for (int f = 0; f < prog->funcs.len; f++) {
        const IrFunc *fn = prog->funcs.items[f];
        if (fn->module == mod) emit_function(e, fn);
    }
}
