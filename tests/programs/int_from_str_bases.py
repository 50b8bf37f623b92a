print(int("ff", 16), int("FF", 16), int("0xff", 16), int(" -0x1f ", 16), int("0x1F", 0))
print(int("101", 2), int("0b101", 2), int("0b101", 0), int("-0B11", 0), int("777", 8), int("0o777", 0))
print(int("z", 36), int("Zz", 36), int("10", 36), int("123", 10), int("1_0", 16), int("0", 0))
print(int("00", 0), int("0_0", 0), int("  +0x_ff  ", 16), int("12", 3), int("21", 3))
cases = [("12", 2), ("0x", 16), ("0b2", 0), ("010", 0), ("g", 16), ("", 16), ("0x1f", 10), ("1.5", 16), ("-", 10), ("9", 8)]
for t in cases:
    text, base = t
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, "ValueError:", e)
for b in [1, 37, -1]:
    try:
        print(int("1", b))
    except ValueError as e:
        print("base", b, "ValueError:", e)
def parse_hex(s: str) -> int:
    v = 0
    for ch in s.lower():
        if "0" <= ch <= "9":
            d = ord(ch) - ord("0")
        elif "a" <= ch <= "f":
            d = ord(ch) - ord("a") + 10
        else:
            raise ValueError("bad hex digit " + repr(ch))
        v = v * 16 + d
    return v
for h in ["DEADBEEF", "7fff", "0", "cafe", "xyz"]:
    try:
        print(h, parse_hex(h), parse_hex(h) == int(h, 16))
    except ValueError as e:
        print(h, "error:", e)
