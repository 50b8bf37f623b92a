/* str_methods.c — the str methods: search, split, strip, join, replace,
 * case mapping and the is* predicates.
 *
 * Each follows the CPython 3.11 function of the same name
 * (Objects/unicodeobject.c and Objects/stringlib/) step for step where the
 * edge cases live: how start/end clamp (ADJUST_INDICES), what an empty
 * needle matches, how maxsplit and runs of whitespace interact, the order
 * rsplit scans in.  What differs is the representation: text is UTF-8, so
 * the searches run on bytes (UTF-8 is self-synchronising: a byte match of
 * valid UTF-8 is a character match) and only the results are converted back
 * to code-point indices.  Substring search is memchr on the first byte plus
 * memcmp — O(n·m) at worst, no tables, nothing allocated; firmware strings
 * are short.
 *
 * Whitespace, letters, digits and case are Unicode's (ucd.c); ASCII takes a
 * fast path that never touches the tables.
 *
 * Results are new references, the argument itself when nothing changes
 * (strip of unstripped text, replace with no match), as CPython does.
 */
#include <string.h>

#include "krt_internal.h"

static bool cp_isspace(uint32_t cp) {
    if (cp < 0x80u) return cp == ' ' || (cp >= 0x09u && cp <= 0x0Du) || (cp >= 0x1Cu && cp <= 0x1Fu);
    return krt_ucd_isspace(cp);
}

/* Start of the character before byte position pos (> 0). */
static uint32_t utf8_prev(const unsigned char *p, uint32_t pos) {
    do pos--;
    while (pos > 0 && krt_utf8_is_cont(p[pos]));
    return pos;
}

/* Past the characters from byte i on that are (space) or are not (!space)
 * whitespace. */
static uint32_t skip_space(const unsigned char *p, uint32_t i, uint32_t len, bool space) {
    while (i < len) {
        uint32_t cp;
        uint32_t n = krt_utf8_decode(p + i, &cp);
        if (cp_isspace(cp) != space) break;
        i += n;
    }
    return i;
}

/* The same backwards: the start of the run of such characters ending at i. */
static uint32_t rskip_space(const unsigned char *p, uint32_t i, bool space) {
    while (i > 0) {
        uint32_t prev = utf8_prev(p, i), cp;
        krt_utf8_decode(p + prev, &cp);
        if (cp_isspace(cp) != space) break;
        i = prev;
    }
    return i;
}

/* ---- search ---------------------------------------------------------------- */

/* First byte match of needle (m > 0 bytes) in hay[from, to), or -1. */
static int64_t bytes_find(const char *hay, uint32_t from, uint32_t to, const char *needle, uint32_t m) {
    if (to < from || to - from < m) return -1;
    uint32_t last = to - m;
    for (uint32_t i = from; i <= last;) {
        const char *hit = memchr(hay + i, needle[0], last - i + 1);
        if (!hit) return -1;
        i = (uint32_t)(hit - hay);
        if (memcmp(hit, needle, m) == 0) return i;
        i++;
    }
    return -1;
}

/* Last byte match of needle (m > 0 bytes) in hay[from, to), or -1. */
static int64_t bytes_rfind(const char *hay, uint32_t from, uint32_t to, const char *needle, uint32_t m) {
    if (to < from || to - from < m) return -1;
    for (uint32_t i = to - m + 1; i-- > from;)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, m) == 0) return i;
    return -1;
}

