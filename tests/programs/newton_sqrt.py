def sqrt_newton(x: float) -> float:
    if x == 0.0:
        return 0.0
    g = x / 2.0 if x > 1.0 else 1.0
    for i in range(60):
        nxt = 0.5 * (g + x / g)
        if nxt == g:
            break
        g = nxt
    return g

def isqrt(n: int) -> int:
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

for v in [0.0, 1.0, 2.0, 9.0, 10.0, 0.25, 1e10, 1e-10, 123456.789]:
    r = sqrt_newton(v)
    print(v, r, r * r, r == v ** 0.5)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 12, 10 ** 18, 2 ** 62 - 1]:
    print(n, isqrt(n))
