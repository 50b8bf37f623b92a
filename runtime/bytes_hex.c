/* bytes_hex.c — bytes.hex(sep, bytes_per_sep) and bytearray.hex(...).
 *
 * CPython's _Py_strhex_impl: the separator is one ASCII character; with
 * bytes_per_sep = k > 0 it goes between groups of k bytes counted from the
 * right (the first group may be short), with k < 0 from the left, and
 * k = 0 means no separator.
 */
#include "krt_internal.h"

static KrtStr *hex_sep(const unsigned char *data, uint32_t len, int sep, krt_int per) {
    if (sep < 0) return NULL;
    if (len == 0) return krt_str_empty();
    uint64_t group = per < 0 ? (uint64_t)(-(per + 1)) + 1 : (uint64_t)per;
    uint64_t nseps = group == 0 ? 0 : (len - 1) / group;
    size_t n = (size_t)len * 2 + (size_t)nseps;
    KrtStr *r = krt_str_alloc(n, (uint32_t)n);
    if (!r) return NULL;
    static const char digits[] = "0123456789abcdef";
    char *p = krt_str_buf(r);
    for (uint32_t i = 0; i < len; i++) {
        /* a separator before byte i when a group boundary falls there */
        if (i > 0 && group) {
            uint64_t from = per > 0 ? len - i : i;
            if (from % group == 0) *p++ = (char)sep;
        }
        *p++ = digits[data[i] >> 4];
        *p++ = digits[data[i] & 0xF];
    }
    return r;
}

static int sep_char(const unsigned char *s, size_t len) {
    if (len != 1) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "sep must be length 1.");
        return -1;
    }
    if (s[0] > 127) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "sep must be ASCII.");
        return -1;
    }
    return s[0];
}

static KrtBytes contents(const void *b, bool is_array) {
    return is_array ? krt_bytearray_view(b) : *(const KrtBytes *)b;
}

KrtStr *krt_bytes_hex_sep(const void *b, const KrtBytes *sep, krt_int per, bool is_array) {
    KrtBytes v = contents(b, is_array);
    return hex_sep(v.data, v.len, sep_char(sep->data, sep->len), per);
}

KrtStr *krt_bytes_hex_sep_str(const void *b, const KrtStr *sep, krt_int per, bool is_array) {
    KrtBytes v = contents(b, is_array);
    const unsigned char *s = (const unsigned char *)sep->data;
    /* one character, maybe several UTF-8 bytes: "must be ASCII" then */
    return hex_sep(v.data, v.len, sep_char(s, sep->nchars == 1 ? 1 : sep->len), per);
}
