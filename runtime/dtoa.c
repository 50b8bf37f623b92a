/* dtoa.c — exact conversion between binary doubles and decimal digits.
 *
 * Owns the three conversions whose results CPython defines by David Gay's
 * dtoa.c, reimplemented small and allocation-free:
 *
 *   shortest digits   repr(x): the fewest digits that read back as x, the
 *                     closest such when several (Steele & White / Burger &
 *                     Dybvig "free-format" with exact bignum bounds);
 *   fixed digits      format(x, '.3e' / '.60f' / '.5g'): the exact binary
 *                     value rounded half-to-even at a digit position;
 *   decimal -> double float(text) and round(): correctly rounded.
 *
 * Key ideas.
 *  - One bignum, Big: little-endian 32-bit limbs in a fixed array on the
 *    stack.  Every quantity is a ratio r/s of two Bigs scaled so that
 *    0.1 <= r/s < 1; a digit is quorem(10r, s).  Common powers of two are
 *    cancelled before building r and s, which keeps every operand under
 *    ~870 bits (see BIG_LIMBS), so a Big is 116 bytes.
 *  - No digit buffer of 770 bytes: a fixed-precision result is generated
 *    once to learn its length and rounding, and its digits are generated a
 *    second time while being written (krt_digits_emit).  Results of up to
 *    17 digits, the common case, are kept from the first pass.
 *  - decimal -> double: the first 19 significant digits m give m*10**e
 *    exactly as a 64-bit leading part plus a sticky bit (m*5**e for e >= 0;
 *    a 65-bit binary long division of m*2**t by 5**-e otherwise), rounded
 *    once to 53 bits.  When more digits follow and the 19-digit value lies
 *    within 19 units of the 64th bit below a halfway point, the input's
 *    digits are compared one by one with the exact digits of that halfway
 *    point (CPython's "bigcomp" idea), so inputs of any length are exact in
 *    bounded memory.  Inputs whose digits fit 2**53 with |e| <= 22 take
 *    Clinger's fast path: one correctly rounded multiply or divide.
 *
 * Deliberately not here: text syntax (numparse.c), layout (format.c), float
 * formatting of 32-bit floats (krt_float is widened to double first, as
 * CPython's floats are doubles).  Doubles are assumed IEEE-754 binary64 with
 * the same byte order as uint64_t (true on every target krait supports).
 */
#include "format.h"

#include <float.h>
#include <string.h>

/* ---- bignums ----------------------------------------------------------------- */

/* 28 limbs = 896 bits.  The largest operand is in the decimal -> double
 * division: 5**343 << 64 and the remainder below twice it, 862 bits (343 =
 * 324 + 19: smaller inputs are 0 before any division).  Digit generation
 * peaks near 805 bits (a subnormal's r*10 after the normalising shift).
 * The tests run every extreme under UBSan's bounds check. */
#define BIG_LIMBS 28

typedef struct Big {
    uint32_t w[BIG_LIMBS];
    int n;  /* limbs in use; w[n-1] != 0, n == 0 for zero */
} Big;

static int bitlen32(uint32_t v)
{
#if defined(__GNUC__)
    return v ? 32 - __builtin_clz(v) : 0;
#else
    int n = 0;
    while (v) {
        v >>= 1;
        n++;
    }
    return n;
#endif
}

static int bitlen64(uint64_t v)
{
    return (v >> 32) ? 32 + bitlen32((uint32_t)(v >> 32)) : bitlen32((uint32_t)v);
}

static void big_set(Big *b, uint64_t v)
{
    b->w[0] = (uint32_t)v;
    b->w[1] = (uint32_t)(v >> 32);
    b->n = b->w[1] ? 2 : b->w[0] ? 1 : 0;
}

static int big_bitlen(const Big *b)
{
    return b->n ? 32 * (b->n - 1) + bitlen32(b->w[b->n - 1]) : 0;
}

static void big_trim(Big *b)
{
    while (b->n > 0 && b->w[b->n - 1] == 0) b->n--;
}

static void big_mul_small(Big *b, uint32_t m)
{
    uint64_t carry = 0;
    int i;
    for (i = 0; i < b->n; i++) {
        uint64_t p = (uint64_t)b->w[i] * m + carry;
        b->w[i] = (uint32_t)p;
        carry = p >> 32;
    }
    if (carry) b->w[b->n++] = (uint32_t)carry;
}

