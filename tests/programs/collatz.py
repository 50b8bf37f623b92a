def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

def collatz_peak(n: int) -> int:
    peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        if n > peak:
            peak = n
    return peak

for n in [1, 2, 3, 6, 7, 9, 27, 97, 871]:
    print(n, collatz_steps(n), collatz_peak(n))
best = 1
best_steps = 0
for n in range(1, 100000):
    s = collatz_steps(n)
    if s > best_steps:
        best = n
        best_steps = s
print("longest below 100000:", best, best_steps, collatz_peak(best))
seq = []
n = 27
while n != 1 and len(seq) < 12:
    seq.append(n)
    n = n // 2 if n % 2 == 0 else 3 * n + 1
print(seq)
