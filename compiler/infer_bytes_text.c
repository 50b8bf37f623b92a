/* infer_bytes_text.c — the text-like methods of bytes (runtime/bytes_text.c):
 * split, join, strip, lstrip, rstrip, lower, upper, typed like their str
 * counterparts with bytes in place of str.  Keyword arguments are refused
 * before this (infer_bytes_method); bytearray has none of these yet.
 */
#include "infer_internal.h"

bool bytes_text_method(const char *name) {
    static const char *const names[] = {"split", "join", "strip", "lstrip", "rstrip", "lower", "upper"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(names[i], name)) return true;
    return false;
}

static bool bytes_or_none(Type *t) {
    return !t || t->kind == TY_BYTES || t->kind == TY_NONE;
}

/* The result type, or NULL when the arguments do not fit. */
Type *infer_bytes_text(Infer *in, Node *n, const char *name, Type **at, int nargs) {
    if (!bytes_text_method(name)) return NULL;
    if (!strcmp(name, "split") && nargs <= 2 && bytes_or_none(at[0]) &&
        (!at[1] || at[1]->kind == TY_INT || at[1]->kind == TY_BOOL))
        return list_of(in, n, type_bytes(in->tt));
    if (!strcmp(name, "join") && nargs == 1) {
        Type *e = iter_elem(in, at[0]);
        if (e && type_unify(in->tt, e, type_bytes(in->tt))) return type_bytes(in->tt);
        return NULL;
    }
    if (strstr(name, "strip") && nargs <= 1 && bytes_or_none(at[0])) return type_bytes(in->tt);
    if ((!strcmp(name, "lower") || !strcmp(name, "upper")) && nargs == 0) return type_bytes(in->tt);
    return NULL;
}
