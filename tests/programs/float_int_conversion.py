for v in [3.9, -3.9, 0.5, -0.5, 1e15 + 0.5, -2.0, 1e18, 123.999999999, -1e-300]:
    print(v, int(v))
print(int(2.0 ** 61), int(-(2.0 ** 61)))
print(int("42"), int("  42  "), int("-7"), int("+15"), int("1_000_000"))
print(float(7) / 2, 7 / 2, 7 // 2, float(7 // 2))
print(int(7 / 2), int(-7 / 2), -7 // 2)
print(1 + 2.0, 3 * 0.5, 10 - 0.25, 2 ** -1.0)
print(5 / 1, 0 / 5, -0 / 5, 0 / -5)
print(int(1e16) == 10 ** 16, float(10 ** 16) == 1e16)
print(10 ** 15 / 3, 10 ** 15 // 3)
print(123456789 * 1.0, 2 ** 62 * 1.0)
print(isinstance(3 / 1, float), isinstance(3 // 1, int), isinstance(3.0 // 1, float))
i = 0
f = 0.0
while i < 10:
    f += i / 4
    i += 1
print(f, int(f), round(f))
print(abs(-3), abs(-3.5), abs(3), abs(-0), abs(-2 ** 62))
