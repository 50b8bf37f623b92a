# Sieve of Eratosthenes over a bytearray: primes below 2,000,000.
def sieve(n: int) -> int:
    composite = bytearray(n)
    composite[0] = 1
    composite[1] = 1
    i = 2
    while i * i < n:
        if composite[i] == 0:
            j = i * i
            while j < n:
                composite[j] = 1
                j += i
        i += 1
    count = 0
    last = 0
    for k in range(n):
        if composite[k] == 0:
            count += 1
            last = k
    return count * 10000000 + last


r = sieve(2000000)
print(r // 10000000, r % 10000000)
