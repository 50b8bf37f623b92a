def ack(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

for m in range(3):
    for n in range(5):
        print(f"ack({m}, {n}) = {ack(m, n)}")
print("ack(3, 3) =", ack(3, 3))
print("ack(3, 5) =", ack(3, 5))