/* CPython's ADJUST_INDICES: start/end as slice bounds of a length-len text. */
static void adjust_indices(krt_int *start, krt_int *end, krt_int len) {
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

/* A search window: characters [start, end) of s and their bytes. */
typedef struct Window {
    krt_int start, end;
    uint32_t from, to;
} Window;

/* False when the window cannot hold sub (CPython's "end - start < len2"). */
static bool window_open(const KrtStr *s, const KrtStr *sub, krt_int start, krt_int end, Window *w) {
    adjust_indices(&start, &end, (krt_int)s->nchars);
    if (end - start < (krt_int)sub->nchars) return false;
    w->start = start;
    w->end = end;
    w->from = krt_str_byte_offset(s, (uint32_t)start);
    w->to = krt_str_byte_offset(s, (uint32_t)end);
    return true;
}

/* Code-point index of byte position pos (>= w->from) of s. */
static krt_int window_index(const KrtStr *s, const Window *w, uint32_t pos) {
    if (krt_str_is_ascii(s)) return (krt_int)pos;
    return w->start + (krt_int)krt_utf8_count((const unsigned char *)s->data + w->from, pos - w->from);
}

krt_int krt_str_find(const KrtStr *s, const KrtStr *sub, krt_int start, krt_int end) {
    Window w;
    if (!window_open(s, sub, start, end, &w)) return -1;
    if (sub->len == 0) return w.start;
    int64_t pos = bytes_find(s->data, w.from, w.to, sub->data, sub->len);
    return pos < 0 ? -1 : window_index(s, &w, (uint32_t)pos);
}

krt_int krt_str_rfind(const KrtStr *s, const KrtStr *sub, krt_int start, krt_int end) {
    Window w;
    if (!window_open(s, sub, start, end, &w)) return -1;
    if (sub->len == 0) return w.end;
    int64_t pos = bytes_rfind(s->data, w.from, w.to, sub->data, sub->len);
    return pos < 0 ? -1 : window_index(s, &w, (uint32_t)pos);
}

krt_int krt_str_index(const KrtStr *s, const KrtStr *sub, krt_int start, krt_int end) {
    krt_int i = krt_str_find(s, sub, start, end);
    if (i < 0) krt_raise_msg(KRT_T_VALUE_ERROR, "substring not found");
    return i;
}

krt_int krt_str_rindex(const KrtStr *s, const KrtStr *sub, krt_int start, krt_int end) {
    krt_int i = krt_str_rfind(s, sub, start, end);
    if (i < 0) krt_raise_msg(KRT_T_VALUE_ERROR, "substring not found");
    return i;
}

krt_int krt_str_count(const KrtStr *s, const KrtStr *sub, krt_int start, krt_int end) {
    Window w;
    if (!window_open(s, sub, start, end, &w)) return 0;
    if (sub->len == 0) return w.end - w.start + 1;
    krt_int n = 0;
    for (uint32_t pos = w.from;;) {
        int64_t hit = bytes_find(s->data, pos, w.to, sub->data, sub->len);
        if (hit < 0) return n;
        n++;
        pos = (uint32_t)hit + sub->len;
    }
}

bool krt_str_startswith(const KrtStr *s, const KrtStr *prefix) {
    return prefix->len <= s->len && memcmp(s->data, prefix->data, prefix->len) == 0;
}

bool krt_str_endswith(const KrtStr *s, const KrtStr *suffix) {
    return suffix->len <= s->len && memcmp(s->data + s->len - suffix->len, suffix->data, suffix->len) == 0;
}

/* ---- replace, join ------------------------------------------------------- */

KrtStr *krt_str_replace(KrtStr *s, const KrtStr *old, const KrtStr *repl, krt_int count) {
    krt_uint max = count < 0 ? (krt_uint)KRT_INT_MAX : (krt_uint)count;
    /* how many replacements */
    krt_uint n = 0;
    if (old->len == 0) {
        n = (krt_uint)s->nchars + 1;
        if (n > max) n = max;
    } else {
        for (uint32_t pos = 0; n < max;) {
            int64_t hit = bytes_find(s->data, pos, s->len, old->data, old->len);
            if (hit < 0) break;
            n++;
            pos = (uint32_t)hit + old->len;
        }
    }
    if (n == 0) {
        krt_incref(&s->h);
        return s;
    }
    /* n <= len + 1, and |repl| and |old| fit uint32: the size fits in 64 bits */
    uint64_t bytes = (uint64_t)s->len + n * (uint64_t)repl->len - n * (uint64_t)old->len;
    uint64_t chars = (uint64_t)s->nchars + n * (uint64_t)repl->nchars - n * (uint64_t)old->nchars;
    if (bytes >= UINT32_MAX) {
        krt_raise_msg(KRT_T_OVERFLOW_ERROR, "replace string is too long");
        return NULL;
    }
    KrtStr *r = krt_str_alloc((size_t)bytes, (uint32_t)chars);
    if (!r) return NULL;
    char *out = krt_str_buf(r);
    const unsigned char *p = (const unsigned char *)s->data;
    uint32_t pos = 0;
    for (krt_uint k = 0; k < n; k++) {
        uint32_t at;
        if (old->len == 0) {
            /* before character k: pos is already there */
            at = pos;
        } else {
            at = (uint32_t)bytes_find(s->data, pos, s->len, old->data, old->len);
        }
        memcpy(out, s->data + pos, at - pos);
        out += at - pos;
        memcpy(out, repl->data, repl->len);
        out += repl->len;
        pos = at + old->len;
        if (old->len == 0 && pos < s->len) { /* copy the character after the insertion */
            uint32_t c;
            uint32_t w = krt_utf8_decode(p + pos, &c);
            memcpy(out, p + pos, w);
            out += w;
            pos += w;
        }
    }
    memcpy(out, s->data + pos, s->len - pos);
    return r;
}

KrtStr *krt_str_join(KrtStr *sep, KrtList *items) {
    uint32_t n = items->len;
    KrtStr **v = (KrtStr **)(void *)items->items;
    if (n == 0) return krt_str_empty();
    if (n == 1) {
        krt_incref(&v[0]->h);
        return v[0];
    }
    uint64_t bytes = (uint64_t)sep->len * (n - 1);
    uint64_t chars = (uint64_t)sep->nchars * (n - 1);
    for (uint32_t i = 0; i < n; i++) {
        bytes += v[i]->len;
        chars += v[i]->nchars;
    }
    if (bytes >= UINT32_MAX) {
        krt_raise_msg(KRT_T_OVERFLOW_ERROR, "join() result is too long");
        return NULL;
    }
    KrtStr *r = krt_str_alloc((size_t)bytes, (uint32_t)chars);
    if (!r) return NULL;
    char *out = krt_str_buf(r);
    for (uint32_t i = 0; i < n; i++) {
        if (i) {
            memcpy(out, sep->data, sep->len);
            out += sep->len;
        }
        memcpy(out, v[i]->data, v[i]->len);
        out += v[i]->len;
    }
    return r;
}

/* ---- split ----------------------------------------------------------------- */

/* Appends s[from, to) to l; false (with l intact) on failure. */
static bool split_add(KrtList *l, KrtStr *s, uint32_t from, uint32_t to) {
    KrtStr *piece = krt_str_sub(s, from, to);
    if (!piece) return false;
    bool ok = krt_list_append(l, &piece);
    krt_decref(&piece->h);
    return ok;
}

static KrtList *split_fail(KrtList *l) {
    krt_decref(&l->h);
    return NULL;
}

static bool split_check_sep(const KrtStr *sep) {
    if (sep && sep->len == 0) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "empty separator");
        return false;
    }
    return true;
}

