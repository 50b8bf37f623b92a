"""format_gen.py — CPython's answers for tests/unit/test_format.c.

Run as `python3 -S format_gen.py SECTION`; prints one case per line, fields
separated by tabs.  Random cases use a fixed seed, so every run prints the
same table; the C test feeds each case to the runtime and compares.

Encodings: a double is the 16 hex digits of its IEEE bits (exact); any text
that may hold tabs, newlines or non-ASCII is the hex of its UTF-8 bytes;
plain ASCII results (repr, float formats) are written as they are.

Sections:
  repr    S<TAB>spec-hex...               the float specs of this section, once
          R<TAB>bits<TAB>repr<TAB>format(x, spec) for each spec...
  spec    F<TAB>kind<TAB>value<TAB>spec-hex<TAB>OK<TAB>result-hex
          F<TAB>kind<TAB>value<TAB>spec-hex<TAB>ERR<TAB>exception<TAB>message-hex
          (kind i: value decimal; f: bits; s: hex)
  int     I<TAB>text-hex<TAB>base<TAB>value | SYNTAX | OVERFLOW | LIMIT n | BASE
  float   D<TAB>text-hex<TAB>bits | SYNTAX
  round   N<TAB>bits<TAB>ndigits<TAB>bits | OVERFLOW
  ints    B<TAB>v<TAB>repr(v)<TAB>bin(v)<TAB>oct(v)<TAB>hex(v)
"""
import math
import random
import struct
import sys
from decimal import Decimal, getcontext

INT_MIN, INT_MAX = -2**63, 2**63 - 1


def bits(x):
    return struct.pack('>d', x).hex()


def from_bits(h):
    return struct.unpack('>d', bytes.fromhex(h))[0]


def hx(s):
    return s.encode('utf-8', 'surrogatepass').hex()


def edge_doubles():
    out = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324,
           2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
           0.1, 0.2, 0.3, 0.5, 1.5, 2.5, 0.125, 0.375, 9.995, 0.005, 0.015, 1.005,
           1e16, 1e15, 9999999999999998.0, 1e17, 1e22, 1e23, 1e21, 123456789012345.0,
           1234567890123456.0, 12345678901234567.0, 0.0001, 0.00001, 1e-4, 9.9999e-5,
           2**53, 2**53 + 2, 2**63, 2**64, 1 / 3, 2 / 3, math.pi, math.e, 100.0, 1e100,
           1e-100, 1e300, 1e-300, 4.35, 0.045, 5e-5, 1.25, 1.375, 2675e-3, 1e-7, 1.5e-7,
           9.5, 99.5, 999.5, 0.95, 0.995, 0.9995, 9.999999999999999e22, 8.41e21,
           5.0e-324 * 3, 4.9406564584124654e-324 * 7, 1.7976931348623157e308 / 3]
    out = [float(x) for x in out]
    for e in range(-1074, 1024):
        out.append(math.ldexp(1.0, e))
    for e in range(-323, 309):
        out.append(float('1e%d' % e))
    more = []
    for x in out:
        if math.isfinite(x) and x != 0:
            more += [math.nextafter(x, math.inf), math.nextafter(x, 0), -x]
    return out + more


def random_doubles(rng, n):
    out = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            x = from_bits('%016x' % rng.getrandbits(64))
        elif kind == 1:
            x = float('%de%d' % (rng.randrange(1, 10**rng.randint(1, 17)), rng.randint(-30, 30)))
        elif kind == 2:
            x = rng.random() * 10.0 ** rng.randint(-12, 22)
        else:  # values whose short decimal ends in 5: rounding ties of f/e formats
            x = float('%d.%d5' % (rng.randrange(0, 1000), rng.randrange(0, 10**rng.randint(0, 6))))
        if rng.random() < 0.3:
            x = -x
        out.append(x)
    return out


FLOAT_SPECS = ['', '.0', '.1', '.3', '.17', '#', '#.3', 'e', '.0e', '#.0e', '.3e', '.16e',
               '.25E', '.40e', 'f', '.0f', '#.0f', '.2f', '.60f', 'F', 'g', '.0g', '#g', '.3g',
               '.17g', '#.10G', '.30g', '%', '.1%', 'n', '.12n', ',', ',.2f', '_.3e', '+', ' .4',
               'z.2f', 'z', '015,.3f', '<12.4g', '^+15.3', '*>20e', '=+12.1f', '020_g', '#<9']


