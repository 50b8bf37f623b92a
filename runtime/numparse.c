/* numparse.c — int(text, base) and float(text), with CPython 3.11's syntax.
 *
 * Input is a str's UTF-8 bytes; output a machine number or a status kind
 * (KrtParseStatus) from which the caller raises CPython's ValueError text.
 *
 * How CPython reads numbers, and so how this file does:
 *  - First every non-ASCII character becomes ASCII: Unicode whitespace a
 *    space, a Unicode decimal digit (Nd, e.g. '٣') its ASCII digit, anything
 *    else '?' (never valid).  ASCII is kept as is, so '\x1c' is not space
 *    here although str.isspace says so.  This is done on the fly by
 *    next_char(), so nothing is copied and no buffer is needed.
 *  - int(): whitespace, sign, a 0x/0o/0b prefix (for base 0 or the matching
 *    base) optionally followed by one '_', digits with single underscores
 *    between them, whitespace.  Base 0 rejects a nonzero number with a
 *    leading 0.  More than 4300 digits in a base that is not a power of two
 *    is its own error, checked before trailing garbage.  The value must fit
 *    krt_int (KRT_INT_BITS); a syntactically valid literal that does not is
 *    KRT_PARSE_OVERFLOW, distinct from a syntax error.
 *  - float(): underscores only between two digits anywhere in the text,
 *    whitespace stripped, then [sign] digits [. digits] [e [sign] digits]
 *    with at least one digit, or inf / infinity / nan in any case.  The
 *    digits go to krt_decimal_to_double (dtoa.c), which rounds correctly
 *    however many there are; huge exponents saturate to inf or 0.
 *
 * Not here: the error messages (they quote repr(text), which is the str
 * module's), bytes input (callers reject bytes >= 0x80 first, which CPython
 * treats as invalid), the int() of a float.
 */
#include "format.h"

#include <string.h>

/* Exponents beyond this are infinite either way (CPython's MAX_ABS_EXP). */
#define MAX_ABS_EXP 1100000000

/* The character at *pos after CPython's decimal-and-space transform; -1 at
 * the end. */
static int next_char(const unsigned char *s, size_t len, size_t *pos)
{
    size_t i = *pos;
    uint32_t cp, n;
    int d;
    if (i >= len) return -1;
    if (s[i] < 0x80) {
        *pos = i + 1;
        return s[i];
    }
    n = s[i] >= 0xF0 ? 4 : s[i] >= 0xE0 ? 3 : 2;
    if (s[i] < 0xC0 || n > len - i) { /* not UTF-8: never valid */
        *pos = i + 1;
        return '?';
    }
    *pos = i + krt_utf8_decode(s + i, &cp);
    if (krt_ucd_isspace(cp)) return ' ';
    d = krt_ucd_decimal(cp);
    return d >= 0 ? '0' + d : '?';
}

