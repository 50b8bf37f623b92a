/* bytes.c — bytes and bytearray, and the codecs between them and str.
 *
 * A KrtBytes is laid out like a KrtStr without the code-point count: a
 * header, a length and a data pointer.  Heap bytes keep their data in the
 * same block after the header (with a NUL after it, for C callers);
 * constants are static KrtBytes with an immortal count pointing at rodata
 * (KRT_BYTES_CONST).  A KrtByteArray owns a separate growable buffer that
 * grows by half (at least to KRT_BYTEARRAY_MIN_GROW bytes), like a list.
 * The read-only bytes operations take a bytearray through
 * krt_bytearray_view, which dresses its buffer as a borrowed KrtBytes.
 *
 * Everything visible follows CPython 3.11: repr picks single quotes unless
 * the data has a ' and no ", escapes \\, the quote, \t \n \r and any byte
 * outside 0x20..0x7e as \xNN (bytearray's repr escapes every ' even
 * inside double quotes, a CPython quirk kept here); fromhex skips ASCII whitespace between
 * pairs and names the position of the first bad character; find/count
 * clamp start/end as slices do.
 *
 * Codecs: UTF-8 (strict, rejecting surrogates and overlong forms with
 * CPython's reasons and byte ranges: "invalid start byte", "invalid
 * continuation byte", "unexpected end of data"), ASCII and Latin-1, under
 * the names CPython's codec registry normalises to them (empty input
 * decodes to "" before the name is looked at, as in CPython).  Encoding a str
 * that holds lone surrogates (krait keeps them as three-byte sequences, see
 * krt_internal.h) raises "surrogates not allowed" as CPython does.
 *
 * hash(bytes) is FNV-1a over the bytes, the same function as str's.
 */
#include <string.h>

#include "krt_internal.h"

#define KRT_BYTEARRAY_MIN_GROW 8
/* Lengths stay below this: they are uint32_t and heap bytes add a NUL. */
#define KRT_BYTES_MAX_LEN (UINT32_MAX - 1u)

static const KrtBytes bytes_empty = KRT_BYTES_CONST("", 0);

KrtBytes *krt_bytes_empty(void) {
    return (KrtBytes *)&bytes_empty;
}

/* ---- construction ------------------------------------------------------------ */

/* A heap bytes of len bytes for the caller to fill. */
static KrtBytes *bytes_alloc(size_t len) {
    if (len > KRT_BYTES_MAX_LEN || len > SIZE_MAX - sizeof(KrtBytes) - 1) {
        krt_raise_memory_error();
        return NULL;
    }
    KrtBytes *b = krt_alloc_object(sizeof(KrtBytes) + len + 1, KRT_T_BYTES);
    if (!b) return NULL;
    unsigned char *data = (unsigned char *)(b + 1);
    data[len] = 0;
    b->len = (uint32_t)len;
    b->data = data;
    return b;
}

static unsigned char *bytes_buf(KrtBytes *b) {
    return (unsigned char *)b->data;
}

void krt_bytes_drop(KrtObject *o) {
    KrtBytes *b = (KrtBytes *)o;
    krt_free(b, sizeof(KrtBytes) + b->len + 1);
}

KrtBytes *krt_bytes_new(const void *data, size_t len) {
    if (len == 0) return krt_bytes_empty();
    KrtBytes *b = bytes_alloc(len);
    if (b) memcpy(bytes_buf(b), data, len);
    return b;
}

KrtBytes *krt_bytes_zeros(krt_int n) {
    if (n < 0) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "negative count");
        return NULL;
    }
    if (n == 0) return krt_bytes_empty();
    if ((krt_uint)n > KRT_BYTES_MAX_LEN) {
        krt_raise_memory_error();
        return NULL;
    }
    KrtBytes *b = bytes_alloc((size_t)n);
    if (b) memset(bytes_buf(b), 0, (size_t)n);
    return b;
}

/* Checks that every int of l is a byte value; ValueError with CPython's
 * message for bytes() ("bytes must be ...") or bytearray() ("byte must
 * be ...") otherwise. */
static bool list_is_bytes(const KrtList *l, const char *what) {
    for (uint32_t i = 0; i < l->len; i++) {
        krt_int v;
        memcpy(&v, l->items + (size_t)i * sizeof v, sizeof v);
        if (v < 0 || v > 255) {
            krt_raise_fmt(KRT_T_VALUE_ERROR, "%s must be in range(0, 256)", what);
            return false;
        }
    }
    return true;
}

