# Driving a generator by hand with next() and a default.
from typing import Iterator


def fib() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n: int, it: Iterator[int]) -> list[int]:
    out: list[int] = []
    for _ in range(n):
        out.append(next(it))
    return out


g = fib()
print(take(10, g))
print(next(g), next(g))


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


c = countdown(3)
print(next(c), next(c), next(c), next(c, -1), next(c, -1))
try:
    next(c)
except StopIteration:
    print("StopIteration raised")
