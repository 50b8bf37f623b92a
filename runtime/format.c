/* format.c — format() for int, float and str, and repr of numbers.
 *
 * Input: a value and a spec parsed by krt_format_spec_parse (the
 * [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 * mini-language); output: UTF-8 text in a caller buffer, snprintf-style (see
 * format.h: the full length is returned, the text is written only when it
 * fits).  Errors are kinds; krt_format_error_text gives CPython's message.
 *
 * Key ideas, all following CPython 3.11's Python/formatter_unicode.c and
 * Python/pystrtod.c so that the output matches byte for byte:
 *  - A number is laid out as CPython's calc_number_widths does:
 *        lpad sign prefix spad digits [. remainder] rpad
 *    where only one padding is nonzero, digits are the integer part (with
 *    grouping separators, and zero-padded to the width for the '0' flag),
 *    and the remainder is fraction, exponent and '%'.  Inf, nan and 'c'
 *    have no digits, only a remainder, so '0' pads them with '0' fill.
 *  - A float's text is CPython's format_float_short: dtoa's digits (dtoa.c)
 *    seen as a virtual string padded with zeros on both sides, sliced at
 *    [vstart, vend) with the point after position decpt.
 *  - Measure, then write: the layout gives the exact length before any
 *    digit is written, so a too-small buffer costs nothing, and digits
 *    stream from the digit engine straight into place (a '%.300f' needs no
 *    300-byte scratch).  Widths count code points; fill may be any one.
 *
 * Not here: locales ('n' is 'd' or 'g', as in the C locale CPython starts
 * in), other types' __format__ (bool's format(True, '') is "True": the
 * compiler's), the message of int()/float() errors.
 */
#include "format.h"

#include <string.h>

/* ---- output --------------------------------------------------------------------- */

typedef struct Out {
    char *buf;
    size_t cap, len;
} Out;

static void out_byte(Out *o, char c)
{
    if (o->len < o->cap) o->buf[o->len] = c;
    o->len++;
}

static void out_bytes(Out *o, const char *p, size_t n)
{
    while (n--) out_byte(o, *p++);
}

static void out_repeat(Out *o, const char *p, size_t n, size_t times)
{
    while (times--) out_bytes(o, p, n);
}

/* Fields longer than this are reported as SIZE_MAX (nobody can allocate
 * them); below it, every length sum fits size_t without checks: a field is
 * at most 4-byte fill times the width plus the number's own text, each part
 * <= HUGE. */
#define HUGE (SIZE_MAX / 8)

/* Is there room for total bytes?  (SIZE_MAX is "too long", whatever cap.) */
static int fits(size_t total, size_t cap)
{
    return total <= cap && total != SIZE_MAX;
}

/* UTF-8 of cp into b (4 bytes); returns the length. */
static size_t encode(char *b, uint32_t cp)
{
    return krt_utf8_encode((unsigned char *)b, cp);
}

/* Code point at s[pos] (pos < len), bounds-checked; *next after it. */
static uint32_t decode(const unsigned char *s, size_t len, size_t pos, size_t *next)
{
    uint32_t cp, n = s[pos] >= 0xF0 ? 4 : s[pos] >= 0xE0 ? 3 : s[pos] >= 0xC0 ? 2 : 1;
    if (n > len - pos) n = 1;
    if (n == 1) {
        *next = pos + 1;
        return s[pos];
    }
    *next = pos + krt_utf8_decode(s + pos, &cp);
    return cp;
}

/* ---- spec parsing ------------------------------------------------------------------ */

static int is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

/* get_integer: decimal digits (Unicode Nd too) at *pos.  Returns how many,
 * or -1 when the value passes Py_ssize_t's maximum (host CPython: int64). */
