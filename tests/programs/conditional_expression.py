def sign(n: int) -> str:
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

for n in [-2, 0, 3]:
    print(n, sign(n))
x = 7
parity = "even" if x % 2 == 0 else "odd"
print(parity)
absx = -x if x < 0 else x
print(absx, 1 if absx else 0)
def noisy(v: int) -> int:
    print("noisy", v)
    return v
r = noisy(1) if x > 5 else noisy(2)
print(r)
r = noisy(3) if x > 50 else noisy(4)
print(r)
vals = [3.5, -1.25, 0.0]
for v in vals:
    print(v, v if v >= 0 else -v, "nonneg" if v >= 0.0 else "neg")
