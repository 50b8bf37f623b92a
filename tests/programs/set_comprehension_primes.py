# Set comprehensions: composites and primes below 60.
LIMIT = 60
composites = {i * j for i in range(2, 8) for j in range(i, LIMIT // i + 1) if i * j < LIMIT}
primes = sorted({n for n in range(2, LIMIT)} - composites)
print(primes)
print(len(composites))
twin = {p for p in primes if p + 2 in set(primes)}
print(sorted(twin))
residues = {p % 6 for p in primes if p > 3}
print(sorted(residues))


def prime_factors(n: int) -> set[int]:
    out: set[int] = set()
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.add(d)
            n //= d
        d += 1
    if n > 1:
        out.add(n)
    return out


for n in [12, 97, 360, 1001]:
    print(n, sorted(prime_factors(n)))
print(sorted(prime_factors(360) & prime_factors(1001)), sorted(prime_factors(12) | {5}))