static void list_to_bytes(unsigned char *out, const KrtList *l) {
    for (uint32_t i = 0; i < l->len; i++) {
        krt_int v;
        memcpy(&v, l->items + (size_t)i * sizeof v, sizeof v);
        out[i] = (unsigned char)v;
    }
}

KrtBytes *krt_bytes_from_list(KrtList *l) {
    if (!list_is_bytes(l, "bytes")) return NULL;
    if (l->len == 0) return krt_bytes_empty();
    KrtBytes *b = bytes_alloc(l->len);
    if (b) list_to_bytes(bytes_buf(b), l);
    return b;
}

/* ---- access ------------------------------------------------------------------- */

static krt_int byte_index(uint32_t len, krt_int index) {
    if (index < 0) index += (krt_int)len;
    return index >= 0 && index < (krt_int)len ? index : -1;
}

krt_int krt_bytes_getitem(const KrtBytes *b, krt_int index) {
    krt_int i = byte_index(b->len, index);
    if (i < 0) {
        krt_raise_msg(KRT_T_INDEX_ERROR, "index out of range");
        return -1;
    }
    return b->data[i];
}

/* The selected bytes of data[0:len] under s, into a new bytes. */
static KrtBytes *bytes_select(const unsigned char *data, krt_int len, KrtSlice *s) {
    krt_int n = krt_slice_adjust(s, len);
    if (n < 0) return NULL;
    if (n == 0) return krt_bytes_empty();
    KrtBytes *r = bytes_alloc((size_t)n);
    if (!r) return NULL;
    unsigned char *out = bytes_buf(r);
    krt_int i = s->start;
    for (krt_int k = 0; k < n; k++, i += s->step) out[k] = data[i];
    return r;
}

KrtBytes *krt_bytes_slice(KrtBytes *b, KrtSlice *s) {
    KrtSlice probe = *s;
    krt_int n = krt_slice_adjust(&probe, (krt_int)b->len);
    if (n < 0) return NULL;
    if (probe.step == 1 && n == (krt_int)b->len) { /* the whole of an immutable object */
        krt_incref(&b->h);
        return b;
    }
    return bytes_select(b->data, (krt_int)b->len, s);
}

KrtBytes *krt_bytes_concat(const KrtBytes *a, const KrtBytes *b) {
    size_t n = (size_t)a->len + b->len;
    if ((uint64_t)a->len + b->len > KRT_BYTES_MAX_LEN) {
        krt_raise_memory_error();
        return NULL;
    }
    if (n == 0) return krt_bytes_empty();
    KrtBytes *r = bytes_alloc(n);
    if (!r) return NULL;
    if (a->len) memcpy(bytes_buf(r), a->data, a->len);
    if (b->len) memcpy(bytes_buf(r) + a->len, b->data, b->len);
    return r;
}

KrtBytes *krt_bytes_repeat(KrtBytes *b, krt_int n) {
    if (n <= 0 || b->len == 0) return krt_bytes_empty();
    if (n == 1) {
        krt_incref(&b->h);
        return b;
    }
    if ((krt_uint)n > KRT_BYTES_MAX_LEN / b->len) {
        krt_raise_msg(KRT_T_OVERFLOW_ERROR, "repeated bytes are too long");
        return NULL;
    }
    size_t total = (size_t)n * b->len;
    KrtBytes *r = bytes_alloc(total);
    if (!r) return NULL;
    for (size_t at = 0; at < total; at += b->len) memcpy(bytes_buf(r) + at, b->data, b->len);
    return r;
}

/* ---- comparison and search ------------------------------------------------------- */

