print(2 ** 10)
print(2 ** 0)
print(0 ** 0)
print((-2) ** 3)
print(-2 ** 2)
print((-2) ** 2)
print(3 ** 39)
print(2 ** 61)
print(10 ** 18)
print(2 ** 3 ** 2)
print((2 ** 3) ** 2)
print(1 ** 1000)
print((-1) ** 1001)
print(7 ** 2 % 5)

def ipow(base: int, e: int) -> int:
    result = 1
    while e > 0:
        if e & 1:
            result *= base
        base *= base
        e >>= 1
    return result

for e in range(0, 13):
    print(3, e, ipow(3, e), 3 ** e == ipow(3, e))

def powmod(b: int, e: int, m: int) -> int:
    r = 1
    b %= m
    while e > 0:
        if e % 2 == 1:
            r = r * b % m
        b = b * b % m
        e //= 2
    return r

print(powmod(2, 100, 1000000007))
print(powmod(-3, 5, 7))
print(powmod(12345, 6789, 10007))

x = 5
x **= 3
print(x)
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 10 ** -2.0)
