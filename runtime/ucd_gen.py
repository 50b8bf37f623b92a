"""Generates runtime/ucd_data.h, the Unicode tables of runtime/ucd.c.

Run with Debian's CPython (its str methods are the specification krait
matches):

    /usr/bin/python3 -S runtime/ucd_gen.py > runtime/ucd_data.h

Every property is read off CPython's own behaviour (str.isalpha() and
friends on one character, str.upper()/lower()), so the tables agree with the
interpreter that generated them by construction; the script then re-checks
every code point through a Python model of the C lookups before printing.

Table shapes (see ucd.c for the lookups):

 * A property set is, per plane, the sorted 16-bit code points where
   membership toggles (the first starts a member run): ~2 bytes a boundary,
   binary-searched.
 * A case mapping is a list of runs (start, count, stride 1 or 2, delta) of
   one-to-one mappings plus a short list of one-to-many mappings (ß -> SS).
"""
import sys
import unicodedata

N = 0x110000
PLANES = 17


def probe_sigma(c):
    """CPython's Final_Sigma classes, read from str.lower() itself:
    returns (case_ignorable, cased) as its algorithm uses them."""
    ch = chr(c)
    after = ("A\u03a3" + ch).lower()[1]     # sigma followed by ch
    before = ("A" + ch + "\u03a3").lower()[-1]  # sigma preceded by ch
    ignorable = after == "\u03c2" and before == "\u03c2"
    cased = after == "\u03c3"
    return ignorable, cased


PROPS = {
    "alpha": lambda ch, c: ch.isalpha(),
    "digit": lambda ch, c: ch.isdigit(),
    "decimal": lambda ch, c: ch.isdecimal(),
    "numeric": lambda ch, c: ch.isnumeric(),
    "space": lambda ch, c: ch.isspace(),
    "upper": lambda ch, c: ch.isupper(),
    "lower": lambda ch, c: ch.islower(),
    "title": lambda ch, c: unicodedata.category(ch) == "Lt",
    "unprintable": lambda ch, c: not ch.isprintable(),
    "case_ignorable": None,  # filled from probe_sigma
    "cased": None,
}


def build_sets():
    values = {name: bytearray(N) for name in PROPS}
    for c in range(N):
        ch = chr(c)
        for name, pred in PROPS.items():
            if pred is not None and pred(ch, c):
                values[name][c] = 1
        ign, cased = probe_sigma(c)
        values["case_ignorable"][c] = ign
        values["cased"][c] = cased
    sets = {}
    for name, v in values.items():
        bounds, starts = [], []
        for plane in range(PLANES):
            starts.append(len(bounds))
            prev = 0
            base = plane << 16
            for lo in range(0x10000):
                x = v[base + lo]
                if x != prev:
                    bounds.append(lo)
                    prev = x
        starts.append(len(bounds))
        sets[name] = (bounds, starts, v)
    return sets


def set_lookup(bounds, starts, c):
    plane = c >> 16
    lo, hi = starts[plane], starts[plane + 1]
    key = c & 0xFFFF
    base = lo
    while lo < hi:
        mid = (lo + hi) // 2
        if bounds[mid] <= key:
            lo = mid + 1
        else:
            hi = mid
    return (lo - base) & 1, lo


def build_case(fn):
    single, special = [], []
    for c in range(N):
        m = fn(chr(c))
        if m == chr(c):
            continue
        if len(m) == 1:
            single.append((c, ord(m) - c))
        else:
            outs = [ord(x) for x in m]
            assert c <= 0xFFFF and len(outs) <= 3 and all(o <= 0xFFFF for o in outs), (hex(c), m)
            special.append((c, outs))
    runs = []
    i = 0
    while i < len(single):
        c, d = single[i]
        j = i + 1
        stride = None
        while j < len(single) and j - i < 128:
            c2, d2 = single[j]
            s = c2 - single[j - 1][0]
            if d2 != d:
                break
            if stride is None:
                if s not in (1, 2):
                    break
                stride = s
            elif s != stride:
                break
            j += 1
        runs.append((c, j - i, stride or 1, d))
        i = j
    return runs, special


def case_lookup(runs, special, c):
    for sc, outs in special:
        if sc == c:
            return outs
    lo, hi = 0, len(runs)
    while lo < hi:
        mid = (lo + hi) // 2
        if runs[mid][0] <= c:
            lo = mid + 1
        else:
            hi = mid
    if lo:
        start, count, stride, delta = runs[lo - 1]
        off = c - start
        if off < count * stride and off % stride == 0:
            return [c + delta]
    return [c]


def check(sets, cases):
    for name, (bounds, starts, v) in sets.items():
        for c in range(N):
            assert set_lookup(bounds, starts, c)[0] == v[c], (name, hex(c))
    bounds, starts, v = sets["decimal"]
    for c in range(N):
        if v[c]:
            inside, idx = set_lookup(bounds, starts, c)
            run_start = (c & ~0xFFFF) | bounds[idx - 1]
            assert (c - run_start) % 10 == unicodedata.decimal(chr(c)), hex(c)
    for name, fn in (("upper", str.upper), ("lower", str.lower)):
        runs, special = cases[name]
        for c in range(N):
            assert "".join(map(chr, case_lookup(runs, special, c))) == fn(chr(c)), (name, hex(c))


def emit_set(out, name, bounds, starts):
    out.append("static const uint16_t ucd_%s_bounds[%d] = {" % (name, max(len(bounds), 1)))
    emit_numbers(out, ["0x%04X" % b for b in bounds] or ["0"])
    out.append("};")
    out.append("static const uint16_t ucd_%s_planes[%d] = {%s};" % (
        name, len(starts), ", ".join(str(s) for s in starts)))


def emit_numbers(out, items, per_line=10):
    for i in range(0, len(items), per_line):
        out.append("    " + ", ".join(items[i:i + per_line]) + ",")


def emit_case(out, name, runs, special):
    out.append("/* %s: {start | (count - 1) << 21 | (stride - 1) << 28, delta} */" % name)
    out.append("static const uint32_t ucd_%s_runs[%d][2] = {" % (name, len(runs)))
    items = ["{0x%08X, 0x%08X}" % (start | (count - 1) << 21 | (stride - 1) << 28, delta & 0xFFFFFFFF)
             for start, count, stride, delta in runs]
    emit_numbers(out, items, 4)
    out.append("};")
    out.append("static const uint16_t ucd_%s_special[%d][4] = {" % (name, len(special)))
    items = ["{0x%04X, %s}" % (c, ", ".join("0x%04X" % o for o in (outs + [0, 0, 0])[:3]))
             for c, outs in special]
    emit_numbers(out, items, 3)
    out.append("};")


def main():
    sets = build_sets()
    cases = {"upper": build_case(str.upper), "lower": build_case(str.lower)}
    check(sets, cases)
    out = ["/* ucd_data.h — generated by runtime/ucd_gen.py from CPython %s (Unicode %s); do not edit. */"
           % (sys.version.split()[0], unicodedata.unidata_version),
           "#define KRT_UCD_VERSION \"%s\"" % unicodedata.unidata_version, ""]
    for name, (bounds, starts, _) in sets.items():
        emit_set(out, name, bounds, starts)
        out.append("")
    for name, (runs, special) in cases.items():
        emit_case(out, name, runs, special)
        out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
