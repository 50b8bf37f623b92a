t = True
f = False
print(t + t, t * 10, f * 10, t - f, -t, t / 2, t // 2)
print(t & f, t | f, t ^ t, t ^ f)
print(int(t), int(f), float(t), str(t), repr(f))
print(sum([True, True, False, True]))
count = 0
for v in [3, 0, -1, 0, 7]:
    count += v > 0
print("positives", count)
print(True == 1, True is True, not t, not f, not not t)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(""), bool(" "), bool("0"))
no_ints: list[int] = []
print(bool(no_ints), bool([0]), bool(()), bool((0,)), bool(None))
print(bool(float("nan")))
print(max(True, False), min(True, False))
print(True > False, True + 0.5)
print(f"{True}", f"{False!r}", f"{True:d}", f"{True:>6}")
print(isinstance(True, int), isinstance(1, int), isinstance(1, float), isinstance(1.0, float))
print(isinstance("s", str), isinstance(1.0, int))
b = 3 > 2
b = b and 1 < 0
print(b)