KrtList *krt_str_split(KrtStr *s, const KrtStr *sep, krt_int maxsplit) {
    if (!split_check_sep(sep)) return NULL;
    KrtList *l = krt_list_new(&krt_elem_str, 0);
    if (!l) return NULL;
    krt_uint left = maxsplit < 0 ? (krt_uint)KRT_INT_MAX : (krt_uint)maxsplit;
    const unsigned char *p = (const unsigned char *)s->data;
    uint32_t len = s->len, i = 0;
    if (!sep) {
        for (; left > 0; left--) {
            i = skip_space(p, i, len, true);
            if (i == len) break;
            uint32_t j = i;
            i = skip_space(p, i, len, false);
            if (!split_add(l, s, j, i)) return split_fail(l);
        }
        if (i < len) { /* maxsplit reached: the rest, leading whitespace skipped */
            i = skip_space(p, i, len, true);
            if (i != len && !split_add(l, s, i, len)) return split_fail(l);
        }
        return l;
    }
    for (; left > 0; left--) {
        int64_t hit = bytes_find(s->data, i, len, sep->data, sep->len);
        if (hit < 0) break;
        if (!split_add(l, s, i, (uint32_t)hit)) return split_fail(l);
        i = (uint32_t)hit + sep->len;
    }
    if (!split_add(l, s, i, len)) return split_fail(l);
    return l;
}

