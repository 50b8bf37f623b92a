# Bitwise ops on Python ints behave like infinite two's complement.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a)
print(-5 & 0xFF)
print(-5 | 3)
print(-5 ^ 3)
print(~0, ~-1, ~255)
print(-1 & 0xFFFF)
print(-256 & 0xFFFF)
print(5 >> 1, -5 >> 1, -1 >> 10, -1024 >> 3)
print(1 << 0, 1 << 10, 1 << 40, 1 << 61)
print(-3 << 4)
print(0x7F & ~0x0F)
print((0xDEADBEEF >> 16) & 0xFF)
print(0xDEADBEEF & 0xFFFF)
x = 0x12345678
swapped = ((x & 0xFF) << 24) | ((x & 0xFF00) << 8) | ((x >> 8) & 0xFF00) | ((x >> 24) & 0xFF)
print(hex(swapped))

# population count
def popcount(v: int) -> int:
    c = 0
    while v:
        c += v & 1
        v >>= 1
    return c

for v in [0, 1, 7, 255, 256, 0xF0F0, 2 ** 40 - 1]:
    print("popcount", v, popcount(v))

# lowest set bit trick relies on negation
for v in [12, 40, 1, 96, 1 << 50]:
    print("lowbit", v, v & -v)

m = 0
m |= 1 << 3
m |= 1 << 5
m &= ~(1 << 3)
m ^= 0xF
print("m", m, bin(m))
print(6 & 3 | 8 ^ 1)
print(1 + 2 << 3)
print(-(1 << 62) >> 61)
