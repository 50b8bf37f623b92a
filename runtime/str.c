/* str.c — immutable UTF-8 text: construction, indexing, slicing, comparison,
 * repr.
 *
 * A str is a KrtStr header (count, type, byte length, code-point count, data
 * pointer) followed, for heap strs, by its bytes and a NUL in the same block;
 * constants are static KrtStr objects pointing at literals in rodata.  The
 * code-point count makes len() O(1), and for ASCII text (nchars == len)
 * indexing and slicing are O(1) byte arithmetic; otherwise they walk the
 * UTF-8 (O(n)), which keeps the object small and flash-friendly — the usual
 * embedded text is ASCII.  Iteration never rescans: krt_str_next_char keeps
 * a byte position.
 *
 * One-character ASCII strs and "" are immortal constants here (a 128-entry
 * table in rodata, as CPython caches Latin-1 characters), so indexing and
 * iterating ASCII text allocate nothing.  The table costs 2.3 KiB of flash on
 * a 32-bit target; -DKRT_STR_CHAR_CACHE=0 trades it for a heap block per
 * character.
 *
 * Every constructor measures first and fills a block of the exact size:
 * no growing buffers, no realloc.  Lengths are bounded by uint32_t
 * (OverflowError beyond, as CPython's "repeated string is too long").
 *
 * repr() follows CPython's unicode_repr: single quotes unless the text has a
 * single quote and no double quote; \\, the quote, \t \n \r escaped; other
 * control characters and DEL as \xNN; non-ASCII kept when printable
 * (Unicode 14 table in ucd.c), else \xNN, \uNNNN or \UNNNNNNNN.
 *
 * Methods (find, split, strip, case...) are in str_methods.c; conversions
 * that need number formatting (str(float), int(str), float(str)) in
 * str_conv.c.
 */
#include <string.h>

#include "krt_internal.h"

/* ---- immortal constants --------------------------------------------------- */

#ifndef KRT_STR_CHAR_CACHE
#define KRT_STR_CHAR_CACHE 1
#endif

static const KrtStr str_empty = KRT_STR_CONST("", 0, 0);

/* The runtime never writes an immortal object, so handing out these
 * rodata objects through non-const pointers is safe. */
KrtStr *krt_str_empty(void) {
    return (KrtStr *)&str_empty;
}

#if KRT_STR_CHAR_CACHE
/* "\0\0" "\1\0" ... "\177\0": each ASCII character followed by its NUL. */
#define ASCII2(i) (char)(i), '\0', (char)((i) + 1), '\0'
#define ASCII8(i) ASCII2(i), ASCII2((i) + 2), ASCII2((i) + 4), ASCII2((i) + 6)
#define ASCII32(i) ASCII8(i), ASCII8((i) + 8), ASCII8((i) + 16), ASCII8((i) + 24)
static const char ascii_bytes[256] = {ASCII32(0), ASCII32(32), ASCII32(64), ASCII32(96)};

#define CHAR1(i) KRT_STR_CONST(&ascii_bytes[2 * (i)], 1, 1)
#define CHAR4(i) CHAR1(i), CHAR1((i) + 1), CHAR1((i) + 2), CHAR1((i) + 3)
#define CHAR16(i) CHAR4(i), CHAR4((i) + 4), CHAR4((i) + 8), CHAR4((i) + 12)
#define CHAR64(i) CHAR16(i), CHAR16((i) + 16), CHAR16((i) + 32), CHAR16((i) + 48)
static const KrtStr ascii_chars[128] = {CHAR64(0), CHAR64(64)};
#endif

/* The immortal str of ASCII character c, NULL without the cache. */
static KrtStr *str_cached_char(unsigned char c) {
#if KRT_STR_CHAR_CACHE
    return c < 0x80u ? (KrtStr *)&ascii_chars[c] : NULL;
#else
    (void)c;
    return NULL;
#endif
}

/* ---- construction --------------------------------------------------------- */

