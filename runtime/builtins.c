/* builtins.c — Python builtins as generated code calls them.
 *
 * Each function here is a builtin (or a piece of one) in the shape the code
 * generator wants: values in, one value out, an exception signalled by
 * krt_exc_pending (the returned value is then meaningless).  No out-pointer
 * parameters: the IR has no address-of.  The heavy lifting is elsewhere
 * (format.c, dtoa.c, str*.c); this file adapts and raises with CPython's
 * messages.
 */
#include <math.h>
#include <string.h>

#include "format.h"
#include "krait/arith.h"
#include "krt_internal.h"

/* ---- format(x, spec) and f-string fields ----------------------------------------- */

static bool parse_spec(const KrtStr *spec, KrtFormatKind kind, const char *type_name, KrtFormatSpec *out) {
    KrtFormatError err;
    KrtFormatErrorKind k = krt_format_spec_parse(spec->data, spec->len, kind, out, &err);
    if (k == KRT_FMT_OK) return true;
    char msg[160];
    size_t n = krt_format_error_text(msg, sizeof msg, &err, spec->data, spec->len, type_name);
    if (n >= sizeof msg) n = sizeof msg - 1;
    msg[n] = '\0';
    krt_raise_msg(krt_format_error_is_overflow(k) ? KRT_T_OVERFLOW_ERROR : KRT_T_VALUE_ERROR, msg);
    return false;
}

/* Runs a measure-then-write formatter into a fresh str. */
#define FORMAT_INTO_STR(call_with_buf_cap)                                  \
    do {                                                                    \
        char small[64];                                                     \
        char *buf = small;                                                  \
        size_t cap = sizeof small;                                          \
        size_t n = call_with_buf_cap;                                       \
        if (n == SIZE_MAX) {                                                \
            krt_raise_memory_error();                                       \
            return NULL;                                                    \
        }                                                                   \
        if (n <= cap) return krt_str_new(small, n);                         \
        buf = krt_alloc(n);                                                 \
        if (!buf) return NULL;                                              \
        cap = n;                                                            \
        n = call_with_buf_cap;                                              \
        KrtStr *s = krt_str_new(buf, n);                                    \
        krt_free(buf, cap);                                                 \
        return s;                                                           \
    } while (0)

KrtStr *krt_format_int_value(krt_int v, const KrtStr *spec) {
    if (spec->len == 0) return krt_str_from_int(v);
    KrtFormatSpec fs;
    if (!parse_spec(spec, KRT_FMT_INT, NULL, &fs)) return NULL;
    FORMAT_INTO_STR(krt_format_int(buf, cap, (int64_t)v, &fs, NULL));
}

KrtStr *krt_format_bool_value(bool v, const KrtStr *spec) {
    if (spec->len == 0) return krt_str_from_bool(v);
    KrtFormatSpec fs;
    if (!parse_spec(spec, KRT_FMT_INT, "bool", &fs)) return NULL;
    FORMAT_INTO_STR(krt_format_int(buf, cap, v ? 1 : 0, &fs, NULL));
}

KrtStr *krt_format_float_value(krt_float v, const KrtStr *spec) {
    if (spec->len == 0) return krt_str_from_float(v);
    KrtFormatSpec fs;
    if (!parse_spec(spec, KRT_FMT_FLOAT, NULL, &fs)) return NULL;
    FORMAT_INTO_STR(krt_format_float(buf, cap, (double)v, &fs));
}

KrtStr *krt_format_str_value(KrtStr *s, const KrtStr *spec) {
    if (spec->len == 0) {
        krt_incref(&s->h);
        return s;
    }
    KrtFormatSpec fs;
    if (!parse_spec(spec, KRT_FMT_STR, NULL, &fs)) return NULL;
    FORMAT_INTO_STR(krt_format_str(buf, cap, s->data, s->len, &fs));
}

KrtStr *krt_str_from_bool(bool v) {
    static const KrtStr s_true = KRT_STR_CONST("True", 4, 4);
    static const KrtStr s_false = KRT_STR_CONST("False", 5, 5);
    return (KrtStr *)(v ? &s_true : &s_false);
}

