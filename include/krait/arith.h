/* krait/arith.h — Python's arithmetic on machine values, checked.
 *
 * Generated code calls these for every int and float operation whose result
 * the compiler cannot prove safe.  Each returns true with the result in *r,
 * or false with an exception pending (OverflowError when an int result does
 * not fit krt_int — krait never wraps —, ZeroDivisionError with CPython's
 * message).  They are static inline so the C compiler folds them into the
 * caller: the fast path is one add and one branch on the overflow flag
 * (__builtin_*_overflow, in gcc, clang and arm-none-eabi-gcc).
 *
 * Semantics follow CPython 3.11: `//` and `%` floor toward negative infinity
 * and the remainder takes the divisor's sign; float `%` and `//` are
 * CPython's float_rem/float_divmod step for step, so results (including the
 * sign of zero) are bit-identical.
 */
#ifndef KRAIT_ARITH_H
#define KRAIT_ARITH_H

#include <math.h>

#include "krt.h"

static inline bool krt_int_add(krt_int a, krt_int b, krt_int *r) {
    if (KRT_UNLIKELY(__builtin_add_overflow(a, b, r))) {
        krt_raise_overflow();
        return false;
    }
    return true;
}

static inline bool krt_int_sub(krt_int a, krt_int b, krt_int *r) {
    if (KRT_UNLIKELY(__builtin_sub_overflow(a, b, r))) {
        krt_raise_overflow();
        return false;
    }
    return true;
}

static inline bool krt_int_mul(krt_int a, krt_int b, krt_int *r) {
    if (KRT_UNLIKELY(__builtin_mul_overflow(a, b, r))) {
        krt_raise_overflow();
        return false;
    }
    return true;
}

static inline bool krt_int_neg(krt_int a, krt_int *r) {
    if (KRT_UNLIKELY(a == KRT_INT_MIN)) {
        krt_raise_overflow();
        return false;
    }
    *r = -a;
    return true;
}

static inline bool krt_int_abs(krt_int a, krt_int *r) {
    return a < 0 ? krt_int_neg(a, r) : (*r = a, true);
}

static inline bool krt_int_floordiv(krt_int a, krt_int b, krt_int *r) {
    if (KRT_UNLIKELY(b == 0)) {
        krt_raise_zero_division("integer division or modulo by zero");
        return false;
    }
    if (KRT_UNLIKELY(b == -1)) return krt_int_neg(a, r);
    krt_int q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    *r = q;
    return true;
}

static inline bool krt_int_mod(krt_int a, krt_int b, krt_int *r) {
    if (KRT_UNLIKELY(b == 0)) {
        krt_raise_zero_division("integer modulo by zero");
        return false;
    }
    if (KRT_UNLIKELY(b == -1)) {
        *r = 0;
        return true;
    }
    krt_int m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) m += b;
    *r = m;
    return true;
}

/* a ** b for b >= 0 (the compiler types int ** negative-literal as float). */
bool krt_int_pow(krt_int a, krt_int b, krt_int *r);
bool krt_int_lshift(krt_int a, krt_int b, krt_int *r);

static inline bool krt_int_rshift(krt_int a, krt_int b, krt_int *r) {
    if (KRT_UNLIKELY(b < 0)) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "negative shift count");
        return false;
    }
    if (b >= KRT_INT_BITS) {
        *r = a < 0 ? -1 : 0;
        return true;
    }
    /* arithmetic shift without relying on implementation-defined >> of negatives */
    *r = a >= 0 ? (krt_int)(a >> b) : (krt_int)~(~a >> b);
    return true;
}

/* int / int: true division to float. */
bool krt_int_truediv(krt_int a, krt_int b, krt_float *r);

static inline bool krt_float_div(krt_float a, krt_float b, krt_float *r) {
    if (KRT_UNLIKELY(b == 0)) {
        krt_raise_zero_division("float division by zero");
        return false;
    }
    *r = a / b;
    return true;
}

/* CPython's float_rem. */
static inline bool krt_float_mod(krt_float a, krt_float b, krt_float *r) {
    if (KRT_UNLIKELY(b == 0)) {
        krt_raise_zero_division("float modulo");
        return false;
    }
    krt_float mod = (krt_float)fmod(a, b);
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = (krt_float)copysign(0.0, b);
    }
    *r = mod;
    return true;
}

/* CPython's float_divmod, floor part. */
static inline bool krt_float_floordiv(krt_float a, krt_float b, krt_float *r) {
    if (KRT_UNLIKELY(b == 0)) {
        krt_raise_zero_division("float floor division by zero");
        return false;
    }
    krt_float mod = (krt_float)fmod(a, b);
    krt_float div = (a - mod) / b;
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) div -= 1;
    }
    krt_float floordiv;
    if (div != 0) {
        floordiv = (krt_float)floor(div);
        if (div - floordiv > 0.5) floordiv += 1;
    } else {
        floordiv = (krt_float)copysign(0.0, a / b);
    }
    *r = floordiv;
    return true;
}

/* CPython's float_pow: ZeroDivisionError for 0.0 ** negative, ValueError
 * where CPython would return a complex number, OverflowError on overflow. */
bool krt_float_pow(krt_float a, krt_float b, krt_float *r);

/* float -> int as int() does: truncation; OverflowError / ValueError for
 * infinities, NaN and values outside krt_int. */
bool krt_float_to_int(krt_float a, krt_int *r);

#endif