KrtStr *krt_str_alloc(size_t len, uint32_t nchars) {
    if (len >= UINT32_MAX || len > SIZE_MAX - sizeof(KrtStr) - 1) {
        krt_raise_memory_error();
        return NULL;
    }
    KrtStr *s = krt_alloc_object(sizeof(KrtStr) + len + 1, KRT_T_STR);
    if (!s) return NULL;
    char *data = (char *)(s + 1);
    data[len] = '\0';
    s->len = (uint32_t)len;
    s->nchars = nchars;
    s->data = data;
    return s;
}

void krt_str_drop(KrtObject *o) {
    KrtStr *s = (KrtStr *)o;
    krt_free(s, sizeof(KrtStr) + s->len + 1);
}

/* A str of the n bytes at p holding nchars code points. */
static KrtStr *str_from_bytes(const char *p, size_t n, uint32_t nchars) {
    if (n == 0) return krt_str_empty();
    KrtStr *c = n == 1 ? str_cached_char((unsigned char)p[0]) : NULL;
    if (c) return c;
    KrtStr *s = krt_str_alloc(n, nchars);
    if (s) memcpy(krt_str_buf(s), p, n);
    return s;
}

KrtStr *krt_str_sub(KrtStr *s, uint32_t from, uint32_t to) {
    if (from == 0 && to == s->len) {
        krt_incref(&s->h);
        return s;
    }
    const char *p = s->data + from;
    uint32_t n = to - from;
    return str_from_bytes(p, n, s->nchars == s->len ? n : krt_utf8_count((const unsigned char *)p, n));
}

KrtStr *krt_str_new(const char *utf8, size_t len) {
    return str_from_bytes(utf8, len, krt_utf8_count((const unsigned char *)utf8, len));
}

KrtStr *krt_str_from_codepoint(uint32_t cp) {
    unsigned char buf[4];
    return str_from_bytes((const char *)buf, krt_utf8_encode(buf, cp), 1);
}

KrtStr *krt_str_from_int(krt_int v) {
    char buf[KRT_INT_TEXT_MAX];
    size_t n = krt_int_to_text(buf, v);
    return str_from_bytes(buf, n, (uint32_t)n);
}

KrtStr *krt_str_chr(krt_int cp) {
    if (cp < 0 || cp > (krt_int)KRT_MAX_CODEPOINT) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return krt_str_from_codepoint((uint32_t)cp);
}

bool krt_str_ord(const KrtStr *s, krt_int *out) {
    if (s->nchars != 1) {
        krt_raise_fmt(KRT_T_TYPE_ERROR, "ord() expected a character, but string of length %lu found",
                      (unsigned long)s->nchars);
        return false;
    }
    uint32_t cp;
    krt_utf8_decode((const unsigned char *)s->data, &cp);
    *out = (krt_int)cp;
    return true;
}

KrtStr *krt_str_concat(KrtStr *a, KrtStr *b) {
    if (b->len == 0) {
        krt_incref(&a->h);
        return a;
    }
    if (a->len == 0) {
        krt_incref(&b->h);
        return b;
    }
    if ((size_t)a->len + b->len >= UINT32_MAX) {
        krt_raise_msg(KRT_T_OVERFLOW_ERROR, "strings are too large to concat");
        return NULL;
    }
    KrtStr *s = krt_str_alloc((size_t)a->len + b->len, a->nchars + b->nchars);
    if (!s) return NULL;
    memcpy(krt_str_buf(s), a->data, a->len);
    memcpy(krt_str_buf(s) + a->len, b->data, b->len);
    return s;
}

KrtStr *krt_str_repeat(KrtStr *s, krt_int n) {
    if (n <= 0 || s->len == 0) return krt_str_empty();
    if (n == 1) {
        krt_incref(&s->h);
        return s;
    }
    if ((krt_uint)n >= UINT32_MAX / s->len) {
        krt_raise_msg(KRT_T_OVERFLOW_ERROR, "repeated string is too long");
        return NULL;
    }
    size_t total = (size_t)s->len * (size_t)n;
    KrtStr *r = krt_str_alloc(total, s->nchars * (uint32_t)n);
    if (!r) return NULL;
    char *p = krt_str_buf(r);
    memcpy(p, s->data, s->len);
    for (size_t done = s->len; done < total;) { /* doubling copies */
        size_t chunk = done <= total - done ? done : total - done;
        memcpy(p + done, p, chunk);
        done += chunk;
    }
    return r;
}

