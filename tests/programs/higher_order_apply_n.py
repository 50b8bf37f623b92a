# Applying a function n times; functions passed and returned.
from typing import Callable


def apply_n(f: Callable[[int], int], n: int, x: int) -> int:
    for _ in range(n):
        x = f(x)
    return x


def double(x: int) -> int:
    return x * 2


def repeat(f: Callable[[int], int], n: int) -> Callable[[int], int]:
    return lambda x: apply_n(f, n, x)


print(apply_n(double, 10, 1), apply_n(lambda v: v - 3, 4, 0))
eight = repeat(double, 3)
print(eight(5), repeat(eight, 2)(1))
