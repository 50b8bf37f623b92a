# Comparisons between int and float are exact in CPython.
print(1 == 1.0, 1 != 1.0, 0 == -0.0)
print(2 < 2.5, 3 > 2.5, -1 < -0.5)
big = 2 ** 53
print(big == float(big))
print(big + 1 == float(big + 1))
print(big + 1 > float(big))
print(big + 1 == 2.0 ** 53)
print(float(big + 1))
print(big + 1 < 9007199254740993.0)
print(9007199254740993 == 9007199254740992.0)
print(9007199254740993 > 9007199254740992.0)
print(2 ** 62 == 2.0 ** 62)
print(2 ** 62 - 1 < 2.0 ** 62)
print(2 ** 62 - 1 == 2.0 ** 62)
nan = float("nan")
inf = float("inf")
print(1 < inf, -inf < -(2 ** 62), 0 == nan, 0 != nan, 0 < nan, 0 > nan)
print(nan == nan, nan != nan)
print(1 <= 1.0 <= 1, 0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3)
print(int(0.1 + 0.2 == 0.3))
print(max(3, 2), max(2.5, 2.25), min(-0.0, 0.0), min(0.0, -0.0))
print(10 / 5 == 2, 7 / 2 == 3.5)
x = 3
y = 3.0
if x == y:
    print("equal")
print(-5 < -4.999999999 < -4)
print(True == 1, False == 0, True == 1.0)
