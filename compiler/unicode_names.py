"""unicode_names.py -- writes compiler/unicode_names.c, the Unicode tables of the lexer.

Run it with Debian's CPython (the oracle the lexer must agree with):

    /usr/bin/python3 -S compiler/unicode_names.py > compiler/unicode_names.c

The output is committed; the build does not run this script.  Rerun it only to
follow a new Unicode version (CPython 3.11 has Unicode 14.0).

Two kinds of tables, both taken from CPython's unicodedata so the lexer agrees
with CPython character for character:

  * the identifier classes (what str.isidentifier accepts first and after the
    first character: XID_Start and XID_Continue) and the non-printable
    characters (for the wording of "invalid character" errors), as sorted
    code point ranges above U+007F;
  * the character names behind \\N{...}, described below.

What the table holds: every character name that unicodedata.lookup accepts in
a string escape, except the two families CPython computes instead of storing
(CJK UNIFIED IDEOGRAPH-XXXX and HANGUL SYLLABLE ...; the C side computes them
the same way from the ranges and jamo names written here), plus the formal
name aliases of NameAliases.txt ("LF", "BYTE ORDER MARK", ...).  unicodedata
cannot list its aliases, so candidates come from Perl's copy of the Unicode
name list (Name.pl, same Unicode version) and each one is kept only if
unicodedata.lookup maps it to the same code point; named sequences (several
code points) are not escapes and are left out.

Encoding (decoded by unicode_names.c):
  * entries sorted by name, split into buckets of BUCKET entries; each bucket
    is one C string literal (C99 only promises 4095-byte literals);
  * an entry is: shared-prefix length with the previous name in the bucket
    (0 for a bucket's first entry), suffix length, the suffix, and the code
    point -- all lengths and numbers as digits in base 92 written with the
    printable ASCII characters other than '"', '\\' and '?' (no escapes, no
    trigraphs);
  * the suffix is compressed with up to len(MACRO_CHARS) macros: characters
    that never occur in a name (lowercase letters, punctuation) standing for
    frequent words, chosen greedily by the bytes they save;
  * the code point uses three digits: planes 0-3 as they are, plane 14
    (tags, variation selectors) shifted down to start at 0x40000.
"""
import re
import sys
import unicodedata

PERL_NAMES = "/usr/share/perl/5.36.0/unicore/Name.pl"
BUCKET = 32
ALPHABET = "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) not in '"\\?')
BASE = len(ALPHABET)  # 92
NAME_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -")
MACRO_CHARS = "".join(c for c in ALPHABET if c not in NAME_CHARS)
PLANE14 = 0xE0000
PLANE14_SHIFTED = 0x40000


def digit(n):
    assert 0 <= n < BASE
    return ALPHABET[n]


