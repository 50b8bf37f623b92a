def c_to_f(c: float) -> float:
    return c * 9 / 5 + 32

def f_to_c(f: float) -> float:
    return (f - 32) * 5 / 9

print(f"{'C':>8} {'F':>8} {'K':>8} {'back':>8}")
c = -40.0
while c <= 100.0:
    f = c_to_f(c)
    print(f"{c:>8.1f} {f:>8.1f} {c + 273.15:>8.2f} {f_to_c(f):>8.3f}")
    c += 17.5
print(c_to_f(37.0), f_to_c(98.6), f_to_c(c_to_f(-273.15)), c_to_f(-40.0) == -40.0)
readings = [21.4, 21.6, 21.5, 21.45, 21.55]
for r in readings:
    print(r, round(r, 1), f"{r:.1f}", int(r * 10) / 10, round(c_to_f(r), 2))
