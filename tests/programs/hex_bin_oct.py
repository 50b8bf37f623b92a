for v in [0, 1, -1, 7, 8, 255, -255, 256, 4096, -4096, 2 ** 32, -(2 ** 40), 2 ** 62 - 1, -(2 ** 62)]:
    print(v, hex(v), bin(v), oct(v))
print(hex(0xABCDEF), oct(0o17), bin(0b1010), hex(True))
h = hex(3054)
print(h, h[2:], len(h), h.upper(), int(h, 16), int(bin(-77), 0), int(oct(-77), 0))
mask = 0
for bit in [0, 3, 7, 15]:
    mask |= 1 << bit
    print(bin(mask), hex(mask), oct(mask))
print(f"{hex(255)!r:>8}", hex(-0), bin(-0), str(bin(5)).count("1"))
