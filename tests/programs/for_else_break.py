def is_prime(n: int) -> bool:
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True

for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime", is_prime(n))

for x in range(0):
    print("never")
else:
    print("empty for: else runs")

for ch in "abc":
    if ch == "z":
        break
else:
    print("no z found")

for i in range(3):
    for j in range(3):
        if j == i:
            break
        print("pair", i, j)
    else:
        print("inner completed for", i)
print("loop var after loop:", i)