def section_repr():
    rng = random.Random(20240611)
    print('S\t' + '\t'.join(hx(s) for s in FLOAT_SPECS))
    for x in edge_doubles() + random_doubles(rng, 6000):
        print('R\t%s\t%s\t%s' % (bits(x), repr(x), '\t'.join(format(x, s) for s in FLOAT_SPECS)))


def random_spec(rng, types, strict=False):
    """A random spec; strict kinds (str) get the options they reject rarely,
    so that most of their cases format something."""
    def opt(choices):
        return '' if strict and rng.random() < 0.9 else rng.choice(choices)
    parts = [rng.choice(['', '', '<', '>', '^', '=', '*<', '*^', '0>', 'é=', ' >', '{<', '0=', 'z>']),
             opt(['', '', '+', '-', ' ']),
             opt(['', '', '', 'z']),
             opt(['', '', '#']),
             rng.choice(['', '', '0']),
             rng.choice(['', '', '1', '5', '9', '12', '17', '30']),
             opt(['', '', '', ',', '_']),
             rng.choice(['', '', '', '.0', '.1', '.2', '.5', '.12', '.20']),
             rng.choice(types)]
    return ''.join(parts)


def emit(line):
    if line is not None:
        print(line)


def fmt_case(kind, value, shown, spec):
    try:
        r = format(value, spec)
    except MemoryError:  # a width of 2**63 - 1: checked by hand in the C test
        return None
    except (ValueError, OverflowError) as e:
        return 'F\t%s\t%s\t%s\tERR\t%s\t%s' % (kind, shown, hx(spec), type(e).__name__, hx(str(e)))
    return 'F\t%s\t%s\t%s\tOK\t%s' % (kind, shown, hx(spec), hx(r))


SPEC_ERRORS = ['xx', '.', ',_', '_,', ',s', '_c', '+', ' ', 'z', '#', '=', '.2', 'zd', '+c',
               '#c', 's', 'd', '99999999999999999999', '.99999999999', '\x01', 'é', ',\x01',
               '_é', 'z<', '<z', '#z', '\x00', '<\x00', '5\x00', ',,', '..2', '.2.', '10.2.3',
               '٣', '.٣f', '0', '00', '09,', '<05', '05', '010c', ',c', '_x', '_b', ',x', '_n',
               ',n', ',%', '_%', ',e', ',\x00', '\U0001F600^9', '\U0001F600', '.9223372036854775807',
               '9223372036854775807', '9223372036854775808', '.2147483647', '.2147483648f', ',d',
               '=10', '=', ' =10', '.3s', '.0s', '.0', '.1000', '.1000f', '.1000e', '.400g']


def section_spec():
    rng = random.Random(9001)
    ints = [0, 1, 5, -5, 65, 255, -255, 1234, 1234567, -1234567890123, INT_MAX, INT_MIN,
            0x10FFFF, 0x110000, -1, 0xD800, 0xE9, 0x1F600, 10**15, 2**53 + 1]
    floats = [0.0, -0.0, 1.5, -1234.5678, 1e300, 1e-300, math.inf, -math.inf, math.nan, 0.1,
              -0.0001, 123456789.0, 5e-324, 1e16, 0.5, 2.5, 9.995, 12345.678]
    strs = ['', 'a', 'héllo', 'abc', '日本語', 'x' * 10, '\U0001F600!', 'tab\there']
    int_types = ['', '', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r']
    float_types = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 's']
    str_types = ['', '', 's', 'd', 'r']
    for spec in SPEC_ERRORS:
        for v in (5, -5, 65):
            emit(fmt_case('i', v, str(v), spec))
        for v in (1.5, -0.0, math.inf):
            emit(fmt_case('f', v, bits(v), spec))
        emit(fmt_case('s', 'abc', hx('abc'), spec))
    for i in range(12000):
        v = rng.choice(ints) if i % 3 else rng.randrange(INT_MIN, INT_MAX + 1)
        emit(fmt_case('i', v, str(v), random_spec(rng, int_types)))
        v = rng.choice(floats) if i % 3 else random_doubles(rng, 1)[0]
        emit(fmt_case('f', v, bits(v), random_spec(rng, float_types)))
        v = rng.choice(strs)
        emit(fmt_case('s', v, hx(v), random_spec(rng, str_types, strict=True)))


def int_expect(text, base):
    try:
        v = int(text, base)
    except ValueError as e:
        msg = str(e)
        if msg.startswith('Exceeds the limit'):
            return 'LIMIT %s' % msg.split('value has ')[1].split(' ')[0]
        if msg.startswith('int() base must be'):
            return 'BASE'
        return 'SYNTAX'
    return str(v) if INT_MIN <= v <= INT_MAX else 'OVERFLOW'


