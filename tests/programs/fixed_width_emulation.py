# Emulating C fixed-width integer types with masks, as firmware code ported
# from C does: wraparound, sign reinterpretation, saturating add.

def u8(v: int) -> int:
    return v & 0xFF

def i8(v: int) -> int:
    v &= 0xFF
    return v - 256 if v >= 128 else v

def u16(v: int) -> int:
    return v & 0xFFFF

def i16(v: int) -> int:
    v &= 0xFFFF
    return v - 0x10000 if v & 0x8000 else v

def u32(v: int) -> int:
    return v & 0xFFFFFFFF

def i32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >> 31 else v

def sat_add_i16(a: int, b: int) -> int:
    s = a + b
    if s > 32767:
        return 32767
    if s < -32768:
        return -32768
    return s

def c_div(a: int, b: int) -> int:
    # C truncates toward zero
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q

def c_mod(a: int, b: int) -> int:
    return a - c_div(a, b) * b

for v in [0, 127, 128, 255, 256, -1, -128, -129, 1000]:
    print(v, u8(v), i8(v), u16(v), i16(v))
print(u32(-1), i32(0xFFFFFFFF), i32(0x80000000), i32(0x7FFFFFFF), u32(1 << 32), i32(2 ** 40 + 5))
print(u8(200 + 100), i8(100 + 100), i16(30000 + 30000), sat_add_i16(30000, 30000), sat_add_i16(-30000, -30000))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(f"C: {a}/{b}={c_div(a, b)} {a}%{b}={c_mod(a, b)}   Python: {a}//{b}={a // b} {a}%{b}={a % b}")
# 32-bit multiply-with-carry hash, wrapping every step
h = 0x811C9DC5
for ch in "krait":
    h ^= ord(ch)
    h = u32(h * 0x01000193)
print("fnv1a", hex(h), i32(h))
# counter wraparound arithmetic (timer ticks)
t_start = u32(0xFFFFFFF0)
t_now = u32(t_start + 0x20)
print("elapsed", u32(t_now - t_start), t_now)
x = 1
for k in range(40):
    x = u16(x * 3 + 1)
print("lcg16", x, i16(x))
