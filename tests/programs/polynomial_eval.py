def horner(coeffs: list[float], x: float) -> float:
    r = 0.0
    for c in coeffs:
        r = r * x + c
    return r

def naive(coeffs: list[float], x: float) -> float:
    n = len(coeffs) - 1
    r = 0.0
    for i in range(len(coeffs)):
        r += coeffs[i] * x ** (n - i)
    return r

p = [2.0, -6.0, 2.0, -1.0]
for x in [-2.0, -1.0, 0.0, 0.5, 1.0, 3.0, 10.0, 1e-3]:
    print(x, horner(p, x), naive(p, x), horner(p, x) == naive(p, x))

def derivative(coeffs: list[float]) -> list[float]:
    n = len(coeffs) - 1
    out = []
    for i in range(n):
        out.append(coeffs[i] * (n - i))
    return out

dp = derivative(p)
print(dp, derivative(dp), derivative([5.0]))
x = 3.0
for it in range(8):
    x = x - horner(p, x) / horner(dp, x)
    print(it, x, horner(p, x))

def ipoly(coeffs: list[int], x: int) -> int:
    r = 0
    for c in coeffs:
        r = r * x + c
    return r

print(ipoly([1, 0, -1], 7), ipoly([3, -2, 0, 5], -4), ipoly([1] * 20, 2), ipoly([1, 1], -(2 ** 40)))
