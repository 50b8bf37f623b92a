/* struct.c — the `struct` module's packing and unpacking, one item at a time.
 *
 * The format of struct.pack / unpack / calcsize is a constant, so the
 * compiler knows the layout (compiler/infer_struct.c): it allocates the
 * result once (krt_struct_new), checks the buffer once (krt_struct_check_*)
 * and then calls one put or get per item with the item's offset, size and
 * byte order.  Buffers are bytes or bytearray objects.
 *
 * Values are krt_int (64 or 32 bits): an unsigned 8-byte item (or a 4-byte
 * one with 32-bit ints) whose value does not fit raises OverflowError "int
 * too big to convert" where CPython would give a wider int.  The messages of
 * struct.error are CPython's.
 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "krt_internal.h"

/* The bytes of a bytes or bytearray object. */
static unsigned char *buffer_of(const void *obj, krt_int *len) {
    const KrtObject *o = obj;
    if (o->type == KRT_T_BYTEARRAY) {
        *len = ((const KrtByteArray *)o)->len;
        return ((const KrtByteArray *)o)->data;
    }
    *len = ((const KrtBytes *)o)->len;
    return (unsigned char *)((const KrtBytes *)o)->data; /* only ever written while new (krt_struct_new) */
}

KrtBytes *krt_struct_new(krt_int size) {
    unsigned char small[64] = {0};
    unsigned char *buf = size <= (krt_int)sizeof small ? small : krt_alloc((size_t)size);
    if (!buf) return NULL;
    if (buf != small) memset(buf, 0, (size_t)size);
    KrtBytes *b = krt_bytes_new(buf, (size_t)size);
    if (buf != small) krt_free(buf, (size_t)size);
    return b;
}

void krt_struct_check_unpack(const void *obj, krt_int size) {
    krt_int len;
    (void)buffer_of(obj, &len);
    if (len != size) krt_raise_fmt(KRT_T_STRUCT_ERROR, "unpack requires a buffer of %lld bytes", (long long)size);
}

/* unpack_from / pack_into: the offset, a negative one counted from the
 * end; -1 after raising struct.error. */
krt_int krt_struct_offset(const void *obj, krt_int offset, krt_int size, bool packing) {
    krt_int len;
    (void)buffer_of(obj, &len);
    if (offset < 0) {
        if (offset + len < 0) {
            krt_raise_fmt(KRT_T_STRUCT_ERROR, "offset %lld out of range for %lld-byte buffer", (long long)offset,
                          (long long)len);
            return -1;
        }
        if (offset + size > 0) {
            if (packing)
                krt_raise_fmt(KRT_T_STRUCT_ERROR, "no space to pack %lld bytes at offset %lld", (long long)size,
                              (long long)offset);
            else
                krt_raise_fmt(KRT_T_STRUCT_ERROR, "not enough data to unpack %lld bytes at offset %lld",
                              (long long)size, (long long)offset);
            return -1;
        }
        offset += len;
    }
    if (len - offset < size) {
        krt_raise_fmt(KRT_T_STRUCT_ERROR,
                      "%s requires a buffer of at least %lld bytes for %s %lld bytes at offset %lld (actual buffer size is %lld)",
                      packing ? "pack_into" : "unpack_from", (long long)(size + offset), packing ? "packing" : "unpacking",
                      (long long)size, (long long)offset, (long long)len);
        return -1;
    }
    return offset;
}

static void put_bits(unsigned char *at, uint64_t bits, krt_int size, bool little) {
    for (krt_int i = 0; i < size; i++) at[little ? i : size - 1 - i] = (unsigned char)(bits >> (8 * i));
}

static uint64_t get_bits(const unsigned char *at, krt_int size, bool little) {
    uint64_t bits = 0;
    for (krt_int i = 0; i < size; i++) bits |= (uint64_t)at[little ? i : size - 1 - i] << (8 * i);
    return bits;
}

void krt_struct_put_int(void *obj, krt_int offset, krt_int value, krt_int letter, krt_int size, bool little) {
    krt_int len;
    unsigned char *at = buffer_of(obj, &len) + offset;
    bool is_signed = letter >= 'a' && letter <= 'z';
    int64_t v = value;
    int64_t lo = is_signed ? -(int64_t)((uint64_t)1 << (8 * size - 1)) : 0;
    uint64_t hi = is_signed ? ((uint64_t)1 << (8 * size - 1)) - 1 : size == 8 ? UINT64_MAX : ((uint64_t)1 << (8 * size)) - 1;
    if (size < 8 && (v < lo || (v > 0 && (uint64_t)v > hi))) {
        if (size == 1)
            krt_raise_fmt(KRT_T_STRUCT_ERROR, "%s format requires %lld <= number <= %llu", is_signed ? "byte" : "ubyte",
                          (long long)lo, (unsigned long long)hi);
        else if (size == 2 && little) /* CPython's little-endian table is its native one */
            krt_raise_fmt(KRT_T_STRUCT_ERROR, "%s format requires %lld <= number <= %llu", is_signed ? "short" : "ushort",
                          (long long)lo, (unsigned long long)hi);
        else if (v < 0 && !is_signed)
            krt_raise_msg(KRT_T_STRUCT_ERROR, "argument out of range");
        else
            krt_raise_fmt(KRT_T_STRUCT_ERROR, "'%c' format requires %lld <= number <= %llu", (char)letter,
                          (long long)lo, (unsigned long long)hi);
        return;
    }
    if (size == 8 && v < 0 && !is_signed) {
        krt_raise_msg(KRT_T_STRUCT_ERROR, "argument out of range");
        return;
    }
    put_bits(at, (uint64_t)v, size, little);
}

