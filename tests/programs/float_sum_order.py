# Floating-point addition is not associative: the order of accumulation matters.
a = 1e16
b = 1.0
c = -1e16
print((a + b) + c, a + (b + c), (a + c) + b)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
vals = [0.1] * 10
acc = 0.0
for v in vals:
    acc += v
print(acc, acc == 1.0)
rev = 0.0
i = len(vals) - 1
while i >= 0:
    rev += vals[i]
    i -= 1
print(rev)
mixed = [1e20, 1.0, -1e20, 3.0, 0.5]
s1 = 0.0
for v in mixed:
    s1 += v
print(s1)
print(sum([1.5, 2.5, 3.0]), sum([0.5, 0.25]), sum([1, 2, 3]))
tiny = 0.0
for k in range(1000):
    tiny += 0.001
print(tiny)
big = 0.0
for k in range(1, 1001):
    big += 1.0 / (k * k)
print(big)
small_first = 0.0
for k in range(1000, 0, -1):
    small_first += 1.0 / (k * k)
print(small_first, small_first == big)
print(sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
