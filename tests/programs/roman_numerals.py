VALUES = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
SYMBOLS = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]


def to_roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        raise ValueError(f"{n} is out of range for roman numerals")
    out = ""
    for i in range(len(VALUES)):
        while n >= VALUES[i]:
            out += SYMBOLS[i]
            n -= VALUES[i]
    return out


def char_value(ch: str) -> int:
    idx = "IVXLCDM".find(ch)
    if idx < 0:
        raise ValueError("bad roman digit " + repr(ch))
    return [1, 5, 10, 50, 100, 500, 1000][idx]


def from_roman(s: str) -> int:
    total = 0
    for i in range(len(s)):
        v = char_value(s[i])
        if i + 1 < len(s) and char_value(s[i + 1]) > v:
            total -= v
        else:
            total += v
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(f"{n:>5} {r:<16} {from_roman(r)}")
ok = True
for n in range(1, 4000):
    if from_roman(to_roman(n)) != n:
        ok = False
print("round trip 1..3999:", ok)
longest = ""
for n in range(1, 4000):
    r = to_roman(n)
    if len(r) > len(longest):
        longest = r
print("longest:", longest, from_roman(longest))
for bad in [0, 4000, -5]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    from_roman("MCMXCIVZ")
except ValueError as e:
    print("ValueError:", e)