def section_int():
    rng = random.Random(4242)
    spaces = ['', '', ' ', '\t', '\n\x0b\x0c\r', '\xa0', '\u3000', '\x1c', '\x85']
    digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFXZ'
    udigits = ['٣', '１', '߀', '𝟗']
    fixed = ['0', '-0', '+0', '00', '0_0', '01', '0x', '0x_1', '0_x1', '0b1', '0o17', '0O17',
             '-0x8000000000000000', '0x8000000000000000', '9223372036854775807',
             '9223372036854775808', '-9223372036854775808', '-9223372036854775809',
             '99999999999999999999x', '1' * 4300, '1' * 4301, '0' * 5000, '1' * 5000 + '?',
             'f' * 5000, '1\x00', '\x00', '', ' ', '_', '1_', '_1', '1__0', '1_0', '١٢', '٣_٣',
             ' -1 ', '- 1', '+-1', '1e5', '1.5', '0x1p3', 'é', '1' + '\U0001F600']
    cases = [(t, b) for t in fixed for b in (0, 2, 8, 10, 16, 36)]
    cases += [('12', b) for b in (1, 37, -1, -37, 100)]
    for i in range(8000):
        n = rng.choice([0, 1, 2, 3, 5, 10, 18, 19, 20, 25, 40])
        body = ''
        for j in range(n):
            r = rng.random()
            if r < 0.75:
                body += rng.choice(digits[:rng.choice([2, 8, 10, 10, 16, 36])])
            elif r < 0.85:
                body += '_'
            elif r < 0.92:
                body += rng.choice(udigits)
            else:
                body += rng.choice(['.', 'e', '?', '-', ' ', 'é', '\x00'])
        prefix = rng.choice(['', '', '', '0x', '0X', '0o', '0b', '0B', '0', '0x_', '00'])
        sign = rng.choice(['', '', '-', '+'])
        text = rng.choice(spaces) + sign + prefix + body + rng.choice(spaces)
        base = rng.choice([0, 0, 10, 10, 2, 8, 16, 36, rng.randint(2, 36)])
        cases.append((text, base))
    for text, base in cases:
        print('I\t%s\t%d\t%s' % (hx(text), base, int_expect(text, base)))


def halfway_strings(rng, n):
    """Exact decimal halfway points between neighbouring doubles, and their
    neighbours one unit in a far digit away: the hardest inputs."""
    getcontext().prec = 2000
    out = []
    for i in range(n):
        x = abs(random_doubles(rng, 1)[0]) if i % 3 else math.ldexp(rng.random() + 1, rng.randint(-1074, 1023))
        if not math.isfinite(x) or x == 0:
            continue
        y = math.nextafter(x, math.inf)
        if not math.isfinite(y):
            continue
        h = (Decimal(x) + Decimal(y)) / 2
        s = format(h, 'f') if rng.random() < 0.5 else format(h, 'e')
        out.append(s)
        mant, _, exp = s.partition('e')
        if '.' not in mant:
            mant += '.'
        tail = '0' * rng.randint(0, 30)
        out.append(mant + tail + '1' + ('e' + exp if exp else ''))
        if mant.rstrip('0').endswith('5'):
            out.append(mant.rstrip('0')[:-1] + '4' + '9' * rng.randint(1, 40) + ('e' + exp if exp else ''))
    return out