bool krt_bytes_eq(const KrtBytes *a, const KrtBytes *b) {
    return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

int krt_bytes_cmp(const KrtBytes *a, const KrtBytes *b) {
    uint32_t n = a->len < b->len ? a->len : b->len;
    int c = n ? memcmp(a->data, b->data, n) : 0;
    if (c) return c < 0 ? -1 : 1;
    return a->len < b->len ? -1 : a->len > b->len;
}

#define FNV_OFFSET 2166136261u
#define FNV_PRIME 16777619u

krt_hash krt_bytes_hash(const KrtBytes *b) {
    uint32_t h = FNV_OFFSET;
    for (uint32_t i = 0; i < b->len; i++) {
        h ^= b->data[i];
        h *= FNV_PRIME;
    }
    return h;
}

/* First match of sub in hay[from, to), or -1. */
static krt_int bytes_search(const KrtBytes *hay, const KrtBytes *sub, krt_int from, krt_int to) {
    if (to - from < (krt_int)sub->len) return -1;
    if (sub->len == 0) return from;
    krt_int last = to - (krt_int)sub->len;
    for (krt_int i = from; i <= last; i++)
        if (hay->data[i] == sub->data[0] && memcmp(hay->data + i, sub->data, sub->len) == 0) return i;
    return -1;
}

/* start/end clamped as CPython's ADJUST_INDICES. */
static void bytes_bounds(const KrtBytes *b, krt_int *start, krt_int *end) {
    krt_int len = (krt_int)b->len;
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

bool krt_bytes_contains(const KrtBytes *b, const KrtBytes *sub) {
    return bytes_search(b, sub, 0, (krt_int)b->len) >= 0;
}

bool krt_bytes_contains_int(const KrtBytes *b, krt_int v) {
    if (v < 0 || v > 255) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "byte must be in range(0, 256)");
        return false;
    }
    return b->len && memchr(b->data, (int)v, b->len) != NULL;
}

krt_int krt_bytes_find(const KrtBytes *b, const KrtBytes *sub, krt_int start, krt_int end) {
    bytes_bounds(b, &start, &end);
    if (start > (krt_int)b->len) return -1;
    return bytes_search(b, sub, start, end);
}

krt_int krt_bytes_count(const KrtBytes *b, const KrtBytes *sub, krt_int start, krt_int end) {
    bytes_bounds(b, &start, &end);
    if (start > (krt_int)b->len || end < start) return 0;
    if (sub->len == 0) return end - start + 1;
    krt_int n = 0;
    for (krt_int at = bytes_search(b, sub, start, end); at >= 0; at = bytes_search(b, sub, at + (krt_int)sub->len, end))
        n++;
    return n;
}

bool krt_bytes_startswith(const KrtBytes *b, const KrtBytes *prefix) {
    return prefix->len <= b->len && (prefix->len == 0 || memcmp(b->data, prefix->data, prefix->len) == 0);
}

bool krt_bytes_endswith(const KrtBytes *b, const KrtBytes *suffix) {
    return suffix->len <= b->len &&
           (suffix->len == 0 || memcmp(b->data + b->len - suffix->len, suffix->data, suffix->len) == 0);
}

/* ---- repr and hex -------------------------------------------------------------------- */

static const char hex_digits[] = "0123456789abcdef";

/* repr of data as CPython's PyBytes_Repr: prefix + b'...' + suffix.
 * bytearray's repr (is_array) has a quirk of its own: it escapes every '
 * even inside double quotes. */