static int parse_count(const unsigned char *s, size_t len, size_t *pos, int64_t *value)
{
    int64_t acc = 0;
    int n = 0, d;
    size_t next;
    while (*pos < len) {
        uint32_t c = decode(s, len, *pos, &next);
        d = c >= '0' && c <= '9' ? (int)(c - '0') : c >= 0x80 ? krt_ucd_decimal(c) : -1;
        if (d < 0) break;
        if (acc > (INT64_MAX - d) / 10) return -1;
        acc = acc * 10 + d;
        *pos = next;
        n++;
    }
    *value = acc;
    return n;
}

static int in_set(uint32_t c, const char *set)
{
    return c && c < 0x80 && strchr(set, (int)c) != NULL;
}

static KrtFormatErrorKind fail(KrtFormatError *err, KrtFormatErrorKind kind, uint32_t code)
{
    err->kind = kind;
    err->code = code;
    return kind;
}

KrtFormatErrorKind krt_format_spec_parse(const char *spec, size_t len, KrtFormatKind kind,
                                         KrtFormatSpec *out, KrtFormatError *err)
{
    const unsigned char *s = (const unsigned char *)spec;
    size_t pos = 0, n1, n2;
    uint32_t c0, c1;
    int fill_given = 0, align_given = 0, nd;
    int64_t v;
    KrtFormatSpec f;

    err->kind = KRT_FMT_OK;
    err->object = kind;
    err->code = 0;
    err->sep = 0;
    f.fill = ' ';
    f.align = kind == KRT_FMT_STR ? '<' : '>';
    f.sign = 0;
    f.no_neg_0 = 0;
    f.alternate = 0;
    f.width = -1;
    f.grouping = 0;
    f.group = 3;
    f.precision = -1;
    f.type = kind == KRT_FMT_INT ? 'd' : kind == KRT_FMT_STR ? 's' : 0;

    if (len > 0) {
        c0 = decode(s, len, 0, &n1);
        if (n1 < len && is_align(c1 = decode(s, len, n1, &n2))) {
            f.fill = c0;
            f.align = (char)c1;
            fill_given = align_given = 1;
            pos = n2;
        } else if (is_align(c0)) {
            f.align = (char)c0;
            align_given = 1;
            pos = n1;
        }
    }
    if (pos < len && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f.sign = (char)s[pos++];
    if (pos < len && s[pos] == 'z') {
        f.no_neg_0 = 1;
        pos++;
    }
    if (pos < len && s[pos] == '#') {
        f.alternate = 1;
        pos++;
    }
    if (!fill_given && pos < len && s[pos] == '0') {
        f.fill = '0';
        if (!align_given && kind != KRT_FMT_STR) f.align = '=';
        pos++;
    }
    nd = parse_count(s, len, &pos, &v);
    if (nd < 0) return fail(err, KRT_FMT_ERR_TOO_MANY_DIGITS, 0);
    if (nd > 0) f.width = v;
    if (pos < len && s[pos] == ',') {
        f.grouping = ',';
        pos++;
    }
    if (pos < len && s[pos] == '_') {
        if (f.grouping) return fail(err, KRT_FMT_ERR_BOTH_SEPARATORS, 0);
        f.grouping = '_';
        pos++;
    }
    if (pos < len && s[pos] == ',' && f.grouping == '_')
        return fail(err, KRT_FMT_ERR_BOTH_SEPARATORS, 0);
    if (pos < len && s[pos] == '.') {
        pos++;
        nd = parse_count(s, len, &pos, &v);
        if (nd < 0) return fail(err, KRT_FMT_ERR_TOO_MANY_DIGITS, 0);
        if (nd == 0) return fail(err, KRT_FMT_ERR_NO_PRECISION, 0);
        f.precision = v;
    }
    if (pos < len) {
        c0 = decode(s, len, pos, &n1);
        if (n1 < len) return fail(err, KRT_FMT_ERR_INVALID, 0);
        f.type = c0;
    }
    if (f.grouping) {
        if (in_set(f.type, "bxXo") && f.grouping == '_')
            f.group = 4; /* every four digits in bin/oct/hex (PEP 515) */
        else if (f.type && !in_set(f.type, "defgEG%F")) {
            err->sep = f.grouping;
            return fail(err, KRT_FMT_ERR_SEPARATOR, f.type);
        }
    }

    /* What CPython checks once it knows the type (format_long_internal,
     * format_float_internal, format_string_internal), in its order. */
    if (kind == KRT_FMT_INT && in_set(f.type, "bcdoxXn")) {
        if (f.precision >= 0) return fail(err, KRT_FMT_ERR_INT_PRECISION, 0);
        if (f.no_neg_0) return fail(err, KRT_FMT_ERR_INT_NEG_ZERO, 0);
        if (f.type == 'c' && f.sign) return fail(err, KRT_FMT_ERR_CHAR_SIGN, 0);
        if (f.type == 'c' && f.alternate) return fail(err, KRT_FMT_ERR_CHAR_ALTERNATE, 0);
    } else if ((kind == KRT_FMT_INT && in_set(f.type, "eEfFgG%")) ||
               (kind == KRT_FMT_FLOAT && (f.type == 0 || in_set(f.type, "eEfFgGn%")))) {
        if (f.precision > INT32_MAX) return fail(err, KRT_FMT_ERR_PRECISION_TOO_BIG, 0);
    } else if (kind == KRT_FMT_STR && f.type == 's') {
        if (f.sign == ' ') return fail(err, KRT_FMT_ERR_STR_SPACE, 0);
        if (f.sign) return fail(err, KRT_FMT_ERR_STR_SIGN, 0);
        if (f.no_neg_0) return fail(err, KRT_FMT_ERR_STR_NEG_ZERO, 0);
        if (f.alternate) return fail(err, KRT_FMT_ERR_STR_ALTERNATE, 0);
        if (f.align == '=') return fail(err, KRT_FMT_ERR_STR_ALIGN, 0);
    } else {
        return fail(err, KRT_FMT_ERR_UNKNOWN_CODE, f.type);
    }
    *out = f;
    return KRT_FMT_OK;
}

/* ---- error messages --------------------------------------------------------------- */

static const char *const error_text[] = {
#define X(name, exc, text) text,
    KRT_FORMAT_ERRORS(X)
#undef X
};

#define IS_OVERFLOW_VALUE 0
#define IS_OVERFLOW_OVERFLOW 1
static const unsigned char error_overflow[] = {
#define X(name, exc, text) IS_OVERFLOW_##exc,
    KRT_FORMAT_ERRORS(X)
#undef X
};

int krt_format_error_is_overflow(KrtFormatErrorKind kind)
{
    return kind < KRT_FMT__COUNT && error_overflow[kind];
}

/* A presentation type as CPython prints it: the character when printable
 * ASCII, else \x and its hex value. */
static void out_code(Out *o, uint32_t c)
{
    char hex[8];
    int n = 0;
    if (c > 32 && c < 128) {
        out_byte(o, (char)c);
        return;
    }
    out_bytes(o, "\\x", 2);
    do hex[n++] = "0123456789abcdef"[c & 15];
    while (c >>= 4);
    while (n) out_byte(o, hex[--n]);
}

size_t krt_format_error_text(char *buf, size_t cap, const KrtFormatError *err, const char *spec,
                             size_t spec_len, const char *type_name)
{
    static const char *const kind_names[] = {"int", "float", "str"};
    const char *t = err->kind < KRT_FMT__COUNT ? error_text[err->kind] : "";
    Out o;
    size_t n;
    o.buf = buf;
    o.cap = cap;
    o.len = 0;
    if (!type_name) type_name = kind_names[err->object];
    for (; *t; t++) {
        if (*t != '{') {
            out_byte(&o, *t);
        } else if (!strncmp(t, "{spec}", 6)) {
            out_bytes(&o, spec, spec_len);
            t += 5;
        } else if (!strncmp(t, "{type}", 6)) {
            n = strlen(type_name);
            out_bytes(&o, type_name, n < 200 ? n : 200); /* %.200s */
            t += 5;
        } else if (!strncmp(t, "{code}", 6)) {
            out_code(&o, err->code);
            t += 5;
        } else if (!strncmp(t, "{sep}", 5)) {
            out_byte(&o, err->sep);
            t += 4;
        } else {
            out_byte(&o, *t);
        }
    }
    return o.len;
}

/* ---- number layout ------------------------------------------------------------------ */

/* CPython's NumberFieldWidths, counted in code points except where noted. */
typedef struct Field {
    size_t lpad, spad, rpad; /* only one is nonzero */
    char sign;               /* 0 when none */
    const char *prefix;      /* "0x" etc. */
    size_t nprefix;
    size_t nint;   /* integer-part digits of the number */
    size_t ndig;   /* the same after zero padding ('0' flag) */
    int group;     /* digits per separator group; 0 for none */
    char sep;
    int decimal;   /* a '.' follows the digits */
    size_t nrem;   /* remainder (fraction, exponent, %, inf, 'c') */
    size_t rem_bytes;
    char fill[4];
    size_t fill_len;
    size_t total;  /* bytes; SIZE_MAX when past HUGE */
} Field;

/* Digits once zero-padded so that they and their separators fill at least
 * width w: CPython's InsertThousandsGrouping in counting mode (the leftmost
 * group may be short, a separator never leads). */
static size_t padded_digits(size_t n, size_t w, int g)
{
    size_t p, g1 = (size_t)g + 1;
    if (!g) return n > w ? n : w;
    if (n + (n - 1) / (size_t)g >= w) return n;
    p = w / g1 * (size_t)g + w % g1 * (size_t)g / g1; /* floor(w*g/(g+1)) */
    p = p > 2 ? p - 2 : 1;
    if (p < n) p = n;
    while (p + (p - 1) / (size_t)g < w) p++;
    return p;
}

/* The layout of a number whose text has nint integer digits, maybe a
 * point, and nrem more code points (rem_bytes bytes); nint, nrem <= HUGE. */
static void layout(Field *f, const KrtFormatSpec *spec, int neg, size_t nint, int decimal,
                   size_t nrem, size_t rem_bytes)
{
    size_t nondigit, used, pad = 0, minw = 0, grouped = 0, width;
    f->total = SIZE_MAX;
    if (spec->width > (int64_t)HUGE) return;
    width = spec->width < 0 ? 0 : (size_t)spec->width;
    f->sign = neg ? '-' : spec->sign == '+' || spec->sign == ' ' ? spec->sign : 0;
    f->nint = nint;
    f->decimal = decimal;
    f->nrem = nrem;
    f->rem_bytes = rem_bytes;
    f->group = spec->grouping ? spec->group : 0;
    f->sep = spec->grouping;
    f->fill_len = encode(f->fill, spec->fill);
    nondigit = (f->sign != 0) + f->nprefix + (size_t)decimal + nrem;
    if (spec->fill == '0' && spec->align == '=' && width > nondigit) minw = width - nondigit;
    f->ndig = nint ? padded_digits(nint, minw, f->group) : 0;
    if (f->ndig) grouped = f->ndig + (f->group ? (f->ndig - 1) / (size_t)f->group : 0);
    used = nondigit + grouped;
    if (width > used) pad = width - used;
    f->lpad = f->spad = f->rpad = 0;
    switch (spec->align) {
    case '<': f->rpad = pad; break;
    case '^': f->lpad = pad / 2; f->rpad = pad - pad / 2; break;
    case '=': f->spad = pad; break;
    default: f->lpad = pad; break;
    }
    f->total = pad * f->fill_len + (f->sign != 0) + f->nprefix + (size_t)decimal + grouped + rem_bytes;
}

/* Writes the characters of a field's integer part and fraction in order,
 * inserting separators and the point by position.  Positions are those of
 * the virtual digit string; the integer part is [first, point). */
typedef struct Cursor {
    Out *o;
    ptrdiff_t pos, point;
    int group, group_left; /* digits per group, and left in this one */
    char sep;
    int decimal;
} Cursor;

static void cur_put(Cursor *k, char c)
{
    if (k->pos < k->point) {
        if (k->group && k->group_left-- == 0) {
            out_byte(k->o, k->sep);
            k->group_left = k->group - 1;
        }
    } else if (k->pos == k->point && k->decimal) {
        out_byte(k->o, '.');
    }
    out_byte(k->o, c);
    k->pos++;
}

static void cur_zeros(Cursor *k, ptrdiff_t to)
{
    while (k->pos < to) cur_put(k, '0');
}

/* Digit i of the number goes at position i, after the zeros left of it. */
static void cur_digit(void *ctx, int digit)
{
    Cursor *k = ctx;
    if (k->pos < 0) cur_zeros(k, 0);
    cur_put(k, (char)('0' + digit));
}

/* lpad sign prefix spad, then the cursor for the digits (starting at
 * position start of the unpadded number). */
static void field_begin(const Field *f, Out *o, Cursor *k, ptrdiff_t start, ptrdiff_t point)
{
    out_repeat(o, f->fill, f->fill_len, f->lpad);
    if (f->sign) out_byte(o, f->sign);
    out_bytes(o, f->prefix, f->nprefix);
    out_repeat(o, f->fill, f->fill_len, f->spad);
    k->o = o;
    k->pos = start - (ptrdiff_t)(f->ndig - f->nint);
    k->point = point;
    k->group = f->group;
    k->group_left = f->group && f->ndig ? (int)((f->ndig - 1) % (size_t)f->group) + 1 : 0;
    k->sep = f->sep;
    k->decimal = f->decimal;
    cur_zeros(k, start);
}

static size_t field_end(const Field *f, Out *o)
{
    out_repeat(o, f->fill, f->fill_len, f->rpad);
    return o->len;
}

/* ---- floats ---------------------------------------------------------------------------- */

/* The number text CPython's PyOS_double_to_string would produce, described. */
typedef struct FloatText {
    KrtDigits d;
    int neg;
    const char *special; /* "inf"/"nan" (or upper case), NULL when finite */
    int upper, pct, use_exp, decimal, exp;
    int64_t vstart, point, vend;
} FloatText;

static void describe_float(FloatText *t, double x, const KrtFormatSpec *spec)
{
    uint32_t type = spec->type;
    int64_t prec = spec->precision, default_prec = 6;
    int add_dot_0 = 0, mode = 2, alt = spec->alternate;
    uint64_t bits;

    t->pct = 0;
    if (type == 0) { /* like repr, or 'g' keeping a ".0" when precision given */
        add_dot_0 = 1;
        type = 'r';
        default_prec = 0;
    }
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        x *= 100;
        t->pct = 1;
    }
    if (prec < 0)
        prec = default_prec;
    else if (type == 'r')
        type = 'g';
    t->upper = type == 'E' || type == 'F' || type == 'G';
    if (t->upper) type += 'a' - 'A';
    memcpy(&bits, &x, sizeof bits);
    t->neg = (int)(bits >> 63);
    t->special = NULL;
    t->use_exp = 0;
    t->decimal = 0;
    t->exp = 0;
    t->vstart = t->point = t->vend = 0;
    if ((bits >> 52 & 0x7FF) == 0x7FF) { /* exponent all ones */
        if (bits << 12) {
            t->neg = 0; /* dtoa ignores the sign of a nan */
            t->special = t->upper ? "NAN" : "nan";
        } else {
            t->special = t->upper ? "INF" : "inf";
        }
        return;
    }
    if (type == 'e') prec++;
    if (type == 'g' && prec == 0) prec = 1;
    if (type == 'f') mode = 3;
    if (type == 'r')
        krt_digits_shortest(&t->d, x);
    else
        krt_digits_fixed(&t->d, x, mode, prec);
    if (spec->no_neg_0 && t->neg && (t->d.ndigits == 0 || (bits << 1) == 0)) t->neg = 0;

    t->point = t->d.decpt;
    t->vend = t->d.ndigits;
    switch (type) {
    case 'e':
        t->use_exp = 1;
        t->vend = prec;
        break;
    case 'f':
        t->vend = t->point + prec;
        break;
    case 'g':
        if (t->point <= -4 || t->point > (add_dot_0 ? prec - 1 : prec)) t->use_exp = 1;
        if (alt) t->vend = prec;
        break;
    default: /* 'r' */
        if (t->point <= -4 || t->point > 16) t->use_exp = 1;
        break;
    }
    if (t->use_exp) {
        t->exp = (int)t->point - 1;
        t->point = 1;
    }
    t->vstart = t->point <= 0 ? t->point - 1 : 0;
    if (!t->use_exp && add_dot_0) {
        if (t->vend <= t->point) t->vend = t->point + 1;
    } else if (t->vend < t->point) {
        t->vend = t->point;
    }
    t->decimal = t->vend > t->point || alt;
}