krt_int krt_struct_get_int(const void *obj, krt_int offset, krt_int letter, krt_int size, bool little) {
    krt_int len;
    const unsigned char *at = buffer_of(obj, &len) + offset;
    bool is_signed = letter >= 'a' && letter <= 'z';
    uint64_t bits = get_bits(at, size, little);
    int64_t v;
    if (is_signed) {
        if (size < 8 && (bits >> (8 * size - 1)) & 1u) bits |= ~(uint64_t)0 << (8 * size); /* sign-extend */
        v = (int64_t)bits;
    } else {
        if (bits > (uint64_t)INT64_MAX) goto overflow;
        v = (int64_t)bits;
    }
#if KRT_INT_MAX < INT64_MAX
    if (v < KRT_INT_MIN || v > KRT_INT_MAX) goto overflow;
#endif
    return (krt_int)v;
overflow:
    krt_raise_msg(KRT_T_OVERFLOW_ERROR, "int too big to convert");
    return 0;
}

bool krt_struct_get_bool(const void *obj, krt_int offset) {
    krt_int len;
    return buffer_of(obj, &len)[offset] != 0;
}

/* IEEE half precision (the 'e' format), rounding half to even. */
static bool half_bits(double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000u : 0u;
    if (isnan(x)) {
        *out = (uint16_t)(sign | 0x7e00u);
        return true;
    }
    x = fabs(x);
    if (isinf(x)) {
        *out = (uint16_t)(sign | 0x7c00u);
        return true;
    }
    if (x == 0.0) {
        *out = sign;
        return true;
    }
    int e;
    double f = frexp(x, &e); /* x = f * 2^e, 0.5 <= f < 1 */
    double scaled;
    int exp_field;
    if (e < -13) { /* subnormal: units of 2^-24 */
        scaled = ldexp(x, 24);
        exp_field = 0;
    } else {
        scaled = ldexp(f, 11) - 1024.0; /* mantissa bits below the leading one */
        exp_field = e + 14;
    }
    double whole = floor(scaled), rest = scaled - whole;
    uint32_t m = (uint32_t)whole;
    if (rest > 0.5 || (rest == 0.5 && (m & 1u))) m++;
    uint32_t bits = ((uint32_t)exp_field << 10) + m; /* a carry moves into the exponent */
    if (bits >= 0x7c00u) return false;
    *out = (uint16_t)(sign | bits);
    return true;
}

static double half_value(uint16_t h) {
    int exp_field = (h >> 10) & 0x1f;
    double m = h & 0x3ffu, v;
    if (exp_field == 0x1f) v = m ? NAN : INFINITY;
    else if (exp_field == 0) v = ldexp(m, -24);
    else v = ldexp(m + 1024.0, exp_field - 25);
    return (h & 0x8000u) ? -v : v;
}

void krt_struct_put_float(void *obj, krt_int offset, krt_float value, krt_int size, bool little) {
    krt_int len;
    unsigned char *at = buffer_of(obj, &len) + offset;
    double x = (double)value;
    uint64_t bits;
    if (size == 8) {
        memcpy(&bits, &x, sizeof bits);
    } else if (size == 4) {
        float y = (float)value;
        if (isinf(y) && !isinf(x)) {
            krt_raise_msg(KRT_T_OVERFLOW_ERROR, "float too large to pack with f format");
            return;
        }
        uint32_t b32;
        memcpy(&b32, &y, sizeof b32);
        bits = b32;
    } else {
        uint16_t h;
        if (!half_bits(x, &h)) {
            krt_raise_msg(KRT_T_OVERFLOW_ERROR, "float too large to pack with e format");
            return;
        }
        bits = h;
    }
    put_bits(at, bits, size, little);
}

krt_float krt_struct_get_float(const void *obj, krt_int offset, krt_int size, bool little) {
    krt_int len;
    uint64_t bits = get_bits(buffer_of(obj, &len) + offset, size, little);
    if (size == 8) {
        double d;
        memcpy(&d, &bits, sizeof d);
        return (krt_float)d;
    }
    if (size == 4) {
        uint32_t b32 = (uint32_t)bits;
        float f;
        memcpy(&f, &b32, sizeof f);
        return (krt_float)f;
    }
    return (krt_float)half_value((uint16_t)bits);
}

/* 's': the first `size` bytes of src, padded with zeros. */
void krt_struct_put_bytes(void *obj, krt_int offset, const void *src, krt_int size) {
    krt_int len, src_len;
    unsigned char *at = buffer_of(obj, &len) + offset;
    const unsigned char *from = buffer_of(src, &src_len);
    krt_int n = src_len < size ? src_len : size;
    if (n) memcpy(at, from, (size_t)n);
    if (size > n) memset(at + n, 0, (size_t)(size - n));
}

KrtBytes *krt_struct_get_bytes(const void *obj, krt_int offset, krt_int size) {
    krt_int len;
    return krt_bytes_new(buffer_of(obj, &len) + offset, (size_t)size);
}

/* 'x' in pack_into: zero bytes. */
void krt_struct_put_pad(void *obj, krt_int offset, krt_int size) {
    krt_int len;
    memset(buffer_of(obj, &len) + offset, 0, (size_t)size);
}