def section_float():
    rng = random.Random(777)
    fixed = ['2.2250738585072011e-308', '2.2250738585072012e-308', '2.225073858507201e-308',
             '9007199254740993', '9007199254740992.000000000000000000000001', '1e23', '8.589973e9',
             '1e-324', '2e-324', '2.4703282292062327e-324', '2.4703282292062328e-324',
             '2.47032822920623272e-324', '1.7976931348623157e308', '1.7976931348623158e308',
             '1.7976931348623159e308', '179769313486231580793728971405301e276', '1e309',
             '0.1', '.5', '5.', '.', '-.e5', '1e', '1e+', '1_e5', '1e1_0', '1._5', '1_.5', '_1',
             '1_', '  +1_000.000_1e-0_3  ', 'inf', '-inf', '+Infinity', 'iNfInItY', 'infinit',
             'nan', '-nan', 'NaN', 'inf_', 'in f', '0x10', '1e-99999999999', '1e99999999999',
             '1' * 800 + 'e-800', '0.' + '0' * 400 + '1e400', '1' + '0' * 400 + 'e-400',
             '\x00', '1\x00', ' 1 ', '', '  ', '١.٥', '1d5', '1.5f', '\x1c1', '\xa01.5\u3000',
             '-0', '-0.0e5', '0e999999', '123456789012345678901234567890', '4.9e-324',
             '3.4028235677973366e38', '6.631236846766476e-316', '1.8e308', '-1.8e308',
             '0.000000000000000000000000000000000000001e38', '7.2057594037927933e16',
             '1448997445238699', '2.2204460492503131e-16', '9.999999999999999e22',
             '4.940656458412465441765687928682213723651e-324', '5e-324', '1' * 25,
             '100000000000000016777215', '100000000000000016777216', '1e-400', '-1e-400']
    cases = list(fixed)
    getcontext().prec = 2000
    for h in (Decimal(5e-324) / 2, (Decimal(1.7976931348623157e308) + Decimal(2) ** 1024) / 2):
        t = format(h, 'e')
        m, _, e = t.partition('e')
        cases += [t, m + '1e' + e, m[:-1] + '4' + '9' * 30 + 'e' + e, m[:25] + 'e' + e,
                  format(h, 'f'), m[:21] + 'e' + e, m[:20] + 'e' + e]
    cases += ['9.99999999999999999999e-325', '9.999999999999999999e-325', '1.0000000000000000001e-324',
              '2.4703282292062327208e-324', '2.4703282292062327209e-324', '1' * 19 + 'e-343',
              '9' * 19 + 'e-343', '9' * 25 + 'e-349', '1' * 19 + 'e290', '9' * 25 + 'e284']
    cases += halfway_strings(rng, 3000)
    for x in random_doubles(rng, 3000):
        cases.append(repr(x))
        cases.append('%.25g' % x)
    for i in range(3000):
        nd = rng.choice([1, 3, 10, 15, 16, 17, 18, 19, 20, 21, 30, 60])
        digs = ''.join(rng.choice('0123456789') for _ in range(nd))
        s = digs
        if rng.random() < 0.5:
            p = rng.randint(0, nd)
            s = s[:p] + '.' + s[p:]
        if rng.random() < 0.7:
            s += rng.choice('eE') + rng.choice(['', '+', '-']) + str(rng.randint(0, 340))
        if rng.random() < 0.1:
            p = rng.randint(0, len(s))
            s = s[:p] + '_' + s[p:]
        s = rng.choice(['', '', '-', '+']) + s
        if rng.random() < 0.05:
            s = rng.choice([' ', '\t', '\u2003']) + s + rng.choice(['', ' ', '\n'])
        cases.append(s)
    for s in cases:
        try:
            r = bits(float(s))
        except ValueError:
            r = 'SYNTAX'
        print('D\t%s\t%s' % (hx(s), r))


def section_round():
    rng = random.Random(31337)
    xs = [x for x in edge_doubles() if math.isfinite(x)][::5] + random_doubles(rng, 4000)
    for x in xs:
        nds = [rng.randint(-20, 20), rng.randint(-330, 340), 0, 2]
        for nd in nds:
            try:
                r = bits(round(x, nd))
            except OverflowError:
                r = 'OVERFLOW'
            print('N\t%s\t%d\t%s' % (bits(x), nd, r))
    for x, nd in [(1.7976931348623157e308, -308), (0.5, 0), (1.5, 0), (2.5, 0), (2.675, 2),
                  (-0.5, 0), (1e300, 5), (5e-324, 323), (5e-324, 324), (1.5, -400)]:
        try:
            r = bits(round(x, nd))
        except OverflowError:
            r = 'OVERFLOW'
        print('N\t%s\t%d\t%s' % (bits(x), nd, r))


def section_ints():
    rng = random.Random(11)
    vs = [0, 1, -1, 7, -255, 255, INT_MAX, INT_MIN, 2**32, -2**31]
    vs += [rng.randrange(INT_MIN, INT_MAX + 1) >> rng.randint(0, 63) for _ in range(3000)]
    for v in vs:
        print('B\t%d\t%s\t%s\t%s\t%s' % (v, repr(v), bin(v), oct(v), hex(v)))


if __name__ == '__main__':
    {'repr': section_repr, 'spec': section_spec, 'int': section_int, 'float': section_float,
     'round': section_round, 'ints': section_ints}[sys.argv[1]]()
