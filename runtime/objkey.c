/* objkey.c — instances of the program's classes as dict keys and set
 * members, and the values of the hash() builtin.
 *
 * A class whose instances are keys gets a KrtElemDesc from the compiler
 * (emit_c.c, "<class>__key") whose hash and eq call the class's __hash__
 * and __eq__ (or a frozen @dataclass's generated ones).  A class that
 * defines neither hashes by identity, as CPython's object.__hash__ does:
 * krt_hash_elem_identity below, with eq left NULL (the containers compare
 * the pointers first).  Sets of such instances iterate in an order that
 * depends on addresses, as in CPython.
 *
 * hash(x) is the krt_hash of x widened to an int by sign extension: exact
 * (CPython's value) for ints, bools and tuples of them whose hash fits 32
 * bits; str and bytes hash with FNV-1a, not CPython's randomised siphash.
 */
#include <string.h>

#include "krt_internal.h"

krt_hash krt_hash_elem_identity(const void *elem) {
    uintptr_t p;
    memcpy(&p, elem, sizeof p);
    return (krt_hash)((p >> 4) | (p << (sizeof p * 8 - 4))); /* CPython's _Py_HashPointer: rotate by 4 */
}

static krt_int hash_widen_int(krt_hash h) {
    return (krt_int)(int32_t)h;
}

krt_int krt_hash_value_int(krt_int v) {
    return hash_widen_int(krt_hash_int(v));
}

krt_int krt_hash_value_float(krt_float v) {
    return hash_widen_int(krt_hash_float(v));
}

krt_int krt_hash_value_bool(bool v) {
    return (krt_int)v;
}

krt_int krt_hash_value_str(const KrtStr *s) {
    return hash_widen_int(krt_str_hash(s));
}

krt_int krt_hash_value_bytes(const KrtBytes *b) {
    return hash_widen_int(krt_bytes_hash(b));
}

krt_int krt_hash_value_frozenset(const KrtSet *s) {
    return hash_widen_int(krt_frozenset_hash(s));
}

krt_int krt_hash_value_of(const KrtElemDesc *d, const void *elem) {
    return hash_widen_int(d->hash(elem));
}
