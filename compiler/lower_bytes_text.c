/* lower_bytes_text.c — bytes.split/join/strip/lstrip/rstrip/lower/upper
 * (infer_bytes_text.c) as calls of runtime/bytes_text.c. */
#include "lower_internal.h"

/* a[0] the bytes, a[1..] the arguments as lowered (NULL when absent). */
Val lower_bytes_text(Lower *L, const char *m, IrTemp **a, Type *res) {
    Type *bt = type_bytes(L->tt);
    for (int i = 1; i < 3; i++) /* None: the default separator or characters */
        if (a[i] && type_resolve(a[i]->type)->kind == TY_NONE) a[i] = null_ref(L, bt);
    if (!strcmp(m, "split")) {
        IrTemp *s[3] = {a[0], a[1] ? a[1] : null_ref(L, bt), a[2] ? convert(L, a[2], type_int(L->tt)) : const_int(L, -1)};
        return call_rt(L, "krt_bytes_split", res, true, true, 3, s);
    }
    if (!strcmp(m, "join")) {
        IrTemp *j[2] = {a[0], as_list(L, a[1], bt).t};
        return call_rt(L, "krt_bytes_join", res, true, true, 2, j);
    }
    if (strstr(m, "strip")) {
        IrTemp *s[3] = {a[0], a[1] ? a[1] : null_ref(L, bt), const_int(L, m[0] == 'l' ? 1 : m[0] == 'r' ? 2 : 3)};
        return call_rt(L, "krt_bytes_strip", res, true, true, 3, s);
    }
    IrTemp *c[2] = {a[0], const_bool(L, m[0] == 'u')};
    return call_rt(L, "krt_bytes_change_case", res, true, true, 2, c);
}