def encode_cp(cp):
    if cp >= PLANE14:
        cp = cp - PLANE14 + PLANE14_SHIFTED
    assert cp < PLANE14 and cp < BASE ** 3
    return digit(cp // (BASE * BASE)) + digit(cp // BASE % BASE) + digit(cp % BASE)


def collect():
    names = {}
    cjk = []
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n is None:
            continue
        if n.startswith("CJK UNIFIED IDEOGRAPH-"):
            if cjk and cjk[-1][1] == cp - 1:
                cjk[-1][1] = cp
            else:
                cjk.append([cp, cp])
            continue
        if n.startswith("HANGUL SYLLABLE "):
            assert 0xAC00 <= cp <= 0xD7A3
            continue
        assert set(n) <= NAME_CHARS, n
        assert cp < 0x40000 or cp >= PLANE14, hex(cp)
        names[n] = cp
    text = open(PERL_NAMES, encoding="utf-8").read()
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    aliases = 0
    for entry in body.strip().split("\n\n"):
        parts = entry.split("\n")
        if len(parts) != 2 or " " in parts[0]:
            continue  # named sequence
        cp, n = int(parts[0], 16), parts[1]
        if n in names or n.startswith(("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ")):
            continue
        try:
            ok = unicodedata.lookup(n) == chr(cp)
        except KeyError:
            ok = False
        if ok:
            assert set(n) <= NAME_CHARS, n
            names[n] = cp
            aliases += 1
    return names, cjk, aliases


def jamo():
    lnames, vnames, tnames = [], [], []
    for i in range(19):
        lnames.append(unicodedata.name(chr(0xAC00 + i * 21 * 28))[16:-1])
    for i in range(21):
        vnames.append(unicodedata.name(chr(0xAC00 + i * 28))[17:])
    for i in range(28):
        tnames.append(unicodedata.name(chr(0xAC00 + i))[18:])
    return lnames, vnames, tnames


def ranges(pred):
    out = []
    for cp in range(0x80, 0x110000):
        if pred(cp):
            if out and out[-1][1] == cp - 1:
                out[-1][1] = cp
            else:
                out.append([cp, cp])
    return out


def write_ranges(w, name, comment, rs):
    w("/* %s */\n" % comment)
    w("static const uint32_t %s[][2] = {\n" % name)
    for i in range(0, len(rs), 4):
        w("    " + " ".join("{0x%X, 0x%X}," % (a, b) for a, b in rs[i:i + 4]) + "\n")
    w("};\n\n")


def split_entries(items):
    """(prefix, suffix, cp) triples, bucket by bucket."""
    out = []
    prev = ""
    for i, (n, cp) in enumerate(items):
        if i % BUCKET == 0:
            prev = ""
        p = 0
        while p < min(len(n), len(prev)) and n[p] == prev[p]:
            p += 1
        out.append([p, n[p:], cp])
        prev = n
    return out


def choose_macros(entries):
    """Greedy: the word (with its separator) saving most bytes, again and again.
    Any substitution decodes correctly (macro characters never occur in names),
    so counting whole words is only a heuristic for which ones to pick."""
    macros = []
    suffixes = [e[1] for e in entries]
    for mc in MACRO_CHARS:
        counts = {}
        for s in suffixes:
            for w in re.findall(r"[A-Z0-9]+[ -]?", s):
                if len(w) > 1:
                    counts[w] = counts.get(w, 0) + 1
        best, saving = None, 0
        for cand, cnt in counts.items():
            gain = cnt * (len(cand) - 1) - len(cand) - 8
            if gain > saving:
                best, saving = cand, gain
        if best is None:
            break
        macros.append((mc, best))
        suffixes = [s.replace(best, mc) for s in suffixes]
    for e, s in zip(entries, suffixes):
        e[1] = s
    return macros


def c_string(s):
    assert '"' not in s and "\\" not in s and "??" not in s and "?" not in s
    return '"' + s + '"'


def main():
    names, cjk, aliases = collect()
    items = sorted(names.items())
    entries = split_entries(items)
    macros = choose_macros(entries)
    out = sys.stdout
    w = out.write
    w("/* unicode_names.c -- the Unicode tables of the lexer: identifier classes,\n")
    w(" * printable characters, and the character names behind \\N{...} escapes.\n")
    w(" *\n")
    w(" * GENERATED by compiler/unicode_names.py from CPython %s's unicodedata\n" % sys.version.split()[0])
    w(" * (Unicode %s); do not edit.  Regenerate with:\n" % unicodedata.unidata_version)
    w(" *     /usr/bin/python3 -S compiler/unicode_names.py > compiler/unicode_names.c\n")
    w(" *\n")
    w(" * unicode_is_id_start / unicode_is_id_continue / unicode_is_printable answer\n")
    w(" * for code points above U+007F as str.isidentifier and str.isprintable do\n")
    w(" * (XID_Start, XID_Continue; binary search over ranges).\n")
    w(" *\n")
    w(" * unicode_lookup_name does what CPython's \\N{name} does: names match without\n")
    w(" * regard to case, formal aliases count, named sequences do not, and the\n")
    w(" * CJK unified ideographs and Hangul syllables are computed, not stored.\n")
    w(" * The %d stored names (%d of them aliases) are sorted and front-coded in\n" % (len(items), aliases))
    w(" * buckets of %d, one string literal per bucket; unicode_names.py explains\n" % BUCKET)
    w(" * the encoding.  A lookup binary-searches the buckets by their first name,\n")
    w(" * then decodes one bucket.\n")
    w(" */\n")
    w("#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <string.h>\n\n")
    w("bool unicode_is_id_start(uint32_t cp);\n")
    w("bool unicode_is_id_continue(uint32_t cp);\n")
    w("bool unicode_is_printable(uint32_t cp);\n")
    w("bool unicode_lookup_name(const char *name, size_t len, uint32_t *cp);\n\n")
    write_ranges(w, "un_id_start", "code points > 0x7F that may start a name (XID_Start)",
                 ranges(lambda c: chr(c).isidentifier()))
    write_ranges(w, "un_id_continue", "code points > 0x7F that may continue a name (XID_Continue)",
                 ranges(lambda c: ("a" + chr(c)).isidentifier()))
    write_ranges(w, "un_nonprintable", "code points > 0x7F that str.isprintable rejects",
                 ranges(lambda c: not chr(c).isprintable()))
    w("#define UN_BASE %d\n" % BASE)
    w("#define UN_PLANE14 0x%X\n" % PLANE14)
    w("#define UN_PLANE14_SHIFTED 0x%X\n" % PLANE14_SHIFTED)
    w("#define UN_MAX_NAME %d /* longest stored name */\n\n" % max(len(n) for n in names))
    w("/* digit value of each ALPHABET character, indexed by (c - 0x20) */\n")
    vals = []
    for c in range(0x20, 0x7F):
        vals.append(str(ALPHABET.index(chr(c))) if chr(c) in ALPHABET else "-1")
    w("static const signed char un_digit[95] = {\n")
    for i in range(0, len(vals), 16):
        w("    " + ", ".join(vals[i:i + 16]) + ",\n")
    w("};\n\n")
    w("/* suffix macros: character, expansion */\n")
    w("static const char *const un_macro[95] = {\n")
    for mc, exp in macros:
        w("    [%d] = %s,\n" % (ord(mc) - 0x20, c_string(exp)))
    w("};\n\n")
    w("static const char *const un_bucket[] = {\n")
    for b in range(0, len(entries), BUCKET):
        chunk = entries[b:b + BUCKET]
        s = "".join(digit(p) + digit(len(suf)) + suf + encode_cp(cp) for p, suf, cp in chunk)
        assert len(s) < 4000
        w("    " + c_string(s) + ",\n")
    w("};\n")
    w("#define UN_BUCKETS (sizeof un_bucket / sizeof un_bucket[0])\n\n")
    w("/* CJK UNIFIED IDEOGRAPH-XXXX: the ranges CPython computes names for */\n")
    w("static const uint32_t un_cjk[][2] = {\n")
    for a, b in cjk:
        w("    {0x%X, 0x%X},\n" % (a, b))
    w("};\n\n")
    lnames, vnames, tnames = jamo()
    w("/* HANGUL SYLLABLE <L><V><T>: the jamo short names (Unicode 3.12) */\n")
    for tag, lst in (("l", lnames), ("v", vnames), ("t", tnames)):
        w("static const char *const un_jamo_%s[%d] = {" % (tag, len(lst)))
        w(", ".join('"%s"' % x for x in lst))
        w("};\n")
    w(C_CODE)


C_CODE = r"""
static bool un_in_ranges(const uint32_t (*r)[2], size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < r[mid][0]) hi = mid;
        else if (cp > r[mid][1]) lo = mid + 1;
        else return true;
    }
    return false;
}

#define UN_COUNT(a) (sizeof a / sizeof a[0])

bool unicode_is_id_start(uint32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    return un_in_ranges(un_id_start, UN_COUNT(un_id_start), cp);
}

bool unicode_is_id_continue(uint32_t cp) {
    if (cp < 0x80) return unicode_is_id_start(cp) || (cp >= '0' && cp <= '9');
    return un_in_ranges(un_id_continue, UN_COUNT(un_id_continue), cp);
}

bool unicode_is_printable(uint32_t cp) {
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
    return !un_in_ranges(un_nonprintable, UN_COUNT(un_nonprintable), cp);
}
/* Decodes the entry at *pp into buf (which holds the previous name of the
 * same bucket); returns its length and stores its code point. */
static size_t un_decode(const char **pp, char *buf, uint32_t *cp) {
    const unsigned char *p = (const unsigned char *)*pp;
    size_t n = (size_t)un_digit[p[0] - 0x20];
    size_t k = (size_t)un_digit[p[1] - 0x20];
    p += 2;
    for (size_t i = 0; i < k; i++) {
        const char *m = un_macro[p[i] - 0x20];
        if (m) {
            size_t ml = strlen(m);
            memcpy(buf + n, m, ml);
            n += ml;
        } else {
            buf[n++] = (char)p[i];
        }
    }
    p += k;
    uint32_t v = (uint32_t)(un_digit[p[0] - 0x20] * UN_BASE * UN_BASE +
                            un_digit[p[1] - 0x20] * UN_BASE + un_digit[p[2] - 0x20]);
    *cp = v >= UN_PLANE14_SHIFTED ? v - UN_PLANE14_SHIFTED + UN_PLANE14 : v;
    *pp = (const char *)(p + 3);
    return n;
}

/* strcmp of two names of known length. */
static int un_compare(const char *a, size_t alen, const char *b, size_t blen) {
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c) return c;
    return alen < blen ? -1 : alen > blen;
}

static bool un_prefix(const char *name, size_t len, const char *prefix) {
    size_t n = strlen(prefix);
    return len >= n && memcmp(name, prefix, n) == 0;
}

/* Longest jamo short name of the table at the start of s (CPython's
 * find_syllable); -1 when none matches (the empty name matches). */
static int un_jamo(const char *s, size_t avail, const char *const *table, int count, size_t *used) {
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < count; i++) {
        size_t n = strlen(table[i]);
        if (n > avail || (best >= 0 && n <= best_len)) continue;
        if (memcmp(s, table[i], n) == 0) {
            best = i;
            best_len = n;
        }
    }
    *used = best_len;
    return best;
}

bool unicode_lookup_name(const char *name, size_t len, uint32_t *cp) {
    char upper[UN_MAX_NAME + 8];
    if (len == 0 || len > UN_MAX_NAME) return false;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        upper[i] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
    }
    if (un_prefix(name, len, "HANGUL SYLLABLE ")) {
        /* computed names match case exactly (as CPython); stored ones do not */
        const char *s = name + 16;
        size_t avail = len - 16, used;
        int l = un_jamo(s, avail, un_jamo_l, 19, &used);
        s += used, avail -= used;
        int v = un_jamo(s, avail, un_jamo_v, 21, &used);
        s += used, avail -= used;
        int t = un_jamo(s, avail, un_jamo_t, 28, &used);
        avail -= used;
        if (l < 0 || v < 0 || t < 0 || avail != 0) return false;
        *cp = 0xAC00u + (uint32_t)((l * 21 + v) * 28 + t);
        return true;
    }
    if (un_prefix(name, len, "CJK UNIFIED IDEOGRAPH-")) {
        size_t n = len - 22;
        uint32_t v = 0;
        if (n != 4 && n != 5) return false;
        for (size_t i = 22; i < len; i++) {
            char c = name[i];
            if (c >= '0' && c <= '9') v = v * 16 + (uint32_t)(c - '0');
            else if (c >= 'A' && c <= 'F') v = v * 16 + (uint32_t)(c - 'A' + 10);
            else return false;
        }
        for (size_t i = 0; i < sizeof un_cjk / sizeof un_cjk[0]; i++) {
            if (v >= un_cjk[i][0] && v <= un_cjk[i][1]) {
                *cp = v;
                return true;
            }
        }
        return false;
    }
    /* last bucket whose first name is <= the name */
    char buf[UN_MAX_NAME + 8];
    size_t lo = 0, hi = UN_BUCKETS;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        const char *p = un_bucket[mid];
        uint32_t unused;
        size_t n = un_decode(&p, buf, &unused);
        if (un_compare(buf, n, upper, len) <= 0) lo = mid;
        else hi = mid;
    }
    const char *p = un_bucket[lo];
    while (*p) {
        uint32_t v;
        size_t n = un_decode(&p, buf, &v);
        int c = un_compare(buf, n, upper, len);
        if (c == 0) {
            *cp = v;
            return true;
        }
        if (c > 0) break;
    }
    return false;
}
"""

if __name__ == "__main__":
    main()
