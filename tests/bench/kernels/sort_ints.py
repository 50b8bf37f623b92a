# Sorting 100,000 ints made by a linear congruential generator: list.sort().
def make(n: int, seed: int) -> list[int]:
    out: list[int] = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 1000000)
    return out


def checksum(xs: list[int]) -> int:
    acc = 0
    for i in range(0, len(xs), 97):
        acc = (acc * 31 + xs[i]) % 1000000007
    return acc


data = make(100000, 42)
data.sort()
print(data[0], data[len(data) // 2], data[-1], checksum(data))
