def depth_sum(n: int) -> int:
    if n == 0:
        return 0
    return n + depth_sum(n - 1)

def count_paths(r: int, c: int) -> int:
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)

def binary(n: int) -> str:
    if n < 2:
        return str(n)
    return binary(n // 2) + str(n % 2)

def flatten_sum(xs: list[list[int]], i: int) -> int:
    if i == len(xs):
        return 0
    return sum(xs[i]) + flatten_sum(xs, i + 1)

print(depth_sum(10), depth_sum(500), depth_sum(900))
print(count_paths(3, 3), count_paths(8, 8), count_paths(10, 6))
for n in [0, 1, 2, 5, 255, 1024, 2 ** 40 + 1]:
    print(n, binary(n), binary(n) == bin(n)[2:])
print(flatten_sum([[1, 2], [], [3], [4, 5, 6]], 0))