static KrtStr *bytes_repr_of(const unsigned char *data, uint32_t len, bool is_array) {
    const char *prefix = is_array ? "bytearray(" : "", *suffix = is_array ? ")" : "";
    bool squote = data && memchr(data, '\'', len) != NULL, dquote = data && memchr(data, '"', len) != NULL;
    unsigned char quote = squote && !dquote ? '"' : '\'';
    unsigned char escaped = is_array ? '\'' : quote;
    size_t plen = strlen(prefix), slen = strlen(suffix);
    size_t n = plen + 3 + slen;
    for (uint32_t i = 0; i < len; i++) {
        unsigned char c = data[i];
        n += c == escaped || c == '\\' || c == '\t' || c == '\n' || c == '\r' ? 2 : c < 0x20 || c >= 0x7f ? 4 : 1;
    }
    KrtStr *r = krt_str_alloc(n, (uint32_t)n);
    if (!r) return NULL;
    char *p = krt_str_buf(r);
    memcpy(p, prefix, plen);
    p += plen;
    *p++ = 'b';
    *p++ = (char)quote;
    for (uint32_t i = 0; i < len; i++) {
        unsigned char c = data[i];
        if (c == escaped || c == '\\') {
            *p++ = '\\';
            *p++ = (char)c;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            *p++ = '\\';
            *p++ = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else if (c < 0x20 || c >= 0x7f) {
            *p++ = '\\';
            *p++ = 'x';
            *p++ = hex_digits[c >> 4];
            *p++ = hex_digits[c & 0xF];
        } else {
            *p++ = (char)c;
        }
    }
    *p++ = (char)quote;
    memcpy(p, suffix, slen);
    return r;
}

KrtStr *krt_bytes_repr(const KrtBytes *b) {
    return bytes_repr_of(b->data, b->len, false);
}

KrtStr *krt_bytearray_repr(const KrtByteArray *b) {
    return bytes_repr_of(b->data, b->len, true);
}

KrtStr *krt_bytes_hex(const KrtBytes *b) {
    size_t n = (size_t)b->len * 2;
    if (n == 0) return krt_str_empty();
    KrtStr *r = krt_str_alloc(n, (uint32_t)n);
    if (!r) return NULL;
    char *p = krt_str_buf(r);
    for (uint32_t i = 0; i < b->len; i++) {
        *p++ = hex_digits[b->data[i] >> 4];
        *p++ = hex_digits[b->data[i] & 0xF];
    }
    return r;
}

static int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool is_ascii_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

KrtBytes *krt_bytes_fromhex(const KrtStr *s) {
    const unsigned char *p = (const unsigned char *)s->data;
    uint32_t len = s->len;
    if (!krt_str_is_ascii(s)) {
        uint32_t i = 0, pos = 0;
        while (p[i] < 0x80u) i++, pos++; /* the first non-ASCII character's index */
        krt_raise_fmt(KRT_T_VALUE_ERROR, "non-hexadecimal number found in fromhex() arg at position %lu",
                      (unsigned long)pos);
        return NULL;
    }
    /* pass 1 validates and counts; pass 2 fills */
    uint32_t count = 0;
    for (int pass = 0; pass < 2; pass++) {
        KrtBytes *b = NULL;
        if (pass == 1) {
            if (count == 0) return krt_bytes_empty();
            b = bytes_alloc(count);
            if (!b) return NULL;
        }
        uint32_t i = 0, k = 0;
        while (i < len) {
            if (is_ascii_space(p[i])) {
                while (i < len && is_ascii_space(p[i])) i++;
                if (i >= len) break;
            }
            int top = hex_value(p[i]);
            int bot = i + 1 < len ? hex_value(p[i + 1]) : -1;
            if (top < 0 || bot < 0) {
                krt_raise_fmt(KRT_T_VALUE_ERROR, "non-hexadecimal number found in fromhex() arg at position %lu",
                              (unsigned long)(top < 0 ? i : i + 1));
                return NULL;
            }
            if (b) bytes_buf(b)[k] = (unsigned char)(top << 4 | bot);
            k++;
            i += 2;
        }
        if (b) return b;
        count = k;
    }
    return NULL; /* not reached */
}

/* ---- codecs ------------------------------------------------------------------------------- */

typedef enum Codec { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UNKNOWN } Codec;

/* The codec an encoding name means, normalised as CPython's registry does
 * (case, '_' for '-'), for the names it accepts for these three. */
static Codec codec_of(const KrtStr *name) {
    char norm[16];
    if (name->len >= sizeof norm) return CODEC_UNKNOWN;
    for (uint32_t i = 0; i < name->len; i++) {
        char c = name->data[i];
        norm[i] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c == '_' ? '-' : c;
    }
    norm[name->len] = '\0';
    static const struct {
        const char *name;
        Codec codec;
    } names[] = {
        {"utf-8", CODEC_UTF8},  {"utf8", CODEC_UTF8},     {"u8", CODEC_UTF8},          {"utf", CODEC_UTF8},
        {"ascii", CODEC_ASCII}, {"us-ascii", CODEC_ASCII}, {"646", CODEC_ASCII},       {"latin-1", CODEC_LATIN1},
        {"latin1", CODEC_LATIN1}, {"iso-8859-1", CODEC_LATIN1}, {"iso8859-1", CODEC_LATIN1}, {"l1", CODEC_LATIN1},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(norm, names[i].name) == 0) return names[i].codec;
    return CODEC_UNKNOWN;
}

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

static void raise_unknown_encoding(const KrtStr *name) {
    krt_raise_fmt(KRT_T_LOOKUP_ERROR, "unknown encoding: %.*s", (int)name->len, name->data);
}

/* UnicodeDecodeError for bytes [start, end) of the input. */
static void raise_decode_error(Codec codec, const unsigned char *data, uint32_t start, uint32_t end,
                               const char *reason) {
    if (end == start + 1)
        krt_raise_fmt(KRT_T_UNICODE_DECODE_ERROR, "'%s' codec can't decode byte 0x%02x in position %lu: %s",
                      codec_names[codec], data[start], (unsigned long)start, reason);
    else
        krt_raise_fmt(KRT_T_UNICODE_DECODE_ERROR, "'%s' codec can't decode bytes in position %lu-%lu: %s",
                      codec_names[codec], (unsigned long)start, (unsigned long)(end - 1), reason);
}

static bool is_cont(unsigned char c) {
    return (c & 0xC0u) == 0x80u;
}

/* Length of the valid UTF-8 sequence at p (n bytes left), or 0 with
 * *bad_end / *reason describing the error as CPython's decoder does. */
static uint32_t utf8_valid_seq(const unsigned char *p, uint32_t n, uint32_t *bad_len, const char **reason) {
    unsigned char c = p[0];
    *reason = "invalid continuation byte";
    if (c < 0x80u) return 1;
    if (c < 0xC2u || c > 0xF4u) {
        *reason = "invalid start byte";
        *bad_len = 1;
        return 0;
    }
    uint32_t need = c < 0xE0u ? 2 : c < 0xF0u ? 3 : 4;
    /* the allowed range of the second byte narrows for E0, ED, F0, F4 */
    unsigned char lo = 0x80u, hi = 0xBFu;
    if (c == 0xE0u) lo = 0xA0u;
    if (c == 0xEDu) hi = 0x9Fu;
    if (c == 0xF0u) lo = 0x90u;
    if (c == 0xF4u) hi = 0x8Fu;
    for (uint32_t k = 1; k < need; k++) {
        if (k >= n) { /* truncated: everything left is the error */
            *reason = "unexpected end of data";
            *bad_len = n;
            return 0;
        }
        bool ok = k == 1 ? p[1] >= lo && p[1] <= hi : is_cont(p[k]);
        if (!ok) {
            *bad_len = k;
            return 0;
        }
    }
    return need;
}

KrtStr *krt_bytes_decode(const KrtBytes *b, const KrtStr *encoding) {
    if (b->len == 0) return krt_str_empty(); /* before the codec lookup, as CPython */
    Codec codec = codec_of(encoding);
    const unsigned char *p = b->data;
    switch (codec) {
    case CODEC_UTF8:
        for (uint32_t i = 0; i < b->len;) {
            uint32_t bad = 0;
            const char *reason;
            uint32_t n = utf8_valid_seq(p + i, b->len - i, &bad, &reason);
            if (!n) {
                raise_decode_error(codec, p, i, i + bad, reason);
                return NULL;
            }
            i += n;
        }
        return krt_str_new((const char *)p, b->len);
    case CODEC_ASCII:
        for (uint32_t i = 0; i < b->len; i++) {
            if (p[i] >= 0x80u) {
                raise_decode_error(codec, p, i, i + 1, "ordinal not in range(128)");
                return NULL;
            }
        }
        return krt_str_new((const char *)p, b->len);
    case CODEC_LATIN1: {
        size_t n = 0;
        for (uint32_t i = 0; i < b->len; i++) n += p[i] < 0x80u ? 1 : 2;
        if (n == b->len) return krt_str_new((const char *)p, b->len);
        KrtStr *s = krt_str_alloc(n, b->len);
        if (!s) return NULL;
        unsigned char *out = (unsigned char *)krt_str_buf(s);
        for (uint32_t i = 0; i < b->len; i++) out += krt_utf8_encode(out, p[i]);
        return s;
    }
    case CODEC_UNKNOWN:
        break;
    }
    raise_unknown_encoding(encoding);
    return NULL;
}

/* UnicodeEncodeError for characters [start, end) (code point indices);
 * cp is the character at start. */
static void raise_encode_error(Codec codec, uint32_t cp, uint32_t start, uint32_t end, const char *reason) {
    if (end == start + 1) {
        const char *fmt = cp <= 0xFFu     ? "'%s' codec can't encode character '\\x%02lx' in position %lu: %s"
                          : cp <= 0xFFFFu ? "'%s' codec can't encode character '\\u%04lx' in position %lu: %s"
                                          : "'%s' codec can't encode character '\\U%08lx' in position %lu: %s";
        krt_raise_fmt(KRT_T_UNICODE_ENCODE_ERROR, fmt, codec_names[codec], (unsigned long)cp, (unsigned long)start,
                      reason);
    } else {
        krt_raise_fmt(KRT_T_UNICODE_ENCODE_ERROR, "'%s' codec can't encode characters in position %lu-%lu: %s",
                      codec_names[codec], (unsigned long)start, (unsigned long)(end - 1), reason);
    }
}

static bool is_surrogate(uint32_t cp) {
    return cp >= 0xD800u && cp <= 0xDFFFu;
}

KrtBytes *krt_str_encode(const KrtStr *s, const KrtStr *encoding) {
    Codec codec = codec_of(encoding);
    if (codec == CODEC_UNKNOWN) {
        raise_unknown_encoding(encoding);
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)s->data;
    uint32_t limit = codec == CODEC_ASCII ? 0x80u : codec == CODEC_LATIN1 ? 0x100u : 0x110000u;
    const char *reason = codec == CODEC_ASCII ? "ordinal not in range(128)"
                         : codec == CODEC_LATIN1 ? "ordinal not in range(256)"
                                                 : "surrogates not allowed";
    /* find the first run of characters the codec cannot encode */
    uint32_t out_len = 0, index = 0;
    for (uint32_t i = 0; i < s->len; index++) {
        uint32_t cp, n = krt_utf8_decode(p + i, &cp);
        if (cp >= limit || (codec == CODEC_UTF8 && is_surrogate(cp))) {
            uint32_t start = index, first = cp;
            for (i += n, index++; i < s->len; index++) {
                n = krt_utf8_decode(p + i, &cp);
                if (!(cp >= limit || (codec == CODEC_UTF8 && is_surrogate(cp)))) break;
                i += n;
            }
            raise_encode_error(codec, first, start, index, reason);
            return NULL;
        }
        out_len += codec == CODEC_UTF8 ? n : 1;
        i += n;
    }
    if (codec == CODEC_UTF8 || out_len == s->len) return krt_bytes_new(p, s->len);
    KrtBytes *b = bytes_alloc(out_len);
    if (!b) return NULL;
    unsigned char *out = bytes_buf(b);
    for (uint32_t i = 0; i < s->len;) {
        uint32_t cp;
        i += krt_utf8_decode(p + i, &cp);
        *out++ = (unsigned char)cp;
    }
    return b;
}

/* ---- bytearray --------------------------------------------------------------------------- */

static KrtByteArray *bytearray_alloc(size_t cap) {
    if (cap > KRT_BYTES_MAX_LEN) {
        krt_raise_memory_error();
        return NULL;
    }
    KrtByteArray *b = krt_alloc_object(sizeof(KrtByteArray), KRT_T_BYTEARRAY);
    if (!b) return NULL;
    b->len = 0;
    b->cap = (uint32_t)cap;
    b->data = NULL;
    if (cap) {
        b->data = krt_alloc(cap);
        if (!b->data) {
            krt_free(b, sizeof(KrtByteArray));
            return NULL;
        }
    }
    return b;
}

void krt_bytearray_drop(KrtObject *o) {
    KrtByteArray *b = (KrtByteArray *)o;
    krt_free(b->data, b->cap);
}

KrtByteArray *krt_bytearray_new(const void *data, size_t len) {
    KrtByteArray *b = bytearray_alloc(len);
    if (b && len) {
        memcpy(b->data, data, len);
        b->len = (uint32_t)len;
    }
    return b;
}

KrtByteArray *krt_bytearray_zeros(krt_int n) {
    if (n < 0) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "negative count");
        return NULL;
    }
    if ((krt_uint)n > KRT_BYTES_MAX_LEN) {
        krt_raise_memory_error();
        return NULL;
    }
    KrtByteArray *b = bytearray_alloc((size_t)n);
    if (b && n) {
        memset(b->data, 0, (size_t)n);
        b->len = (uint32_t)n;
    }
    return b;
}