static size_t exp_text(char *b, int exp, int upper)
{
    unsigned u = (unsigned)(exp < 0 ? -exp : exp);
    size_t n = 0;
    b[n++] = upper ? 'E' : 'e';
    b[n++] = exp < 0 ? '-' : '+';
    if (u >= 100) b[n++] = (char)('0' + u / 100);
    b[n++] = (char)('0' + u / 10 % 10);
    b[n++] = (char)('0' + u % 10);
    return n;
}

size_t krt_format_float(char *buf, size_t cap, double x, const KrtFormatSpec *spec)
{
    FloatText t;
    Field f;
    Cursor k;
    Out o;
    char exp[8];
    size_t nexp = 0, nrem;

    describe_float(&t, x, spec);
    f.prefix = "";
    f.nprefix = 0;
    if (t.special) {
        layout(&f, spec, t.neg, 0, 0, 3u + (unsigned)t.pct, 3u + (unsigned)t.pct);
    } else {
        if (t.vend - t.point > (int64_t)HUGE) return SIZE_MAX; /* '.2000000000f' on a target */
        if (t.use_exp) nexp = exp_text(exp, t.exp, t.upper);
        nrem = (size_t)(t.vend - t.point) + nexp + (size_t)t.pct;
        layout(&f, spec, t.neg, (size_t)(t.point - t.vstart), t.decimal, nrem, nrem);
    }
    if (!fits(f.total, cap)) return f.total;
    o.buf = buf;
    o.cap = cap;
    o.len = 0;
    field_begin(&f, &o, &k, (ptrdiff_t)t.vstart, (ptrdiff_t)t.point);
    if (t.special) {
        out_bytes(&o, t.special, 3);
    } else {
        krt_digits_emit(&t.d, cur_digit, &k);
        cur_zeros(&k, (ptrdiff_t)t.vend);
        if (t.decimal && t.vend == t.point) out_byte(&o, '.');
        out_bytes(&o, exp, nexp);
    }
    if (t.pct) out_byte(&o, '%');
    return field_end(&f, &o);
}