/* ---- positions ------------------------------------------------------------ */

static uint32_t str_step(const unsigned char *p, uint32_t len, uint32_t pos, krt_int count);

uint32_t krt_str_byte_offset(const KrtStr *s, uint32_t i) {
    if (s->nchars == s->len) return i;
    const unsigned char *p = (const unsigned char *)s->data;
    if (i <= s->nchars / 2) return str_step(p, s->len, 0, (krt_int)i);
    return str_step(p, s->len, s->len, -(krt_int)(s->nchars - i)); /* nearer the end */
}

KrtStr *krt_str_getitem(KrtStr *s, krt_int index) {
    if (index < 0) index += (krt_int)s->nchars;
    if (index < 0 || index >= (krt_int)s->nchars) {
        krt_raise_msg(KRT_T_INDEX_ERROR, "string index out of range");
        return NULL;
    }
    uint32_t pos = krt_str_byte_offset(s, (uint32_t)index);
    uint32_t cp;
    uint32_t n = krt_utf8_decode((const unsigned char *)s->data + pos, &cp);
    return str_from_bytes(s->data + pos, n, 1);
}

KrtStr *krt_str_next_char(const KrtStr *s, uint32_t *byte_pos) {
    uint32_t pos = *byte_pos;
    if (pos >= s->len) return NULL;
    uint32_t cp;
    uint32_t n = krt_utf8_decode((const unsigned char *)s->data + pos, &cp);
    KrtStr *c = str_from_bytes(s->data + pos, n, 1);
    if (c) *byte_pos = pos + n;
    return c;
}

/* Byte offset of the character `count` characters after (or, negative,
 * before) the one at pos. */
static uint32_t str_step(const unsigned char *p, uint32_t len, uint32_t pos, krt_int count) {
    if (count > 0) {
        for (; count > 0 && pos < len; count--) {
            pos++;
            while (pos < len && krt_utf8_is_cont(p[pos])) pos++;
        }
    } else {
        for (; count < 0 && pos > 0; count++) {
            pos--;
            while (pos > 0 && krt_utf8_is_cont(p[pos])) pos--;
        }
    }
    return pos;
}

KrtStr *krt_str_slice(KrtStr *s, KrtSlice *slice) {
    krt_int n = krt_slice_adjust(slice, (krt_int)s->nchars);
    if (n < 0) return NULL;
    if (n == 0) return krt_str_empty();
    krt_int start = slice->start, step = slice->step;
    const unsigned char *p = (const unsigned char *)s->data;
    if (step == 1) {
        if (n == (krt_int)s->nchars) {
            krt_incref(&s->h);
            return s;
        }
        uint32_t from = krt_str_byte_offset(s, (uint32_t)start);
        uint32_t to = s->nchars == s->len ? from + (uint32_t)n : str_step(p, s->len, from, n);
        return str_from_bytes(s->data + from, to - from, (uint32_t)n);
    }
    /* any other step: measure, then copy, walking the same path twice */
    uint32_t first = krt_str_byte_offset(s, (uint32_t)start);
    size_t bytes = 0;
    uint32_t pos = first;
    for (krt_int k = 0; k < n; k++) {
        uint32_t cp;
        bytes += krt_utf8_decode(p + pos, &cp);
        if (k + 1 < n) pos = s->nchars == s->len ? (uint32_t)((krt_int)pos + step) : str_step(p, s->len, pos, step);
    }
    KrtStr *r = krt_str_alloc(bytes, (uint32_t)n);
    if (!r) return NULL;
    char *out = krt_str_buf(r);
    pos = first;
    for (krt_int k = 0; k < n; k++) {
        uint32_t cp;
        uint32_t w = krt_utf8_decode(p + pos, &cp);
        memcpy(out, p + pos, w);
        out += w;
        if (k + 1 < n) pos = s->nchars == s->len ? (uint32_t)((krt_int)pos + step) : str_step(p, s->len, pos, step);
    }
    return r;
}