KrtList *krt_str_rsplit(KrtStr *s, const KrtStr *sep, krt_int maxsplit) {
    if (!split_check_sep(sep)) return NULL;
    KrtList *l = krt_list_new(&krt_elem_str, 0);
    if (!l) return NULL;
    krt_uint left = maxsplit < 0 ? (krt_uint)KRT_INT_MAX : (krt_uint)maxsplit;
    const unsigned char *p = (const unsigned char *)s->data;
    /* pieces are appended last first, then the list is reversed */
    if (!sep) {
        uint32_t i = s->len; /* scanning the characters before i */
        for (; left > 0; left--) {
            i = rskip_space(p, i, true);
            if (i == 0) break;
            uint32_t j = i;
            i = rskip_space(p, i, false);
            if (!split_add(l, s, i, j)) return split_fail(l);
        }
        if (i > 0) {
            i = rskip_space(p, i, true);
            if (i > 0 && !split_add(l, s, 0, i)) return split_fail(l);
        }
    } else {
        uint32_t j = s->len;
        for (; left > 0; left--) {
            int64_t hit = bytes_rfind(s->data, 0, j, sep->data, sep->len);
            if (hit < 0) break;
            if (!split_add(l, s, (uint32_t)hit + sep->len, j)) return split_fail(l);
            j = (uint32_t)hit;
        }
        if (!split_add(l, s, 0, j)) return split_fail(l);
    }
    krt_list_reverse(l);
    return l;
}

/* ---- strip ----------------------------------------------------------------- */

/* Is cp one of the characters to strip (whitespace when chars is NULL)? */
static bool strip_member(const KrtStr *chars, uint32_t cp) {
    if (!chars) return cp_isspace(cp);
    const unsigned char *q = (const unsigned char *)chars->data;
    if (cp < 0x80u) return memchr(q, (int)cp, chars->len) != NULL;
    for (uint32_t i = 0; i < chars->len;) {
        uint32_t c;
        i += krt_utf8_decode(q + i, &c);
        if (c == cp) return true;
    }
    return false;
}

#define STRIP_LEFT 1
#define STRIP_RIGHT 2

static KrtStr *str_strip(KrtStr *s, const KrtStr *chars, int sides) {
    const unsigned char *p = (const unsigned char *)s->data;
    uint32_t from = 0, to = s->len;
    uint32_t cp;
    if (sides & STRIP_LEFT) {
        while (from < to) {
            uint32_t n = krt_utf8_decode(p + from, &cp);
            if (!strip_member(chars, cp)) break;
            from += n;
        }
    }
    if (sides & STRIP_RIGHT) {
        while (to > from) {
            uint32_t prev = utf8_prev(p, to);
            krt_utf8_decode(p + prev, &cp);
            if (!strip_member(chars, cp)) break;
            to = prev;
        }
    }
    return krt_str_sub(s, from, to);
}

KrtStr *krt_str_strip(KrtStr *s, const KrtStr *chars) {
    return str_strip(s, chars, STRIP_LEFT | STRIP_RIGHT);
}

KrtStr *krt_str_lstrip(KrtStr *s, const KrtStr *chars) {
    return str_strip(s, chars, STRIP_LEFT);
}

KrtStr *krt_str_rstrip(KrtStr *s, const KrtStr *chars) {
    return str_strip(s, chars, STRIP_RIGHT);
}

/* ---- case mapping ------------------------------------------------------------ */

#define GREEK_CAPITAL_SIGMA 0x3A3u
#define GREEK_SMALL_SIGMA 0x3C3u
#define GREEK_SMALL_FINAL_SIGMA 0x3C2u

/* CPython's handle_capital_sigma: the Σ at byte `at` (2 bytes) lowers to ς
 * when a cased letter precedes it and none follows, skipping
 * case-ignorable characters both ways. */
