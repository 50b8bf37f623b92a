def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fib_iter(n: int) -> int:
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a

for i in range(0, 25, 3):
    print(i, fib(i), fib_iter(i))
print(fib(25))
print(fib_iter(90))

def fact(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact(n - 1)

for i in [0, 1, 5, 10, 20]:
    print(i, fact(i))

def gcd(a: int, b: int) -> int:
    if b == 0:
        return a
    return gcd(b, a % b)

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 10), gcd(-12, 18), gcd(12, -18))

def power_set_count(n: int) -> int:
    if n == 0:
        return 1
    return 2 * power_set_count(n - 1)

print(power_set_count(30))

def digits_sum(n: int) -> int:
    return n if n < 10 else n % 10 + digits_sum(n // 10)

print(digits_sum(987654321), digits_sum(0), digits_sum(10 ** 17))
