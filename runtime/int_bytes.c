/* int_bytes.c — ints to and from bytes: n.to_bytes(length, byteorder,
 * signed=...), int.from_bytes(b, byteorder, signed=...) and n.bit_length(),
 * the way firmware packs registers and frames.
 *
 * Values are krt_int (64 or 32 bits): to_bytes writes any length (the
 * sign's bytes past the value's own), from_bytes reads any length whose
 * value fits a krt_int, and raises OverflowError where CPython would give
 * a wider int.  The error messages are CPython's.
 */
#include <string.h>

#include "krt_internal.h"

KrtBytes *krt_int_to_bytes(krt_int v, krt_int length, bool little, bool is_signed) {
    if (length < 0) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "length argument must be non-negative");
        return NULL;
    }
    if (v < 0 && !is_signed) {
        krt_raise_msg(KRT_T_OVERFLOW_ERROR, "can't convert negative int to unsigned");
        return NULL;
    }
    /* the bytes the value needs: its bits, plus a sign bit when signed */
    krt_uint mag = v < 0 ? ~(krt_uint)v : (krt_uint)v;
    krt_int need = 0;
    while (mag) {
        need++;
        mag >>= 1;
    }
    if (is_signed) need++;
    if ((need + 7) / 8 > length) {
        krt_raise_msg(KRT_T_OVERFLOW_ERROR, "int too big to convert");
        return NULL;
    }
    if ((uint64_t)length > UINT32_MAX) {
        krt_raise_memory_error();
        return NULL;
    }
    unsigned char small[16] = {0};
    unsigned char *buf = length <= (krt_int)sizeof small ? small : krt_alloc((size_t)length);
    if (!buf) return NULL;
    krt_uint bits = (krt_uint)v;
    for (krt_int i = 0; i < length; i++) {
        unsigned char byte = (unsigned char)(i < (krt_int)sizeof bits ? bits >> (8 * i) : (v < 0 ? 0xFFu : 0u));
        buf[little ? i : length - 1 - i] = byte;
    }
    KrtBytes *b = krt_bytes_new(buf, (size_t)length);
    if (buf != small) krt_free(buf, (size_t)length);
    return b;
}

krt_int krt_int_from_bytes(const void *b, bool little, bool is_signed) {
    const KrtObject *o = b;
    const unsigned char *data;
    uint32_t len;
    if (o->type == KRT_T_BYTEARRAY) {
        data = ((const KrtByteArray *)o)->data;
        len = ((const KrtByteArray *)o)->len;
    } else {
        data = ((const KrtBytes *)o)->data;
        len = ((const KrtBytes *)o)->len;
    }
    if (!len) return 0;
    bool negative = is_signed && (data[little ? len - 1 : 0] & 0x80u);
    /* every byte past a krt_int's width must be pure sign */
    uint32_t width = (uint32_t)sizeof(krt_uint);
    krt_uint v = 0;
    for (uint32_t k = 0; k < len; k++) {
        unsigned char byte = data[little ? k : len - 1 - k]; /* k-th least significant */
        if (k < width)
            v |= (krt_uint)byte << (8 * k);
        else if (byte != (negative ? 0xFFu : 0u))
            goto overflow;
    }
    if (len < width && negative) v |= ~(krt_uint)0 << (8 * len); /* sign-extend */
    if (len >= width && negative != ((v >> (8 * width - 1)) & 1u)) goto overflow;
    return (krt_int)v;
overflow:
    krt_raise_msg(KRT_T_OVERFLOW_ERROR, "int too big to convert");
    return 0;
}

bool krt_int_byteorder_little(const KrtStr *order) {
    if (order->len == 6 && !memcmp(order->data, "little", 6)) return true;
    if (order->len != 3 || memcmp(order->data, "big", 3) != 0)
        krt_raise_msg(KRT_T_VALUE_ERROR, "byteorder must be either 'little' or 'big'");
    return false;
}

krt_int krt_int_bit_length(krt_int v) {
    krt_uint mag = v < 0 ? (krt_uint)0 - (krt_uint)v : (krt_uint)v;
    krt_int n = 0;
    while (mag) {
        n++;
        mag >>= 1;
    }
    return n;
}