static bool final_sigma(const unsigned char *p, uint32_t len, uint32_t at) {
    uint32_t cp;
    bool cased_before = false;
    for (uint32_t j = at; j > 0;) {
        j = utf8_prev(p, j);
        krt_utf8_decode(p + j, &cp);
        if (!krt_ucd_iscase_ignorable(cp)) {
            cased_before = krt_ucd_iscased(cp);
            break;
        }
    }
    if (!cased_before) return false;
    for (uint32_t j = at + 2; j < len;) {
        j += krt_utf8_decode(p + j, &cp);
        if (!krt_ucd_iscase_ignorable(cp)) return !krt_ucd_iscased(cp);
    }
    return true;
}

/* Maps cp at byte `at` of p; writes up to KRT_UCD_MAX_EXPANSION code points. */
static uint32_t case_map(const unsigned char *p, uint32_t len, uint32_t at, uint32_t cp, bool upper,
                         uint32_t out[KRT_UCD_MAX_EXPANSION]) {
    if (cp < 0x80u) {
        if (upper && cp >= 'a' && cp <= 'z') cp -= 32;
        if (!upper && cp >= 'A' && cp <= 'Z') cp += 32;
        out[0] = cp;
        return 1;
    }
    if (upper) return krt_ucd_upper(cp, out);
    if (cp == GREEK_CAPITAL_SIGMA) {
        out[0] = final_sigma(p, len, at) ? GREEK_SMALL_FINAL_SIGMA : GREEK_SMALL_SIGMA;
        return 1;
    }
    return krt_ucd_lower(cp, out);
}

static KrtStr *str_case(KrtStr *s, bool upper) {
    const unsigned char *p = (const unsigned char *)s->data;
    uint32_t len = s->len;
    if (krt_str_is_ascii(s)) {
        uint32_t i = 0;
        unsigned char lo = upper ? 'a' : 'A';
        while (i < len && !(p[i] >= lo && p[i] <= lo + 25)) i++;
        if (i == len) { /* nothing to change */
            krt_incref(&s->h);
            return s;
        }
        KrtStr *r = krt_str_alloc(len, len);
        if (!r) return NULL;
        char *out = krt_str_buf(r);
        for (i = 0; i < len; i++) out[i] = (char)(p[i] >= lo && p[i] <= lo + 25 ? p[i] ^ 0x20u : p[i]);
        return r;
    }
    uint32_t mapped[KRT_UCD_MAX_EXPANSION];
    size_t bytes = 0;
    uint32_t chars = 0;
    for (uint32_t i = 0; i < len;) {
        uint32_t cp;
        uint32_t n = krt_utf8_decode(p + i, &cp);
        uint32_t k = case_map(p, len, i, cp, upper, mapped);
        for (uint32_t m = 0; m < k; m++) bytes += krt_utf8_len(mapped[m]);
        chars += k;
        i += n;
    }
    KrtStr *r = krt_str_alloc(bytes, chars);
    if (!r) return NULL;
    unsigned char *out = (unsigned char *)krt_str_buf(r);
    for (uint32_t i = 0; i < len;) {
        uint32_t cp;
        uint32_t n = krt_utf8_decode(p + i, &cp);
        uint32_t k = case_map(p, len, i, cp, upper, mapped);
        for (uint32_t m = 0; m < k; m++) out += krt_utf8_encode(out, mapped[m]);
        i += n;
    }
    return r;
}

KrtStr *krt_str_upper(KrtStr *s) {
    return str_case(s, true);
}

KrtStr *krt_str_lower(KrtStr *s) {
    return str_case(s, false);
}

/* ---- predicates -------------------------------------------------------------- */

static bool cp_isalpha(uint32_t cp) {
    if (cp < 0x80u) return (cp | 0x20u) >= 'a' && (cp | 0x20u) <= 'z';
    return krt_ucd_isalpha(cp);
}

static bool cp_isdigit(uint32_t cp) {
    if (cp < 0x80u) return cp >= '0' && cp <= '9';
    return krt_ucd_isdigit(cp);
}

/* isalnum is isalpha || isdecimal || isdigit || isnumeric, and numeric
 * includes the other two. */
