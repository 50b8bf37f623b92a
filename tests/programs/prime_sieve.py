# Sieve of Eratosthenes over a list of bools, then a few questions about primes.
LIMIT = 200000

is_p = [True] * (LIMIT + 1)
is_p[0] = False
is_p[1] = False
i = 2
while i * i <= LIMIT:
    if is_p[i]:
        j = i * i
        while j <= LIMIT:
            is_p[j] = False
            j += i
    i += 1

primes = []
for n in range(LIMIT + 1):
    if is_p[n]:
        primes.append(n)
print("count below", LIMIT, ":", len(primes))
print("first 20:", primes[:20])
print("last 5:", primes[-5:])
for bound in [10, 100, 1000, 10000, 100000]:
    c = 0
    for p in primes:
        if p >= bound:
            break
        c += 1
    print(f"pi({bound}) = {c}")

twins = 0
for k in range(1, len(primes)):
    if primes[k] - primes[k - 1] == 2:
        twins += 1
print("twin pairs:", twins)

best_gap = 0
gap_at = 0
for k in range(1, len(primes)):
    g = primes[k] - primes[k - 1]
    if g > best_gap:
        best_gap = g
        gap_at = primes[k - 1]
print("largest gap:", best_gap, "after", gap_at)

# Goldbach: smallest prime p with n - p prime
for n in [4, 28, 100, 998, 9998, 199998]:
    for p in primes:
        if is_p[n - p]:
            print(f"{n} = {p} + {n - p}")
            break

total = 0
for p in primes:
    total += p
print("sum of primes:", total)

def factor(n: int) -> list[int]:
    out = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out

for n in [1, 2, 360, 9973, 123456789, 600851475143, 2 ** 31 - 1, 1000000007 * 3]:
    print(n, factor(n))

# Euler's totient for 1..30 with a sieve over a list of ints
N = 30
phi = []
for k in range(N + 1):
    phi.append(k)
for p in range(2, N + 1):
    if phi[p] == p:
        for m in range(p, N + 1, p):
            phi[m] -= phi[m] // p
print("phi:", phi[1:])

# segmented sieve of a window far above LIMIT, using the small primes
lo = 10 ** 12
width = 1000
seg = [True] * width
for p in primes:
    if p * p >= lo + width:
        break
    start = (lo + p - 1) // p * p
    for m in range(start, lo + width, p):
        seg[m - lo] = False
found = []
for k in range(width):
    if seg[k]:
        found.append(lo + k)
print("primes in [10**12, 10**12+1000):", len(found), found[:4], found[-2:])
