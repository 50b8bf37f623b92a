# Sieve of Eratosthenes over a bytearray of flags.
N = 120
flags = bytearray([1]) * (N + 1)
flags[0] = 0
flags[1] = 0
i = 2
while i * i <= N:
    if flags[i]:
        for j in range(i * i, N + 1, i):
            flags[j] = 0
    i += 1
primes = [n for n in range(N + 1) if flags[n]]
print(primes)
print(len(primes), sum(flags))
print(flags[:12])
print(bytes(flags[90:100]))


def count_primes_below(limit: int) -> int:
    marks = bytearray(limit)
    count = 0
    for n in range(2, limit):
        if not marks[n]:
            count += 1
            for m in range(n * n, limit, n):
                marks[m] = 1
    return count


for lim in [10, 100, 1000, 5000]:
    print("primes below", lim, "=", count_primes_below(lim))
