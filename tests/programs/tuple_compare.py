print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), (1, 2) != (2, 1))
print((1, "b") < (1, "c"), ("a", 5) < ("b", 0), (1.0, 2) == (1, 2.0), () < (0,))
print((0, 0) <= (0, 0), (0, 1) >= (0, 2), (3, 1, 4) > (3, 1, 3))
nan = float("nan")
print((nan, 1) == (nan, 1), (1, nan) < (2, nan))
a = (2, "x")
b = (2, "y")
print(max(a, b), min(a, b), a < b < (3, ""))
versions = [(1, 2, 10), (1, 10, 0), (1, 2, 9), (0, 99, 99)]
newest = versions[0]
for v in versions:
    if v > newest:
        newest = v
print(newest)