static bool cp_isalnum(uint32_t cp) {
    if (cp < 0x80u) return cp_isalpha(cp) || (cp >= '0' && cp <= '9');
    return krt_ucd_isalpha(cp) || krt_ucd_isnumeric(cp);
}

/* True when s is not empty and pred holds for every character. */
static bool str_all(const KrtStr *s, bool (*pred)(uint32_t)) {
    if (s->len == 0) return false;
    const unsigned char *p = (const unsigned char *)s->data;
    for (uint32_t i = 0; i < s->len;) {
        uint32_t cp;
        i += krt_utf8_decode(p + i, &cp);
        if (!pred(cp)) return false;
    }
    return true;
}

bool krt_str_isdigit(const KrtStr *s) {
    return str_all(s, cp_isdigit);
}

bool krt_str_isalpha(const KrtStr *s) {
    return str_all(s, cp_isalpha);
}

bool krt_str_isalnum(const KrtStr *s) {
    return str_all(s, cp_isalnum);
}

bool krt_str_isspace(const KrtStr *s) {
    return str_all(s, cp_isspace);
}

static bool cp_isupper(uint32_t cp) {
    return cp < 0x80u ? cp >= 'A' && cp <= 'Z' : krt_ucd_isupper(cp);
}

static bool cp_islower(uint32_t cp) {
    return cp < 0x80u ? cp >= 'a' && cp <= 'z' : krt_ucd_islower(cp);
}

static bool cp_istitle(uint32_t cp) {
    return cp >= 0x80u && krt_ucd_istitle(cp);
}

/* str.isupper / str.islower: no character of the other case (or titlecase),
 * at least one of this case. */
static bool str_is_case(const KrtStr *s, bool (*same)(uint32_t), bool (*other)(uint32_t)) {
    const unsigned char *p = (const unsigned char *)s->data;
    uint32_t cp;
    if (s->nchars == 1) {
        krt_utf8_decode(p, &cp);
        return same(cp);
    }
    bool cased = false;
    for (uint32_t i = 0; i < s->len;) {
        i += krt_utf8_decode(p + i, &cp);
        if (other(cp) || cp_istitle(cp)) return false;
        if (!cased && same(cp)) cased = true;
    }
    return cased;
}

bool krt_str_isupper(const KrtStr *s) {
    return str_is_case(s, cp_isupper, cp_islower);
}

bool krt_str_islower(const KrtStr *s) {
    return str_is_case(s, cp_islower, cp_isupper);
}

/* list(s): one 1-char str per code point. */
KrtList *krt_str_to_list(KrtStr *s) {
    KrtList *l = krt_list_new(&krt_elem_str, s->nchars);
    uint32_t pos = 0;
    while (l) {
        KrtStr *ch = krt_str_next_char(s, &pos);
        if (!ch) {
            if (krt_failed()) {
                krt_decref(&l->h);
                l = NULL;
            }
            break;
        }
        bool ok = krt_list_append(l, &ch);
        krt_decref(&ch->h);
        if (!ok) {
            krt_decref(&l->h);
            l = NULL;
        }
    }
    return l;
}

/* s.startswith(prefix, start, end) / s.endswith(suffix, start, end): does
 * the window [start, end) (slice semantics) begin / end with sub?  A window
 * too small for sub, or starting past the end, gives False (CPython's
 * tailmatch), even for an empty sub. */
static bool str_tailmatch(const KrtStr *s, const KrtStr *sub, krt_int start, krt_int end, bool at_end) {
    Window w;
    if (!window_open(s, sub, start, end, &w)) return false;
    if (sub->len == 0) return true;
    uint32_t at = at_end ? w.to - sub->len : w.from;
    if (at < w.from || at + sub->len > w.to) return false;
    return memcmp(s->data + at, sub->data, sub->len) == 0;
}

bool krt_str_startswith_in(const KrtStr *s, const KrtStr *prefix, krt_int start, krt_int end) {
    return str_tailmatch(s, prefix, start, end, false);
}

bool krt_str_endswith_in(const KrtStr *s, const KrtStr *suffix, krt_int start, krt_int end) {
    return str_tailmatch(s, suffix, start, end, true);
}
