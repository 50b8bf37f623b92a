/* tuple_ops.c — run-time support of tuple[T, ...], the tuple whose length
 * is known only when the program runs (`tuple(a_list)`).  It is a KrtList
 * underneath, served by the list code; what differs is its spelling: a
 * list's repr "[1, 2]" becomes "(1, 2)", and a single element gets the
 * trailing comma, "(1,)".
 */
#include <string.h>

#include "krt_internal.h"

KrtStr *krt_tuple_repr_of_list(KrtStr *list_repr, krt_int n) {
    if (!list_repr) return NULL;
    uint32_t inner = list_repr->len >= 2 ? list_repr->len - 2 : 0; /* "[" inner "]" */
    uint32_t comma = n == 1 ? 1 : 0;
    KrtStr *s = krt_str_alloc(inner + 2 + comma, list_repr->nchars + comma);
    if (s) {
        char *text = krt_str_buf(s);
        text[0] = '(';
        memcpy(text + 1, list_repr->data + 1, inner);
        if (comma) text[1 + inner] = ',';
        text[1 + inner + comma] = ')';
    }
    krt_decref((KrtObject *)list_repr);
    return s;
}

bool krt_tuple_check_index(const KrtList *l, krt_int index) {
    krt_int len = (krt_int)l->len;
    if (index < 0) index += len;
    if (index >= 0 && index < len) return true;
    krt_raise_msg(KRT_T_INDEX_ERROR, "tuple index out of range");
    return false;
}

bool krt_tuple_check_member(bool present) {
    if (present) return true;
    krt_raise_msg(KRT_T_VALUE_ERROR, "tuple.index(x): x not in tuple");
    return false;
}