KrtByteArray *krt_bytearray_from_list(KrtList *l) {
    if (!list_is_bytes(l, "byte")) return NULL;
    KrtByteArray *b = bytearray_alloc(l->len);
    if (b && l->len) {
        list_to_bytes(b->data, l);
        b->len = l->len;
    }
    return b;
}

/* Room for need bytes; MemoryError leaves b unchanged. */
static bool bytearray_reserve(KrtByteArray *b, uint64_t need) {
    if (need <= b->cap) return true;
    if (need > KRT_BYTES_MAX_LEN) {
        krt_raise_memory_error();
        return false;
    }
    uint64_t cap = (uint64_t)b->cap + b->cap / 2;
    if (cap < need) cap = need;
    if (cap < KRT_BYTEARRAY_MIN_GROW) cap = KRT_BYTEARRAY_MIN_GROW;
    if (cap > KRT_BYTES_MAX_LEN) cap = KRT_BYTES_MAX_LEN;
    unsigned char *data = krt_realloc(b->data, b->cap, (size_t)cap);
    if (!data) return false;
    b->data = data;
    b->cap = (uint32_t)cap;
    return true;
}

krt_int krt_bytearray_getitem(const KrtByteArray *b, krt_int index) {
    krt_int i = byte_index(b->len, index);
    if (i < 0) {
        krt_raise_msg(KRT_T_INDEX_ERROR, "bytearray index out of range");
        return -1;
    }
    return b->data[i];
}