size_t krt_float_repr(char *buf, size_t cap, double x)
{
    static const KrtFormatSpec repr_spec = {.fill = ' ', .width = -1, .precision = -1, .align = '>', .group = 3};
    return krt_format_float(buf, cap, x, &repr_spec);
}

/* ---- ints ------------------------------------------------------------------------------- */

/* Digits of u in base at the end of b[64]; returns how many. */
static size_t int_digits(char *b, uint64_t u, unsigned base, int upper)
{
    const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    size_t n = 0;
    do b[63 - n++] = set[u % base];
    while (u /= base);
    return n;
}

static uint64_t magnitude(int64_t v)
{
    return v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
}

size_t krt_format_int(char *buf, size_t cap, int64_t v, const KrtFormatSpec *spec,
                      KrtFormatError *err)
{
    uint32_t type = spec->type;
    char digits[64];
    size_t nd;
    unsigned base = 10;
    Field f;
    Cursor k;
    Out o;

    if (in_set(type, "eEfFgG%")) return krt_format_float(buf, cap, (double)v, spec);
    f.prefix = "";
    f.nprefix = 0;
    if (type == 'c') {
        if (v < 0 || v > (int64_t)KRT_MAX_CODEPOINT) {
            err->kind = KRT_FMT_ERR_CHAR_RANGE;
            err->object = KRT_FMT_INT;
            err->code = 'c';
            return 0;
        }
        nd = encode(digits, (uint32_t)v);
        layout(&f, spec, 0, 0, 0, 1, nd);
        if (!fits(f.total, cap)) return f.total;
        o.buf = buf;
        o.cap = cap;
        o.len = 0;
        field_begin(&f, &o, &k, 0, 0);
        out_bytes(&o, digits, nd);
        return field_end(&f, &o);
    }
    if (type == 'b') base = 2;
    if (type == 'o') base = 8;
    if (type == 'x' || type == 'X') base = 16;
    if (spec->alternate && base != 10) {
        f.prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
        f.nprefix = 2;
    }
    nd = int_digits(digits, magnitude(v), base, type == 'X');
    layout(&f, spec, v < 0, nd, 0, 0, 0);
    if (!fits(f.total, cap)) return f.total;
    o.buf = buf;
    o.cap = cap;
    o.len = 0;
    field_begin(&f, &o, &k, 0, (ptrdiff_t)nd);
    while (k.pos < (ptrdiff_t)nd) cur_put(&k, digits[64 - nd + (size_t)k.pos]);
    return field_end(&f, &o);
}

