/* arith.c — the out-of-line part of krait/arith.h.
 *
 * Power, left shift, int true division and float power: operations too long
 * to inline everywhere, or whose special cases follow CPython's code paths
 * (float_pow in Objects/floatobject.c, long_true_divide in
 * Objects/longobject.c) so results match bit for bit.
 */
#include "krait/arith.h"

bool krt_int_pow(krt_int a, krt_int b, krt_int *r) {
    if (b < 0) {
        krt_raise_msg(KRT_T_VALUE_ERROR,
                      "negative exponent in int ** int (krait's int ** int is an int; use float(a) ** b)");
        return false;
    }
    krt_int result = 1;
    krt_int base = a;
    while (b > 0) {
        if (b & 1) {
            if (KRT_UNLIKELY(__builtin_mul_overflow(result, base, &result))) goto overflow;
        }
        b >>= 1;
        if (b > 0 && KRT_UNLIKELY(__builtin_mul_overflow(base, base, &base))) goto overflow;
    }
    *r = result;
    return true;
overflow:
    krt_raise_overflow();
    return false;
}

bool krt_int_lshift(krt_int a, krt_int b, krt_int *r) {
    if (b < 0) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "negative shift count");
        return false;
    }
    if (a == 0) {
        *r = 0;
        return true;
    }
    if (b >= KRT_INT_BITS) goto overflow;
    {
        /* a << b fits iff a lies within [MIN >> b, MAX >> b] */
        krt_int hi = KRT_INT_MAX >> b;
        krt_int lo = (krt_int)~(~KRT_INT_MIN >> b);
        if (a > hi || a < lo) goto overflow;
        *r = (krt_int)((krt_uint)a << b);
        return true;
    }
overflow:
    krt_raise_overflow();
    return false;
}

#if KRT_INT_BITS == 64
static int bit_length(uint64_t v) {
    int n = 0;
    while (v) {
        n++;
        v >>= 1;
    }
    return n;
}
#endif

/* a / b correctly rounded to double (CPython's int / int), for any int64. */
bool krt_int_truediv(krt_int a, krt_int b, krt_float *r) {
    if (KRT_UNLIKELY(b == 0)) {
        krt_raise_zero_division("division by zero");
        return false;
    }
#if KRT_INT_BITS == 32
    /* every int32 is exact in a double: one rounding, as CPython */
    *r = (krt_float)((double)a / (double)b);
    return true;
#else
    const krt_int exact = (krt_int)1 << 53;
    if (a <= exact && a >= -exact && b <= exact && b >= -exact) {
        *r = (krt_float)((double)a / (double)b);
        return true;
    }
    bool negative = (a < 0) != (b < 0);
    uint64_t ua = a < 0 ? (uint64_t)0 - (uint64_t)a : (uint64_t)a;
    uint64_t ub = b < 0 ? (uint64_t)0 - (uint64_t)b : (uint64_t)b;
    uint64_t q = ua / ub, rem = ua % ub;
    uint64_t mant; /* 54 significant bits: 53 + a guard bit */
    int exp = 0;
    bool sticky;
    int k = bit_length(q);
    if (k > 54) {
        int shift = k - 54;
        mant = q >> shift;
        sticky = (q & (((uint64_t)1 << shift) - 1)) != 0 || rem != 0;
        exp = shift;
    } else {
        mant = q;
        while (bit_length(mant) < 54) {
            /* rem < ub <= 2^63, so rem << 1 fits in 64 bits */
            rem <<= 1;
            mant <<= 1;
            if (rem >= ub) {
                rem -= ub;
                mant |= 1;
            }
            exp--;
        }
        sticky = rem != 0;
    }
    uint64_t guard = mant & 1;
    mant >>= 1;
    exp++;
    if (guard && (sticky || (mant & 1))) mant++;
    double d = ldexp((double)mant, exp);
    *r = (krt_float)(negative ? -d : d);
    return true;
#endif
}

bool krt_float_pow(krt_float a, krt_float b, krt_float *r) {
    double iv = a, iw = b;
    if (iw == 0) {
        *r = 1;
        return true;
    }
    if (isnan(iv)) {
        *r = (krt_float)iv;
        return true;
    }
    if (isnan(iw)) {
        *r = (krt_float)(iv == 1.0 ? 1.0 : iw);
        return true;
    }
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            *r = 1;
        else if ((iw > 0.0) == (iv > 1.0))
            *r = (krt_float)fabs(iw);
        else
            *r = 0;
        return true;
    }
    bool iw_is_odd = fmod(fabs(iw), 2.0) == 1.0;
    if (isinf(iv)) {
        if (iw > 0.0)
            *r = (krt_float)(iw_is_odd ? iv : fabs(iv));
        else
            *r = (krt_float)(iw_is_odd ? copysign(0.0, iv) : 0.0);
        return true;
    }
    if (iv == 0.0) {
        if (iw < 0.0) {
            krt_raise_zero_division("0.0 cannot be raised to a negative power");
            return false;
        }
        *r = (krt_float)(iw_is_odd ? iv : 0.0);
        return true;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            krt_raise_msg(KRT_T_VALUE_ERROR,
                          "negative number cannot be raised to a fractional power (the result would be complex)");
            return false;
        }
        iv = -iv;
        negate = iw_is_odd;
    }
    if (iv == 1.0) {
        *r = negate ? -1 : 1;
        return true;
    }
    double ix = pow(iv, iw);
    if (isinf(ix)) {
        krt_raise_msg(KRT_T_OVERFLOW_ERROR, "(34, 'Numerical result out of range')");
        return false;
    }
    *r = (krt_float)(negate ? -ix : ix);
    return true;
}

bool krt_float_to_int(krt_float a, krt_int *r) {
    if (isnan(a)) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "cannot convert float NaN to integer");
        return false;
    }
    if (isinf(a)) {
        krt_raise_msg(KRT_T_OVERFLOW_ERROR, "cannot convert float infinity to integer");
        return false;
    }
    double t = trunc((double)a);
    /* -2^(n-1) is exact in double; 2^(n-1) is the first value too large */
    double limit = ldexp(1.0, KRT_INT_BITS - 1);
    if (t >= limit || t < -limit) {
        krt_raise_overflow();
        return false;
    }
    *r = (krt_int)t;
    return true;
}