bool krt_bytearray_setitem(KrtByteArray *b, krt_int index, krt_int v) {
    krt_int i = byte_index(b->len, index);
    if (i < 0) {
        krt_raise_msg(KRT_T_INDEX_ERROR, "bytearray index out of range");
        return false;
    }
    if (v < 0 || v > 255) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "byte must be in range(0, 256)");
        return false;
    }
    b->data[i] = (unsigned char)v;
    return true;
}

bool krt_bytearray_append(KrtByteArray *b, krt_int v) {
    if (v < 0 || v > 255) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "byte must be in range(0, 256)");
        return false;
    }
    if (!bytearray_reserve(b, (uint64_t)b->len + 1)) return false;
    b->data[b->len++] = (unsigned char)v;
    return true;
}

bool krt_bytearray_extend(KrtByteArray *b, const void *data, size_t len) {
    if (!len) return true;
    bool self = data == b->data; /* b.extend(b): the buffer may move */
    if (!bytearray_reserve(b, (uint64_t)b->len + len)) return false;
    memmove(b->data + b->len, self ? b->data : data, len);
    b->len += (uint32_t)len;
    return true;
}

/* b[start:stop:step] with absent bounds flagged in `present` (bit 0 start,
 * bit 1 stop, bit 2 step); the number of bytes picked, -1 after ValueError. */