/* ---- numbers --------------------------------------------------------------------------- */

KrtStr *krt_int_to_base_str(krt_int v, krt_int base) {
    char buf[KRT_INT_BASE_REPR_MAX + 1];
    size_t n = krt_int_base_repr(buf, sizeof buf, (int64_t)v, (int)base);
    return krt_str_new(buf, n);
}

krt_float krt_round_float_n(krt_float x, krt_int ndigits) {
    int overflow = 0;
    double r = krt_float_round((double)x, (int64_t)ndigits, &overflow);
    if (overflow) {
        krt_raise_msg(KRT_T_OVERFLOW_ERROR, "rounded value too large to represent");
        return 0;
    }
    return (krt_float)r;
}

/* round(x): nearest int, halves to even. */
krt_int krt_round_float_int(krt_float x) {
    double r = rint((double)x); /* default rounding mode: to nearest, ties to even */
    if (fabs((double)x - trunc((double)x)) == 0.5) {
        double t = trunc((double)x);
        r = fmod(t, 2.0) == 0 ? t : t + (x > 0 ? 1 : -1);
    }
    krt_int out = 0;
    krt_float_to_int((krt_float)r, &out);
    return out;
}

/* round(v, ndigits) for an int: halves to even at 10**-ndigits. */
krt_int krt_round_int_n(krt_int v, krt_int ndigits) {
    if (ndigits >= 0) return v;
    if (ndigits < -19) return 0;
    krt_int pow10 = 1;
    for (krt_int i = 0; i < -ndigits; i++) {
        if (pow10 > KRT_INT_MAX / 10) return 0;
        pow10 *= 10;
    }
    krt_int q = 0, r = 0; /* v == q * pow10 + r, 0 <= r < pow10 */
    krt_int_floordiv(v, pow10, &q);
    krt_int_mod(v, pow10, &r);
    krt_int half = pow10 / 2; /* pow10 is even */
    if (r > half || (r == half && (q & 1))) q++;
    krt_int out = 0;
    krt_int_mul(q, pow10, &out);
    return out;
}

krt_int krt_float_to_int_value(krt_float x) {
    krt_int out = 0;
    krt_float_to_int(x, &out);
    return out;
}

krt_int krt_str_parse_int(KrtStr *s, krt_int base) {
    krt_int out = 0;
    krt_str_to_int(s, base, &out);
    return out;
}

krt_float krt_str_parse_float(KrtStr *s) {
    krt_float out = 0;
    krt_str_to_float(s, &out);
    return out;
}

krt_int krt_str_ord_value(KrtStr *s) {
    krt_int out = 0;
    krt_str_ord(s, &out);
    return out;
}

/* int OP float, exactly (CPython compares the mathematical values; converting
 * the int to double would round above 2**53).  op: 0 ==, 1 !=, 2 <, 3 <=,
 * 4 >, 5 >=. */
bool krt_compare_int_float(krt_int a, krt_float b, krt_int op) {
    double d = (double)b;
    int c; /* sign of a - b */
    if (isnan(d)) return op == 1;
    double limit = ldexp(1.0, KRT_INT_BITS - 1);
    if (d >= limit) {
        c = -1;
    } else if (d < -limit) {
        c = 1;
    } else {
        double f = floor(d);
        krt_int fi = (krt_int)f; /* exact: |f| < 2^(bits-1) */
        if (a != fi)
            c = a < fi ? -1 : 1;
        else
            c = d > f ? -1 : 0;
    }
    switch (op) {
    case 0: return c == 0;
    case 1: return c != 0;
    case 2: return c < 0;
    case 3: return c <= 0;
    case 4: return c > 0;
    default: return c >= 0;
    }
}

/* divmod(x, 0.0) says so in its own words. */
void krt_check_divmod_float(krt_float b) {
    if (b == 0) krt_raise_zero_division("float divmod()");
}

