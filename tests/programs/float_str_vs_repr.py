nums = [0.1, 1.0, 100.0, 1e16, 1.5e-07, 3.0, -2.5, 1 / 7]
for n in nums:
    s = str(n)
    r = repr(n)
    print(s, r, s == r, len(s), f"{n}", f"{n!r}", f"{n!s}")
print(str(1.0) + "x", "x" + repr(2.0), str(10.0 / 4))
line = ""
for n in nums:
    line += str(n) + ","
print(line)
print(float(str(1 / 3)) == 1 / 3, float(repr(2 / 3)) == 2 / 3)
print(str(1e16)[-3:], str(1.5e-07)[:3], len(str(-0.0)))