static krt_int bytearray_slice_of(const KrtByteArray *b, krt_int start, krt_int stop, krt_int step, krt_int present,
                                  KrtSlice *sl) {
    sl->start = start;
    sl->stop = stop;
    sl->step = step;
    sl->has_start = (present & 1) != 0;
    sl->has_stop = (present & 2) != 0;
    sl->has_step = (present & 4) != 0;
    return krt_slice_adjust(sl, (krt_int)b->len);
}

bool krt_bytearray_setslice_v(KrtByteArray *b, krt_int start, krt_int stop, krt_int step, krt_int present,
                              const void *value) {
    KrtSlice sl;
    krt_int n = bytearray_slice_of(b, start, stop, step, present, &sl);
    if (n < 0) return false;
    const KrtObject *vo = value;
    const unsigned char *src = vo->type == KRT_T_BYTEARRAY ? ((const KrtByteArray *)value)->data
                                                           : ((const KrtBytes *)value)->data;
    uint32_t m = vo->type == KRT_T_BYTEARRAY ? ((const KrtByteArray *)value)->len : ((const KrtBytes *)value)->len;
    unsigned char small[32];
    unsigned char *copy = NULL;
    if (value == b && m) { /* b[i:j] = b reads the old bytes */
        copy = m <= sizeof small ? small : krt_alloc(m);
        if (!copy) return false;
        memcpy(copy, src, m);
        src = copy;
    }
    bool ok = true;
    if (sl.step == 1) {
        uint32_t lo = (uint32_t)sl.start, hi = (uint32_t)(sl.stop < sl.start ? sl.start : sl.stop);
        uint64_t len = (uint64_t)b->len - (hi - lo) + m;
        if (len > b->len && !bytearray_reserve(b, len)) {
            ok = false;
        } else {
            if (b->len > hi) memmove(b->data + lo + m, b->data + hi, b->len - hi);
            if (m) memcpy(b->data + lo, src, m);
            b->len = (uint32_t)len;
        }
    } else if ((krt_int)m != n) {
        krt_raise_fmt(KRT_T_VALUE_ERROR, "attempt to assign bytes of size %lld to extended slice of size %lld",
                      (long long)m, (long long)n);
        ok = false;
    } else {
        for (krt_int k = 0; k < n; k++) b->data[sl.start + k * sl.step] = src[k];
    }
    if (copy && copy != small) krt_free(copy, m);
    return ok;
}