static void big_mul_pow5(Big *b, int e)
{
    uint32_t p = 1;
    for (; e >= 13; e -= 13) big_mul_small(b, 1220703125u); /* 5**13 */
    while (e-- > 0) p *= 5;
    if (p > 1) big_mul_small(b, p);
}

static void big_shl(Big *b, int bits)
{
    int limbs = bits / 32, sh = bits % 32, i;
    if (b->n == 0 || bits == 0) return;
    if (sh) {
        uint32_t top = b->w[b->n - 1] >> (32 - sh);
        for (i = b->n - 1; i > 0; i--) b->w[i] = (b->w[i] << sh) | (b->w[i - 1] >> (32 - sh));
        b->w[0] <<= sh;
        if (top) b->w[b->n++] = top;
    }
    if (limbs) {
        memmove(b->w + limbs, b->w, (size_t)b->n * sizeof b->w[0]);
        memset(b->w, 0, (size_t)limbs * sizeof b->w[0]);
        b->n += limbs;
    }
}

static int big_cmp(const Big *a, const Big *b)
{
    int i;
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (i = a->n - 1; i >= 0; i--)
        if (a->w[i] != b->w[i]) return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}

/* a -= b; requires a >= b. */
static void big_sub(Big *a, const Big *b)
{
    uint32_t borrow = 0;
    int i;
    for (i = 0; i < a->n; i++) {
        uint64_t d = (uint64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
        a->w[i] = (uint32_t)d;
        borrow = (uint32_t)(d >> 63);
        if (i >= b->n && !borrow) break;
    }
    big_trim(a);
}

/* Sign of a + (b << sh) - c, sh 0 or 1, without a temporary.  The top
 * limbs decide nearly always; the exact pass runs only when they are close. */
static int big_cmp_sum(const Big *a, const Big *b, int sh, const Big *c)
{
    int n = a->n > b->n + 1 ? a->n : b->n + 1, i;
    int64_t carry = 0;
    uint32_t nonzero = 0;
    uint64_t at, bt, ct;
    if (c->n > n) n = c->n;
    /* Below limb n-1 the three parts are each less than one unit of it. */
    at = n - 1 < a->n ? a->w[n - 1] : 0;
    bt = n - 1 < b->n ? (uint64_t)b->w[n - 1] << sh : 0;
    if (sh && n >= 2 && n - 2 < b->n) bt |= b->w[n - 2] >> 31;
    ct = n - 1 < c->n ? c->w[n - 1] : 0;
    if (at + bt + 2 <= ct) return -1;
    if (at + bt >= ct + 1) return 1;
    for (i = 0; i < n; i++) {
        uint32_t bw = i < b->n ? b->w[i] << sh : 0;
        int64_t t;
        uint32_t limb;
        if (sh && i > 0 && i - 1 < b->n) bw |= b->w[i - 1] >> 31;
        t = (int64_t)(i < a->n ? a->w[i] : 0) + bw - (i < c->n ? c->w[i] : 0) + carry;
        limb = (uint32_t)t;
        nonzero |= limb;
        carry = (t - (int64_t)limb) / 4294967296; /* exact: t - limb is a multiple */
    }
    return carry < 0 ? -1 : carry > 0 ? 1 : nonzero != 0;
}

/* q = floor(r / s) for a digit (q <= 9, r < 10 s), r -= q*s.  With s
 * normalised (top limb in [2**27, 2**28)), r has s's length and the
 * quotient of the top limbs is at most one short: a 32-bit division. */
static uint32_t big_quorem(Big *r, const Big *s)
{
    int n = s->n, i;
    uint32_t q, borrow = 0;
    uint64_t carry = 0;
    if (r->n < n) return 0;
    q = r->w[n - 1] / (s->w[n - 1] + 1);
    if (q) {
        for (i = 0; i < n; i++) {
            uint64_t p = (uint64_t)s->w[i] * q + carry;
            uint64_t d = (uint64_t)r->w[i] - (uint32_t)p - borrow;
            carry = p >> 32;
            r->w[i] = (uint32_t)d;
            borrow = (uint32_t)(d >> 63);
        }
        big_trim(r);
    }
    while (big_cmp(r, s) >= 0) {
        big_sub(r, s);
        q++;
    }
    return q;
}

/* ---- scaling ------------------------------------------------------------------- */

/* floor(x * log10(2)) or one less, for |x| < 2000. */
static int floor_log10_pow2(int x)
{
    int32_t v = x;
    return v >= 0 ? (int)((v * 78913) >> 18) : (int)-((-v * 78914 + 262143) >> 18);
}

/* r = f * 2**er, s = 2**es, m = 2**em (when m), all divided by 10**k, with
 * the common power of two cancelled. */
static void scale(Big *r, Big *s, Big *m, uint64_t f, int er, int es, int em, int k)
{
    int r5 = 0, s5 = 0, low;
    if (k >= 0) {
        s5 = k;
        es += k;
    } else {
        r5 = -k;
        er -= k;
        em -= k;
    }
    low = er < es ? er : es;
    if (m && em < low) low = em;
    big_set(r, f);
    big_mul_pow5(r, r5);
    big_shl(r, er - low);
    big_set(s, 1);
    big_mul_pow5(s, s5);
    big_shl(s, es - low);
    if (m) {
        big_set(m, 1);
        big_mul_pow5(m, r5);
        big_shl(m, em - low);
    }
}

/* Shifts all so that s's top limb is in [2**27, 2**28), for big_quorem. */
static void normalise(Big *r, Big *s, Big *m)
{
    int sh = (28 - bitlen32(s->w[s->n - 1]) + 32) % 32;
    big_shl(r, sh);
    big_shl(s, sh);
    if (m) big_shl(m, sh);
}

/* Exact digits of f * 2**e (f > 0): 0.d1 d2 ... * 10**k. */
typedef struct Gen {
    Big r, s;
    int k;
} Gen;

static void gen_init(Gen *g, uint64_t f, int e)
{
    int k = floor_log10_pow2(e + bitlen64(f) - 1) + 1;
    scale(&g->r, &g->s, NULL, f, e, 0, 0, k);
    while (big_cmp(&g->r, &g->s) >= 0) {
        big_mul_small(&g->s, 10);
        k++;
    }
    normalise(&g->r, &g->s, NULL);
    g->k = k;
}

static int gen_next(Gen *g)
{
    big_mul_small(&g->r, 10);
    return (int)big_quorem(&g->r, &g->s);
}

/* ---- doubles as bits --------------------------------------------------------- */

#define EXP_SHIFT 52
#define FRAC_MASK ((UINT64_C(1) << 52) - 1)
#define HIDDEN (UINT64_C(1) << 52)
#define INF_BITS (UINT64_C(0x7FF) << 52)

static uint64_t bits_of(double x)
{
    uint64_t b;
    memcpy(&b, &x, sizeof b);
    return b;
}

static double double_of(uint64_t b)
{
    double x;
    memcpy(&x, &b, sizeof x);
    return x;
}

/* x = f * 2**e with f the integer significand (|x| finite, nonzero). */
static void split(double x, uint64_t *f, int *e)
{
    uint64_t b = bits_of(x) & ~(UINT64_C(1) << 63);
    int be = (int)(b >> EXP_SHIFT);
    if (be) {
        *f = (b & FRAC_MASK) | HIDDEN;
        *e = be - 1075;
    } else {
        *f = b;
        *e = -1074;
    }
}

/* ---- shortest digits ------------------------------------------------------------ */

void krt_digits_shortest(KrtDigits *d, double x)
{
    Big r, s, m;
    uint64_t f;
    int e, k, n = 0, even, asym, tc1, tc2, c;
    uint32_t dig;

    d->mode = 0;
    if ((bits_of(x) << 1) == 0) { /* +-0 */
        d->small[0] = 0;
        d->ndigits = 1;
        d->decpt = 1;
        return;
    }
    split(x, &f, &e);
    even = !(f & 1);
    /* The gap below a power of two is half the gap above (except at the
     * smallest normal exponent): then m+ = 2 m-. */
    asym = f == HIDDEN && e > -1074;
    k = floor_log10_pow2(e + bitlen64(f) - 1) + 1;
    if (asym)
        scale(&r, &s, &m, f, e + 2, 2, e, k);
    else
        scale(&r, &s, &m, f, e + 1, 1, e, k);
    /* k: the upper end of the rounding interval is below 10**k. */
    while (big_cmp_sum(&r, &m, asym, &s) >= (even ? 0 : 1)) {
        big_mul_small(&s, 10);
        k++;
    }
    normalise(&r, &s, &m);
    for (;;) {
        big_mul_small(&r, 10);
        big_mul_small(&m, 10);
        dig = big_quorem(&r, &s);
        c = big_cmp(&r, &m);
        tc1 = even ? c <= 0 : c < 0;                /* may stop here, low */
        c = big_cmp_sum(&r, &m, asym, &s);
        tc2 = even ? c >= 0 : c > 0;                /* may round up, high */
        if ((!tc1 && !tc2) && n < KRT_DTOA_SHORT - 1) {
            d->small[n++] = (unsigned char)dig;
            continue;
        }
        if (tc1 && tc2) {
            c = big_cmp_sum(&r, &r, 0, &s); /* 2r vs s: nearer end, ties even */
            if (c > 0 || (c == 0 && (dig & 1))) dig++;
        } else if (tc2) {
            dig++;
        }
        d->small[n++] = (unsigned char)dig;
        break;
    }
    /* A 10 cannot arise with the fix-up of k above; kept as a guard. */
    while (n > 1 && d->small[n - 1] >= 10) {
        n--;
        d->small[n - 1]++;
    }
    if (d->small[0] >= 10) {
        d->small[0] = 1;
        k++;
    }
    while (n > 1 && d->small[n - 1] == 0) n--;
    d->ndigits = n;
    d->decpt = k;
}

/* ---- fixed digits ---------------------------------------------------------------- */

/* Digits past the exact expansion of any double are zeros: a double has at
 * most 767 significant digits and its lowest is at 10**-1074.  Requests
 * beyond that produce the same digits, so counts are clamped to this. */
#define FIXED_MAX 1100

void krt_digits_fixed(KrtDigits *d, double x, int mode, int64_t ndigits)
{
    Gen g;
    uint64_t f;
    int e, count, i, last_nonzero = 0, last_non9 = -1, dig = 0, c;

    d->mode = 0;
    d->round_up = 0;
    d->x = double_of(bits_of(x) & ~(UINT64_C(1) << 63));
    if ((bits_of(x) << 1) == 0) { /* +-0 */
        d->small[0] = 0;
        d->ndigits = 1;
        d->decpt = 1;
        return;
    }
    if (ndigits > FIXED_MAX) ndigits = FIXED_MAX;
    if (ndigits < -FIXED_MAX) ndigits = -FIXED_MAX;
    split(x, &f, &e);
    gen_init(&g, f, e);
    count = mode == 2 ? (int)ndigits : g.k + (int)ndigits;
    d->count = (int)ndigits;
    if (count <= 0) {
        /* Nothing left of the digits: 0, or one unit of the last place when
         * x is above half of it (exactly half rounds to the even 0). */
        if (count == 0 && big_cmp_sum(&g.r, &g.r, 0, &g.s) > 0) {
            d->small[0] = 1;
            d->ndigits = 1;
            d->decpt = g.k + 1;
        } else {
            d->ndigits = 0;
            d->decpt = -(int)ndigits;
        }
        return;
    }
    for (i = 0; i < count && g.r.n; i++) {
        dig = gen_next(&g);
        if (i < KRT_DTOA_SHORT) d->small[i] = (unsigned char)dig;
        if (dig) last_nonzero = i;
        if (dig != 9) last_non9 = i;
    }
    c = g.r.n ? big_cmp_sum(&g.r, &g.r, 0, &g.s) : -1;
    d->decpt = g.k;
    if (c > 0 || (c == 0 && (dig & 1))) {
        if (last_non9 < 0) { /* 999.. rounds to 1000.. */
            d->small[0] = 1;
            d->ndigits = 1;
            d->decpt = g.k + 1;
            return;
        }
        d->ndigits = last_non9 + 1;
        d->round_up = 1;
        if (last_non9 < KRT_DTOA_SHORT) d->small[last_non9]++;
    } else {
        d->ndigits = last_nonzero + 1;
    }
    if (d->ndigits > KRT_DTOA_SHORT) d->mode = mode;
}

/* Pulls the digits of a KrtDigits one by one. */
typedef struct DigitReader {
    const KrtDigits *d;
    int i;
    Gen g;
} DigitReader;

static void reader_init(DigitReader *rd, const KrtDigits *d)
{
    uint64_t f;
    int e;
    rd->d = d;
    rd->i = 0;
    if (d->mode) {
        split(d->x, &f, &e);
        gen_init(&rd->g, f, e);
    }
}

static int reader_next(void *ctx)
{
    DigitReader *rd = ctx;
    const KrtDigits *d = rd->d;
    int dig;
    if (rd->i >= d->ndigits) return -1;
    if (!d->mode) return d->small[rd->i++];
    dig = gen_next(&rd->g);
    if (++rd->i == d->ndigits && d->round_up) dig++;
    return dig;
}

void krt_digits_emit(const KrtDigits *d, void (*put)(void *ctx, int digit), void *ctx)
{
    DigitReader rd;
    int dig;
    reader_init(&rd, d);
    while ((dig = reader_next(&rd)) >= 0) put(ctx, dig);
}

/* ---- decimal -> double ------------------------------------------------------------- */

/* Rounds q * 2**e2 (q >= 2**63; sticky: more nonzero bits below q) to the
 * nearest double, ties to even, returning its bits.  *near is set when the
 * result was rounded down from within 19 units of q's last bit below the
 * halfway point, where the digits q was made from may not decide. */
static uint64_t round_bits(uint64_t q, int e2, int sticky, int *near)
{
    int E = e2 + 63, shift = 11;
    uint64_t kept, rem, half;
    *near = 0;
    if (E > 1023) return INF_BITS;
    if (E < -1022) {
        shift = -1011 - E;
        E = -1022;
    }
    if (shift > 65) return 0;
    if (shift == 65) { /* in [2**-1076, 2**-1075) */
        *near = 1;
        return 0;
    }
    if (shift == 64) {
        kept = 0;
        rem = q;
    } else {
        kept = q >> shift;
        rem = q & ((UINT64_C(1) << shift) - 1);
    }
    half = UINT64_C(1) << (shift - 1);
    if (rem > half || (rem == half && (sticky || (kept & 1))))
        kept++;
    else
        *near = rem >= half - 19;
    /* A carry into bit 53 moves to the next binade, and past the largest
     * finite double gives exactly the bits of inf. */
    return ((uint64_t)(E + 1022) << EXP_SHIFT) + kept;
}

/* Sign of (the input) - (the halfway point above the double with bits b). */
static int compare_halfway(const KrtDecimal *dec, uint64_t b)
{
    Gen g;
    uint64_t f;
    int e, id;
    int64_t E = dec->e10 + dec->nd;
    if (b >> EXP_SHIFT) {
        f = (b & FRAC_MASK) | HIDDEN;
        e = (int)(b >> EXP_SHIFT) - 1075;
    } else {
        f = b;
        e = -1074;
    }
    gen_init(&g, 2 * f + 1, e - 1);
    if (E != g.k) return E > g.k ? 1 : -1;
    for (;;) {
        id = dec->next_digit(dec->ctx);
        if (!g.r.n) return id >= 0; /* halfway point exhausted */
        if (id < 0) return -1;
        e = gen_next(&g);
        if (id != e) return id > e ? 1 : -1;
    }
}

/* floor(m * 2**t / 5**j) as a 64-bit q (top bit set) with exponent and
 * sticky: m / 10**j = q * 2**e2 (+ sticky). */
static uint64_t divide_pow5(uint64_t m, int j, int *e2, int *sticky)
{
    Big n, dsh;
    uint64_t q = 0;
    int t, i, top = 0;
    big_set(&dsh, 1);
    big_mul_pow5(&dsh, j);
    t = big_bitlen(&dsh) - bitlen64(m) + 64; /* 2**63 <= n/5**j < 2**65 */
    big_set(&n, m);
    big_shl(&n, t);
    big_shl(&dsh, 64);
    for (i = 64; i >= 0; i--) {
        int bit = big_cmp(&n, &dsh) >= 0;
        if (bit) big_sub(&n, &dsh);
        if (i == 64)
            top = bit;
        else
            q |= (uint64_t)bit << i;
        if (i) big_shl(&n, 1);
    }
    *sticky = n.n != 0;
    *e2 = -t - j;
    if (top) {
        *sticky |= (int)(q & 1);
        q = (q >> 1) | (UINT64_C(1) << 63);
        ++*e2;
    }
    return q;
}

/* The leading 64 bits of b (normalised) and what was dropped. */
static uint64_t big_top64(const Big *b, int *dropped, int *sticky)
{
    int L = big_bitlen(b), drop = L - 64, wi, off, i;
    uint64_t v;
    *dropped = drop;
    *sticky = 0;
    if (drop <= 0) {
        v = b->w[0] | (b->n > 1 ? (uint64_t)b->w[1] << 32 : 0);
        return v << -drop;
    }
    wi = drop / 32;
    off = drop % 32;
    v = (b->w[wi] | (uint64_t)b->w[wi + 1] << 32) >> off;
    if (off) v |= (uint64_t)b->w[wi + 2] << (64 - off);
    for (i = 0; i < wi; i++) *sticky |= b->w[i] != 0;
    if (off && (b->w[wi] & ((UINT32_C(1) << off) - 1))) *sticky = 1;
    return v;
}

/* 10**n for 0 <= n <= 22, exactly (each product is exact). */
static double pow10_exact(int n)
{
    double p = 1.0;
    while (n-- > 0) p *= 10.0;
    return p;
}

double krt_decimal_to_double(const KrtDecimal *dec)
{
    int64_t E = dec->e10 + dec->nd; /* value = 0.ddd * 10**E */
    uint64_t q, b;
    int e2, sticky, near, c;

    if (dec->m == 0 || E < -324) return 0.0;
    if (E > 310) return double_of(INF_BITS);
#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD == 0
    /* Clinger: m and 10**|e| exact, one correctly rounded operation. */
    if (!dec->truncated && dec->m <= (UINT64_C(1) << 53) && dec->e10 >= -22 && dec->e10 <= 22) {
        double v = (double)dec->m;
        return dec->e10 >= 0 ? v * pow10_exact((int)dec->e10) : v / pow10_exact((int)-dec->e10);
    }
#endif
    if (dec->e10 >= 0) {
        Big big;
        int drop;
        big_set(&big, dec->m);
        big_mul_pow5(&big, (int)dec->e10);
        q = big_top64(&big, &drop, &sticky);
        e2 = (int)dec->e10 + drop;
    } else {
        q = divide_pow5(dec->m, (int)-dec->e10, &e2, &sticky);
    }
    b = round_bits(q, e2, sticky, &near);
    if (dec->truncated && near) {
        c = compare_halfway(dec, b);
        if (c > 0 || (c == 0 && (b & 1))) b++;
    }
    return double_of(b);
}

/* ---- round(x, n) -------------------------------------------------------------------- */

double krt_float_round(double x, int64_t ndigits, int *overflow)
{
    KrtDigits d;
    KrtDecimal dec;
    DigitReader rd;
    double r;
    uint64_t sign = bits_of(x) & (UINT64_C(1) << 63);
    int i;

    *overflow = 0;
    /* 323 and -308: CPython's NDIGITS_MAX and NDIGITS_MIN. */
    if ((bits_of(x) & INF_BITS) == INF_BITS || ndigits > 323) return x; /* nan, inf, or nothing to do */
    if (ndigits < -308) return double_of(sign);
    krt_digits_fixed(&d, double_of(bits_of(x) ^ sign), 3, ndigits);
    if (d.ndigits == 0 || (d.ndigits == 1 && d.small[0] == 0 && !d.mode))
        return double_of(sign);
    reader_init(&rd, &d);
    dec.m = 0;
    dec.nd = d.ndigits < 19 ? d.ndigits : 19;
    for (i = 0; i < dec.nd; i++) dec.m = dec.m * 10 + (uint64_t)reader_next(&rd);
    dec.e10 = (int64_t)d.decpt - dec.nd;
    dec.truncated = d.ndigits > 19;
    reader_init(&rd, &d);
    dec.next_digit = reader_next;
    dec.ctx = &rd;
    r = krt_decimal_to_double(&dec);
    if ((bits_of(r) & INF_BITS) == INF_BITS) *overflow = 1;
    return double_of(bits_of(r) | sign);
}
