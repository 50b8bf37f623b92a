# Exercises loop performance; all values stay well inside int64.
total = 0
for i in range(1, 10 ** 6 + 1):
    total += i
print(total)
print(total == 10 ** 6 * (10 ** 6 + 1) // 2)

sq = 0
i = 0
while i < 1000000:
    sq += i * i % 7
    i += 1
print(sq)

acc = 0
for a in range(1000):
    for b in range(1000):
        if (a ^ b) & 1:
            acc += 1
print(acc)

h = 5381
for k in range(200000):
    h = (h * 33 + k) & 0xFFFFFFFF
print(h)

fsum = 0.0
for k in range(1, 100001):
    fsum += 1.0 / k
print(fsum)
