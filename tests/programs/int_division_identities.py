# (a // b) * b + a % b == a and 0 <= |a % b| < |b| with the sign of b, for ints and floats.
vals = [-17, -9, -8, -1, 0, 1, 7, 8, 17, 1000000007, -1000000007, 2 ** 61, -(2 ** 61)]
divs = [-7, -3, -2, -1, 1, 2, 3, 7, 2 ** 31]
bad = 0
lines = 0
for a in vals:
    for b in divs:
        q = a // b
        r = a % b
        if q * b + r != a:
            bad += 1
        if b > 0 and not (0 <= r < b):
            bad += 1
        if b < 0 and not (b < r <= 0):
            bad += 1
        if lines < 25:
            print(f"{a} // {b} = {q}, {a} % {b} = {r}")
            lines += 1
print("int violations:", bad)
fvals = [-7.5, -0.5, 0.0, 0.5, 7.5, 1e10, -1e-10]
fdivs = [-2.0, -0.75, 0.75, 2.0]
for fa in fvals:
    for fb in fdivs:
        fq = fa // fb
        fr = fa % fb
        print(fa, fb, fq, fr, fq * fb + fr)
print(-2 ** 61 // 3, -2 ** 61 % 3, 2 ** 61 // -3, 2 ** 61 % -3)
print(-(2 ** 62) // 2 ** 31, -(2 ** 62) % 7)
