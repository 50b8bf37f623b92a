# Generator expressions as values: stored, passed to functions, advanced with next().
from typing import Iterator


def total(it: Iterator[int]) -> int:
    s = 0
    for v in it:
        s += v
    return s


def first_over(it: Iterator[float], limit: float) -> float:
    for v in it:
        if v > limit:
            return v
    return -1.0


data = [4, 8, 15, 16, 23, 42]
squares = (x * x for x in data)
print(next(squares), next(squares))
print(total(squares))
print(total(x for x in data if x % 2 == 1))
print(first_over((v / 2 for v in data), 10.0))
odd = (x for x in data if x % 2)
print(list(odd), list(odd))
pairs = ((i, x) for i, x in enumerate(data) if x > 10)
print(next(pairs), list(pairs))
names = (f"s{i}" for i in range(3))
print(", ".join(names))
