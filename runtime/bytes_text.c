/* bytes_text.c — the text-like methods of bytes: split, join, strip,
 * lstrip, rstrip, lower and upper.
 *
 * They follow CPython 3.11 (Objects/bytes_methods.c, stringlib): whitespace
 * is ASCII's (space, \t \n \v \f \r), case maps only A-Z / a-z, split with
 * no separator splits on runs of whitespace and drops empty pieces, an
 * empty separator raises ValueError "empty separator".  Results are new
 * references, the argument itself when strip removes nothing.
 */
#include <string.h>

#include "krt_internal.h"

static bool ascii_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static KrtBytes *same(KrtBytes *b) {
    krt_incref((KrtObject *)b);
    return b;
}

/* A new bytes of len bytes whose contents the caller writes. */
static KrtBytes *fresh(size_t len, unsigned char **out) {
    KrtBytes *b = krt_bytes_zeros((krt_int)len);
    *out = b ? (unsigned char *)(uintptr_t)b->data : NULL;
    return b;
}

static bool split_add(KrtList *l, const KrtBytes *b, uint32_t from, uint32_t to) {
    KrtBytes *piece = krt_bytes_new(b->data + from, to - from);
    if (!piece) return false;
    if (krt_list_append_owned(l, &piece)) return true;
    krt_decref((KrtObject *)piece);
    return false;
}

static KrtList *split_fail(KrtList *l) {
    krt_decref((KrtObject *)l);
    return NULL;
}

KrtList *krt_bytes_split(KrtBytes *b, const KrtBytes *sep, krt_int maxsplit) {
    if (sep && sep->len == 0) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "empty separator");
        return NULL;
    }
    KrtList *l = krt_list_new(&krt_elem_bytes, 0);
    if (!l) return NULL;
    krt_int left = maxsplit < 0 ? KRT_INT_MAX : maxsplit;
    uint32_t len = b->len, i = 0;
    const unsigned char *p = b->data;
    if (!sep) {
        for (; left > 0; left--) {
            while (i < len && ascii_space(p[i])) i++;
            if (i == len) break;
            uint32_t j = i;
            while (i < len && !ascii_space(p[i])) i++;
            if (!split_add(l, b, j, i)) return split_fail(l);
        }
        while (i < len && ascii_space(p[i])) i++;
        if (i < len && !split_add(l, b, i, len)) return split_fail(l);
        return l;
    }
    for (; left > 0; left--) {
        uint32_t hit = i;
        while (hit + sep->len <= len && memcmp(p + hit, sep->data, sep->len) != 0) hit++;
        if (hit + sep->len > len) break;
        if (!split_add(l, b, i, hit)) return split_fail(l);
        i = hit + sep->len;
    }
    if (!split_add(l, b, i, len)) return split_fail(l);
    return l;
}

KrtBytes *krt_bytes_join(KrtBytes *sep, KrtList *parts) {
    size_t total = 0;
    for (uint32_t k = 0; k < parts->len; k++) {
        KrtBytes *piece;
        memcpy(&piece, parts->items + (size_t)k * sizeof piece, sizeof piece);
        total += piece->len + (k ? sep->len : 0);
    }
    unsigned char *w;
    KrtBytes *out = fresh(total, &w);
    if (!out || total == 0) return out;
    for (uint32_t k = 0; k < parts->len; k++) {
        KrtBytes *piece;
        memcpy(&piece, parts->items + (size_t)k * sizeof piece, sizeof piece);
        if (k) {
            memcpy(w, sep->data, sep->len);
            w += sep->len;
        }
        memcpy(w, piece->data, piece->len);
        w += piece->len;
    }
    return out;
}

/* Is c among chars (NULL: ASCII whitespace)? */
static bool strip_member(const KrtBytes *chars, unsigned char c) {
    if (!chars) return ascii_space(c);
    return chars->len && memchr(chars->data, c, chars->len) != NULL;
}

KrtBytes *krt_bytes_strip(KrtBytes *b, const KrtBytes *chars, krt_int sides) {
    uint32_t from = 0, to = b->len;
    if (sides & 1)
        while (from < to && strip_member(chars, b->data[from])) from++;
    if (sides & 2)
        while (to > from && strip_member(chars, b->data[to - 1])) to--;
    if (from == 0 && to == b->len) return same(b);
    return krt_bytes_new(b->data + from, to - from);
}

KrtBytes *krt_bytes_change_case(KrtBytes *b, bool upper) {
    unsigned char *w;
    KrtBytes *out = fresh(b->len, &w);
    if (!out) return NULL;
    for (uint32_t k = 0; k < b->len; k++) {
        unsigned char c = b->data[k];
        if (upper && c >= 'a' && c <= 'z') c = (unsigned char)(c - 'a' + 'A');
        if (!upper && c >= 'A' && c <= 'Z') c = (unsigned char)(c - 'A' + 'a');
        w[k] = c;
    }
    return out;
}
