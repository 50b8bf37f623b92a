# Memoisation with a dict captured by a closure.
from typing import Callable

calls = 0


def memoize(fn: Callable[[int], int]) -> Callable[[int], int]:
    cache: dict[int, int] = {}

    def wrapper(n: int) -> int:
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    return wrapper


def slow_square(n: int) -> int:
    global calls
    calls += 1
    return n * n


fast = memoize(slow_square)
print([fast(i % 4) for i in range(12)])
print("underlying calls:", calls)


def ways(n: int) -> int:
    if n <= 1:
        return 1
    return ways_m(n - 1) + ways_m(n - 2)


ways_m = memoize(ways)
print(ways_m(40))