static int is_space(int c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

/* Digit value in bases up to 36; 99 for anything else. */
static int digit_value(int c)
{
    if (is_digit(c)) return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

KrtParseStatus krt_parse_int(const char *text, size_t len, int base, int64_t *out)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t pos = 0, peek, ndigits = 0;
    uint64_t acc = 0;
    int c, c2, neg = 0, nonzero_is_error = 0, overflow = 0, prev = 0, dv;

    if ((base != 0 && base < 2) || base > 36) return KRT_PARSE_BAD_BASE;
    do c = next_char(s, len, &pos);
    while (is_space(c));
    if (c == '+' || c == '-') {
        neg = c == '-';
        c = next_char(s, len, &pos);
    }
    peek = pos;
    c2 = lower(next_char(s, len, &peek));
    if (base == 0) {
        if (c != '0')
            base = 10;
        else if (c2 == 'x')
            base = 16;
        else if (c2 == 'o')
            base = 8;
        else if (c2 == 'b')
            base = 2;
        else { /* "010" was octal once; only zero is allowed now */
            base = 10;
            nonzero_is_error = 1;
        }
    }
    if (c == '0' && ((base == 16 && c2 == 'x') || (base == 8 && c2 == 'o') || (base == 2 && c2 == 'b'))) {
        pos = peek;
        c = next_char(s, len, &pos);
        if (c == '_') c = next_char(s, len, &pos); /* one underscore allowed */
    }
    if (c == '_') return KRT_PARSE_SYNTAX;
    for (;; c = next_char(s, len, &pos)) {
        if (c == '_') {
            if (prev == '_') return KRT_PARSE_SYNTAX;
        } else if ((dv = digit_value(c)) < base) {
            ndigits++;
            if (acc > (UINT64_MAX - (uint64_t)dv) / (uint64_t)base)
                overflow = 1;
            else
                acc = acc * (uint64_t)base + (uint64_t)dv;
        } else {
            break;
        }
        prev = c;
    }
    if (prev == '_') return KRT_PARSE_SYNTAX;
    if (ndigits > KRT_INT_MAX_STR_DIGITS && (base & (base - 1)) != 0) {
        *out = (int64_t)(ndigits > (size_t)INT64_MAX ? (size_t)INT64_MAX : ndigits);
        return KRT_PARSE_DIGIT_LIMIT;
    }
    if (ndigits == 0 || (nonzero_is_error && (acc || overflow))) return KRT_PARSE_SYNTAX;
    while (is_space(c)) c = next_char(s, len, &pos);
    if (c != -1) return KRT_PARSE_SYNTAX;
    if (overflow || acc > (neg ? (uint64_t)KRT_INT_MAX + 1 : (uint64_t)KRT_INT_MAX))
        return KRT_PARSE_OVERFLOW;
    *out = neg ? (int64_t)(0 - acc) : (int64_t)acc;
    return KRT_PARSE_OK;
}

/* ---- float ------------------------------------------------------------------ */

/* The significant digits of the text, for krt_decimal_to_double. */
typedef struct SigDigits {
    const unsigned char *s;
    size_t len, pos;
    uint64_t left;
} SigDigits;

static int sig_next(void *ctx)
{
    SigDigits *sd = ctx;
    int c;
    if (sd->left == 0) return -1;
    do c = next_char(sd->s, sd->len, &sd->pos);
    while (!is_digit(c)); /* skips '_' and '.' */
    sd->left--;
    return c - '0';
}

/* Does text at *pos (up to end) spell word, case-insensitively? */
static int match_word(const unsigned char *s, size_t end, size_t *pos, const char *word)
{
    size_t p = *pos;
    for (; *word; word++)
        if (lower(next_char(s, end, &p)) != *word) return 0;
    *pos = p;
    return 1;
}

KrtParseStatus krt_parse_float(const char *text, size_t len, double *out)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t pos = 0, start = 0, end = 0, at, sig_pos = 0;
    uint64_t idx = 0, nint = 0, first = 0, last = 0, nsig;
    int64_t exp = 0;
    uint64_t m = 0;
    int c, prev = 0, neg = 0, seen = 0, point = 0, nm = 0;
    KrtDecimal dec;
    SigDigits sd;
    double v;

    /* Underscores only between digits, anywhere; find the stripped span. */
    for (;;) {
        at = pos;
        c = next_char(s, len, &pos);
        if (c < 0) break;
        if (c == '_' ? !is_digit(prev) : prev == '_' && !is_digit(c)) return KRT_PARSE_SYNTAX;
        if (!is_space(c)) {
            if (!seen) start = at;
            seen = 1;
            end = pos;
        }
        prev = c;
    }
    if (prev == '_' || !seen) return KRT_PARSE_SYNTAX;

    pos = start;
    c = next_char(s, end, &pos);
    if (c == '+' || c == '-') {
        neg = c == '-';
        at = pos;
        c = next_char(s, end, &pos);
    } else {
        at = start;
    }
    if (!is_digit(c) && c != '.') { /* inf, infinity, nan */
        uint64_t bits;
        pos = at;
        if (match_word(s, end, &pos, "inf")) {
            match_word(s, end, &pos, "inity");
            bits = UINT64_C(0x7FF0000000000000);
        } else if (match_word(s, end, &pos, "nan")) {
            bits = UINT64_C(0x7FF8000000000000);
        } else {
            return KRT_PARSE_SYNTAX;
        }
        if (pos != end) return KRT_PARSE_SYNTAX;
        bits |= (uint64_t)neg << 63;
        memcpy(out, &bits, sizeof *out);
        return KRT_PARSE_OK;
    }
    /* Mantissa: digits, '.', digits.  idx counts every digit; first/last
     * are the indexes of the first and last nonzero ones. */
    for (;; at = pos, c = next_char(s, end, &pos)) {
        if (c == '_') continue;
        if (c == '.' && !point) {
            point = 1;
            nint = idx;
            continue;
        }
        if (!is_digit(c)) break;
        if (c != '0') {
            if (!m) {
                first = idx;
                sig_pos = at;
            }
            last = idx;
        }
        if ((m || c != '0') && idx - first < 19) {
            m = m * 10 + (uint64_t)(c - '0');
            nm = (int)(idx - first + 1);
        }
        idx++;
    }
    if (idx == 0) return KRT_PARSE_SYNTAX; /* no digit at all: ".", "-e5" */
    if (!point) nint = idx;
    if (c == 'e' || c == 'E') {
        int eneg = 0, edigits = 0;
        int64_t e = 0;
        c = next_char(s, end, &pos);
        if (c == '+' || c == '-') {
            eneg = c == '-';
            c = next_char(s, end, &pos);
        }
        for (; c == '_' || is_digit(c); c = next_char(s, end, &pos)) {
            if (c == '_') continue;
            edigits++;
            e = e * 10 + (c - '0');
            if (e > MAX_ABS_EXP) e = MAX_ABS_EXP;
        }
        if (!edigits) return KRT_PARSE_SYNTAX;
        exp = eneg ? -e : e;
    }
    if (c != -1) return KRT_PARSE_SYNTAX;
    if (!m) { /* all zeros */
        uint64_t bits = (uint64_t)neg << 63;
        memcpy(out, &bits, sizeof *out);
        return KRT_PARSE_OK;
    }
    nsig = last - first + 1;
    dec.m = m;
    dec.nd = nm;
    dec.e10 = (int64_t)nint - (int64_t)first + exp - nm;
    dec.truncated = nsig > 19;
    sd.s = s;
    sd.len = end;
    sd.pos = sig_pos;
    sd.left = nsig;
    dec.next_digit = sig_next;
    dec.ctx = &sd;
    v = krt_decimal_to_double(&dec);
    *out = neg ? -v : v;
    return KRT_PARSE_OK;
}