size_t krt_int_base_repr(char *buf, size_t cap, int64_t v, int base)
{
    char b[64 + 3];
    size_t n = int_digits(b + 3, magnitude(v), (unsigned)base, 0), len;
    char *p = b + 67 - n - 2;
    p[0] = '0';
    p[1] = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    if (v < 0) *--p = '-';
    len = (size_t)(b + sizeof b - p);
    if (len <= cap) memcpy(buf, p, len);
    return len;
}

size_t krt_int_repr(char *buf, size_t cap, int64_t v)
{
    char b[65];
    size_t n = int_digits(b + 1, magnitude(v), 10, 0);
    char *p = b + 65 - n;
    if (v < 0) *--p = '-';
    n = (size_t)(b + sizeof b - p);
    if (n <= cap) memcpy(buf, p, n);
    return n;
}

/* ---- str --------------------------------------------------------------------------------- */

size_t krt_format_str(char *buf, size_t cap, const char *s, size_t s_len, const KrtFormatSpec *spec)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t nchars = 0, pad = 0, lpad, total, nbytes, i;
    char fill[4];
    size_t fill_len = encode(fill, spec->fill);
    Out o;

    if (spec->width > (int64_t)HUGE) return SIZE_MAX;
    /* Precision keeps that many code points. */
    for (i = 0; i < s_len; i++) {
        if (krt_utf8_is_cont(u[i])) continue;
        if (spec->precision >= 0 && (uint64_t)nchars == (uint64_t)spec->precision) break;
        nchars++;
    }
    nbytes = i;
    if (spec->width >= 0 && (size_t)spec->width > nchars) pad = (size_t)spec->width - nchars;
    lpad = spec->align == '>' ? pad : spec->align == '^' ? pad / 2 : 0;
    total = pad * fill_len + nbytes;
    if (!fits(total, cap)) return total;
    o.buf = buf;
    o.cap = cap;
    o.len = 0;
    out_repeat(&o, fill, fill_len, lpad);
    out_bytes(&o, s, nbytes);
    out_repeat(&o, fill, fill_len, pad - lpad);
    return o.len;
}