/* ---- comparison ------------------------------------------------------------ */

bool krt_str_eq(const KrtStr *a, const KrtStr *b) {
    return a == b || (a->len == b->len && memcmp(a->data, b->data, a->len) == 0);
}

/* UTF-8 byte order is code-point order (surrogates included), so memcmp
 * compares as CPython does. */
int krt_str_cmp(const KrtStr *a, const KrtStr *b) {
    uint32_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, n);
    if (c) return c < 0 ? -1 : 1;
    return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

bool krt_str_contains(const KrtStr *hay, const KrtStr *needle) {
    return krt_str_find(hay, needle, 0, KRT_INT_MAX) >= 0;
}

/* FNV-1a, 32 bits. */
#define FNV_OFFSET 2166136261u
#define FNV_PRIME 16777619u

uint32_t krt_str_hash(const KrtStr *s) {
    uint32_t h = FNV_OFFSET;
    for (uint32_t i = 0; i < s->len; i++) {
        h ^= (unsigned char)s->data[i];
        h *= FNV_PRIME;
    }
    return h;
}

/* ---- repr ------------------------------------------------------------------ */

/* Characters repr() writes for cp: escapes are ASCII; a kept non-ASCII
 * character is one character of krt_utf8_len(cp) bytes. */
static uint32_t repr_width(uint32_t cp, uint32_t quote) {
    if (cp == quote || cp == '\\' || cp == '\t' || cp == '\n' || cp == '\r') return 2;
    if (cp < 0x20u || cp == 0x7Fu) return 4;
    if (cp < 0x7Fu || krt_ucd_isprintable(cp)) return 1;
    return cp <= 0xFFu ? 4 : cp <= 0xFFFFu ? 6 : 10;
}

static char *repr_hex(char *out, uint32_t cp, int digits) {
    static const char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; i--) *out++ = hex[(cp >> (4 * i)) & 0xFu];
    return out;
}

KrtStr *krt_str_repr(KrtStr *s) {
    const unsigned char *p = (const unsigned char *)s->data;
    bool has_single = memchr(p, '\'', s->len) != NULL;
    bool has_double = memchr(p, '"', s->len) != NULL;
    uint32_t quote = has_single && !has_double ? '"' : '\'';

    size_t bytes = 2;
    uint32_t nchars = 2;
    for (uint32_t pos = 0; pos < s->len;) {
        uint32_t cp;
        pos += krt_utf8_decode(p + pos, &cp);
        uint32_t w = repr_width(cp, quote);
        nchars += w;
        bytes += w == 1 ? krt_utf8_len(cp) : w;
    }
    KrtStr *r = krt_str_alloc(bytes, nchars);
    if (!r) return NULL;
    char *out = krt_str_buf(r);
    *out++ = (char)quote;
    for (uint32_t pos = 0; pos < s->len;) {
        uint32_t cp;
        uint32_t n = krt_utf8_decode(p + pos, &cp);
        if (cp == quote || cp == '\\') {
            *out++ = '\\';
            *out++ = (char)cp;
        } else if (cp == '\t' || cp == '\n' || cp == '\r') {
            *out++ = '\\';
            *out++ = cp == '\t' ? 't' : cp == '\n' ? 'n' : 'r';
        } else if (cp < 0x20u || cp == 0x7Fu) {
            *out++ = '\\';
            *out++ = 'x';
            out = repr_hex(out, cp, 2);
        } else if (cp < 0x7Fu || krt_ucd_isprintable(cp)) {
            memcpy(out, p + pos, n);
            out += n;
        } else {
            *out++ = '\\';
            if (cp <= 0xFFu) {
                *out++ = 'x';
                out = repr_hex(out, cp, 2);
            } else if (cp <= 0xFFFFu) {
                *out++ = 'u';
                out = repr_hex(out, cp, 4);
            } else {
                *out++ = 'U';
                out = repr_hex(out, cp, 8);
            }
        }
        pos += n;
    }
    *out = (char)quote;
    return r;
}