bool krt_bytearray_delslice_v(KrtByteArray *b, krt_int start, krt_int stop, krt_int step, krt_int present) {
    KrtSlice sl;
    krt_int n = bytearray_slice_of(b, start, stop, step, present, &sl);
    if (n <= 0) return n == 0;
    krt_int lo = sl.step > 0 ? sl.start : sl.start + (n - 1) * sl.step, stride = sl.step > 0 ? sl.step : -sl.step;
    uint32_t kept = 0;
    for (krt_int i = 0; i < (krt_int)b->len; i++) {
        bool picked = i >= lo && (i - lo) % stride == 0 && (i - lo) / stride < n;
        if (!picked) b->data[kept++] = b->data[i];
    }
    b->len = kept;
    return true;
}

krt_int krt_bytearray_pop(KrtByteArray *b, krt_int index) {
    if (b->len == 0) {
        krt_raise_msg(KRT_T_INDEX_ERROR, "pop from empty bytearray");
        return -1;
    }
    krt_int i = byte_index(b->len, index);
    if (i < 0) {
        krt_raise_msg(KRT_T_INDEX_ERROR, "pop index out of range");
        return -1;
    }
    krt_int v = b->data[i];
    memmove(b->data + i, b->data + i + 1, b->len - (uint32_t)i - 1);
    b->len--;
    return v;
}

KrtByteArray *krt_bytearray_slice(KrtByteArray *b, KrtSlice *s) {
    krt_int n = krt_slice_adjust(s, (krt_int)b->len);
    if (n < 0) return NULL;
    KrtByteArray *r = bytearray_alloc((size_t)n);
    if (!r) return NULL;
    krt_int i = s->start;
    for (krt_int k = 0; k < n; k++, i += s->step) r->data[k] = b->data[i];
    r->len = (uint32_t)n;
    return r;
}

KrtBytes *krt_bytearray_to_bytes(const KrtByteArray *b) {
    return krt_bytes_new(b->data, b->len);
}

/* ---- bytes as elements ------------------------------------------------------------------------ */

static const KrtBytes *bytes_ref(const void *e) {
    const KrtBytes *b;
    memcpy(&b, e, sizeof b);
    return b;
}

static bool bytes_elem_eq(const void *a, const void *b) {
    return krt_bytes_eq(bytes_ref(a), bytes_ref(b));
}

static int bytes_elem_cmp(const void *a, const void *b) {
    return krt_bytes_cmp(bytes_ref(a), bytes_ref(b));
}

static krt_hash bytes_elem_hash(const void *e) {
    return krt_bytes_hash(bytes_ref(e));
}

static bool bytearray_elem_eq(const void *a, const void *b) {
    KrtByteArray *x, *y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    KrtBytes vx = krt_bytearray_view(x), vy = krt_bytearray_view(y);
    return krt_bytes_eq(&vx, &vy);
}

static int bytearray_elem_cmp(const void *a, const void *b) {
    KrtByteArray *x, *y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    KrtBytes vx = krt_bytearray_view(x), vy = krt_bytearray_view(y);
    return krt_bytes_cmp(&vx, &vy);
}

const KrtElemDesc krt_elem_bytes = {sizeof(KrtBytes *), KRT_ELEM_REF, NULL, NULL, bytes_elem_eq, bytes_elem_cmp,
                                    bytes_elem_hash};
const KrtElemDesc krt_elem_bytearray = {sizeof(KrtByteArray *), KRT_ELEM_REF, NULL, NULL, bytearray_elem_eq,
                                        bytearray_elem_cmp, NULL};
