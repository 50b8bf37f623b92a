inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan, -nan)
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / 1e308, 1 / inf, -1 / inf)
print(inf > 1e308, ninf < -1e308, inf == inf, inf == -ninf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
print(float("Infinity"), float("-INF"), float("iNf"), float("NaN"), float("+nan"))
print(abs(ninf), abs(nan), -inf)
print(min(inf, 3.0), max(ninf, -3.0))
print(f"{inf}", f"{inf:f}", f"{ninf:.2f}", f"{nan:e}", f"{inf:10.3f}|", f"{nan:+}", f"{inf:g}")
print(f"{inf:F}", f"{nan:F}", f"{inf:E}", f"{nan:G}", f"{inf:%}")
print(repr(inf), str(nan), [inf, nan])
print(5.0 % inf, -5.0 % inf, 5.0 % ninf, inf % 2)
print(1 // inf, -1 // inf, inf // 1)
try:
    print(int(inf))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(int(nan))
except ValueError as e:
    print("ValueError:", e)
try:
    print(round(ninf))
except OverflowError as e:
    print("OverflowError:", e)
print(round(inf, 2), round(nan, 1))
x = 1e308
steps = 0
while x != inf:
    x *= 10
    steps += 1
print("steps to inf", steps, x)