/* ---- iteration -------------------------------------------------------------------------- */

/* len(range(start, stop, step)); ValueError for a zero step. */
krt_int krt_range_len(krt_int start, krt_int stop, krt_int step) {
    if (step == 0) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "range() arg 3 must not be zero");
        return 0;
    }
    krt_uint span, ustep;
    if (step > 0) {
        if (start >= stop) return 0;
        span = (krt_uint)stop - (krt_uint)start;
        ustep = (krt_uint)step;
    } else {
        if (start <= stop) return 0;
        span = (krt_uint)start - (krt_uint)stop;
        ustep = (krt_uint)0 - (krt_uint)step;
    }
    return (krt_int)((span - 1) / ustep + 1);
}

/* The character at byte position pos of s (a new reference). */
KrtStr *krt_str_char_at_byte(KrtStr *s, krt_int pos) {
    uint32_t p = (uint32_t)pos;
    return krt_str_next_char(s, &p);
}

/* Length in bytes (iteration bound). */
krt_int krt_str_byte_len(const KrtStr *s) {
    return (krt_int)s->len;
}

/* The byte position after the character at pos. */
krt_int krt_str_next_byte(const KrtStr *s, krt_int pos) {
    unsigned char c = (unsigned char)s->data[pos];
    krt_int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return pos + n;
}

/* ---- exceptions --------------------------------------------------------------------------- */

/* raise T(msg) / raise T: creates and raises; msg may be NULL. */
void krt_raise_new(krt_int type, KrtStr *msg) {
    KrtExc *e = krt_exc_new((uint16_t)type, msg);
    if (e) krt_raise(e);
}

/* str(e) of an exception: its class's __str__, or its message ("" without
 * one); a new reference (exc_args.c). */
KrtStr *krt_exc_str(KrtExc *e) {
    const KrtType *t = krt_type(e->h.type);
    if (!(t->flags & KRT_TYPE_EXC_STR)) return krt_exc_text(e);
    bool scratch = krt_scratch_mode; /* program code runs: its objects are not temporaries */
    krt_scratch_mode = false;
    KrtStr *s = ((const KrtExcType *)t)->str(e);
    krt_scratch_mode = scratch;
    return s;
}

/* sys.exit(code) */
void krt_raise_system_exit(krt_int code) {
    KrtExc *e = krt_exc_new(KRT_T_SYSTEM_EXIT, NULL);
    if (!e) return;
    e->code = code;
    krt_raise(e);
}

void krt_check_unpack(krt_int got, krt_int expected) {
    if (got < expected)
        krt_raise_fmt(KRT_T_VALUE_ERROR, "not enough values to unpack (expected %d, got %d)", (int)expected, (int)got);
    else if (got > expected)
        krt_raise_fmt(KRT_T_VALUE_ERROR, "too many values to unpack (expected %d)", (int)expected);
}

KrtStr *krt_str_append(KrtStr *acc, const char *sep, KrtStr *part) {
    if (!part && krt_failed()) {
        krt_decref(&acc->h);
        return NULL;
    }
    size_t seplen = strlen(sep);
    KrtStr *s = acc;
    if (seplen) {
        KrtStr *sepstr = krt_str_new(sep, seplen);
        s = sepstr ? krt_str_concat(acc, sepstr) : NULL;
        if (sepstr) krt_decref(&sepstr->h);
        krt_decref(&acc->h);
    }
    if (s && part) {
        KrtStr *joined = krt_str_concat(s, part);
        krt_decref(&s->h);
        s = joined;
    }
    if (part) krt_decref(&part->h);
    return s;
}

KrtExc *krt_exc_new_v(krt_int type, KrtStr *msg) {
    return krt_exc_new((uint16_t)type, msg);
}

void krt_raise_attr_of_none(KrtStr *attr) {
    krt_raise_fmt(KRT_T_ATTRIBUTE_ERROR, "'NoneType' object has no attribute '%.*s'", (int)attr->len, attr->data);
}
