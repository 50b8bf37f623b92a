/* percent.c — parsing printf-style format strings (see percent.h).
 *
 *   %[flags][width][.precision]type     flags: - + space # 0
 *
 * CPython's rules (Objects/unicodeobject.c, PyUnicode_Format): a length
 * modifier (h, l, L) is accepted and ignored; %s, %r and %a pad on the
 * left unless '-' is given; '0' pads numbers with zeros after the sign.
 */
#include "percent.h"

#include <string.h>

static void add_literal(Arena *arena, PercentFormat *out, const char *s, size_t len) {
    if (!len) return;
    PercentPiece *last = out->npieces ? &out->pieces[out->npieces - 1] : NULL;
    if (last && !last->conv) { /* join with the previous literal (after a %%) */
        char *t = arena_alloc(arena, last->len + len + 1);
        memcpy(t, last->text, last->len);
        memcpy(t + last->len, s, len);
        t[last->len + len] = '\0';
        last->text = t;
        last->len += len;
        return;
    }
    char *t = arena_alloc(arena, len + 1);
    memcpy(t, s, len);
    t[len] = '\0';
    PercentPiece *p = &out->pieces[out->npieces++];
    memset(p, 0, sizeof *p);
    p->text = t;
    p->len = len;
}

static void fail(PercentFormat *out, const char *why, bool type_error) {
    if (!out->error) {
        out->error = why;
        out->error_is_type_error = type_error;
    }
}

void percent_parse(Arena *arena, const char *fmt, size_t len, PercentFormat *out) {
    memset(out, 0, sizeof *out);
    size_t i = 0, lit = 0;
    while (i < len && !out->error) {
        if (fmt[i] != '%') {
            i++;
            continue;
        }
        add_literal(arena, out, fmt + lit, i - lit);
        i++;
        if (i >= len) {
            fail(out, "incomplete format", true);
            break;
        }
        if (fmt[i] == '%') {
            add_literal(arena, out, "%", 1);
            lit = ++i;
            continue;
        }
        if (fmt[i] == '(') {
            fail(out, "'%(name)' conversions (a dict of arguments)", false);
            break;
        }
        bool left = false, plus = false, space = false, alt = false, zero = false;
        for (; i < len && strchr("-+ #0", fmt[i]); i++) {
            left |= fmt[i] == '-';
            plus |= fmt[i] == '+';
            space |= fmt[i] == ' ';
            alt |= fmt[i] == '#';
            zero |= fmt[i] == '0';
        }
        char width[16] = "", prec[16] = "";
        size_t w = 0, pr = 0;
        bool has_prec = false;
        if (i < len && fmt[i] == '*') {
            fail(out, "'*' widths in a format", false);
            break;
        }
        for (; i < len && fmt[i] >= '0' && fmt[i] <= '9'; i++)
            if (w < sizeof width - 1) width[w++] = fmt[i];
        if (i < len && fmt[i] == '.') {
            has_prec = true;
            for (i++; i < len && fmt[i] >= '0' && fmt[i] <= '9'; i++)
                if (pr < sizeof prec - 1) prec[pr++] = fmt[i];
            if (pr == 0) prec[pr++] = '0';
        }
        while (i < len && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
        if (i >= len) {
            fail(out, "incomplete format", true);
            break;
        }
        char c = fmt[i++];
        const char *kinds = "diuxXoeEfFgGsra";
        if (!strchr(kinds, c) || c == '\0') {
            fail(out, c == 'c' ? "'%c' conversions" : "an unsupported format character", c != 'c');
            break;
        }
        if (out->nconv == PERCENT_MAX_CONVERSIONS) {
            fail(out, "a format with this many conversions", false);
            break;
        }
        bool is_str = c == 's' || c == 'r' || c == 'a';
        bool is_int = c == 'd' || c == 'i' || c == 'u' || c == 'x' || c == 'X' || c == 'o';
        if (is_int && has_prec) {
            fail(out, "a precision on an integer conversion", false);
            break;
        }
        /* the spec: [align][sign][#][0][width][.prec][type] */
        char spec[64];
        size_t n = 0;
        if (left) spec[n++] = '<';
        else if (is_str) spec[n++] = '>';
        if (!is_str) {
            if (plus) spec[n++] = '+';
            else if (space) spec[n++] = ' ';
            if (alt) spec[n++] = '#';
            if (zero && !left) spec[n++] = '0';
        }
        memcpy(spec + n, width, w);
        n += w;
        if (has_prec) {
            spec[n++] = '.';
            memcpy(spec + n, prec, pr);
            n += pr;
        }
        char type = c == 'i' || c == 'u' ? 'd' : c;
        if (!is_str) spec[n++] = type;
        if (n == 1 && (spec[0] == '<' || spec[0] == '>')) n = 0; /* no width: no alignment */
        spec[n] = '\0';
        char *s = arena_alloc(arena, n + 1);
        memcpy(s, spec, n + 1);
        PercentPiece *p = &out->pieces[out->npieces++];
        memset(p, 0, sizeof *p);
        p->conv = type;
        p->spec = s;
        out->nconv++;
        lit = i;
    }
    if (!out->error) add_literal(arena, out, fmt + lit, len - lit);
}
