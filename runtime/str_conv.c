/* str_conv.c — str <-> number: str(float), int(str, base), float(str).
 *
 * The text work is format.c's and numparse.c's (krt_float_repr,
 * krt_parse_int, krt_parse_float: CPython's syntax, Unicode digits and
 * whitespace included); this file turns their results into str objects and
 * their statuses into CPython's exceptions, whose messages quote the
 * argument's repr:
 *
 *   int("x")      ValueError: invalid literal for int() with base 10: 'x'
 *                 (the repr cut to 200 characters, as CPython's %.200R)
 *   int("1", 1)   ValueError: int() base must be >= 2 and <= 36, or 0
 *   float("x")    ValueError: could not convert string to float: 'x'
 *
 * A literal too large for krt_int raises krait's OverflowError
 * (krt_raise_overflow): CPython would return a big int.
 *
 * str(int) is in str.c (no formatting library needed).
 */
#include "format.h"

/* CPython formats the argument of int() with %.200R. */
#define INT_LITERAL_REPR_MAX 200

KrtStr *krt_str_from_float(krt_float v) {
    char buf[KRT_FLOAT_REPR_MAX];
    size_t n = krt_float_repr(buf, sizeof buf, (double)v);
    return krt_str_new(buf, n);
}

/* Raises ValueError "<prefix><repr of s>", the repr cut to max characters. */
static void raise_with_repr(const char *prefix, int base, const KrtStr *s, uint32_t max) {
    KrtStr *r = krt_str_repr((KrtStr *)s);
    if (!r) return;
    uint32_t bytes = r->nchars > max ? krt_str_byte_offset(r, max) : r->len;
    if (base >= 0)
        krt_raise_fmt(KRT_T_VALUE_ERROR, "%s%d: %.*s", prefix, base, (int)bytes, r->data);
    else
        krt_raise_fmt(KRT_T_VALUE_ERROR, "%s%.*s", prefix, (int)bytes, r->data);
    krt_decref(&r->h);
}

bool krt_str_to_int(const KrtStr *s, krt_int base, krt_int *out) {
    if (base != 0 && (base < 2 || base > 36)) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
        return false;
    }
    int64_t v = 0;
    switch (krt_parse_int(s->data, s->len, (int)base, &v)) {
    case KRT_PARSE_OK:
        *out = (krt_int)v;
        return true;
    case KRT_PARSE_OVERFLOW:
        krt_raise_overflow();
        return false;
    case KRT_PARSE_DIGIT_LIMIT:
        krt_raise_fmt(KRT_T_VALUE_ERROR,
                      "Exceeds the limit (%d digits) for integer string conversion: value has %lld "
                      "digits; use sys.set_int_max_str_digits() to increase the limit",
                      KRT_INT_MAX_STR_DIGITS, (long long)v);
        return false;
    case KRT_PARSE_BAD_BASE:
        krt_raise_msg(KRT_T_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
        return false;
    case KRT_PARSE_SYNTAX:
    case KRT_PARSE__COUNT:
        break;
    }
    raise_with_repr("invalid literal for int() with base ", (int)base, s, INT_LITERAL_REPR_MAX);
    return false;
}

bool krt_str_to_float(const KrtStr *s, krt_float *out) {
    double v = 0;
    if (krt_parse_float(s->data, s->len, &v) == KRT_PARSE_OK) {
        *out = (krt_float)v;
        return true;
    }
    raise_with_repr("could not convert string to float: ", -1, s, UINT32_MAX);
    return false;
}
