# Two generator streams combined: zip, enumerate with start, and a merge of sorted streams.
from typing import Iterator


def ramp(n: int, step: int) -> Iterator[int]:
    v = 0
    for _ in range(n):
        yield v
        v += step


def merge(a: Iterator[int], b: Iterator[int]) -> Iterator[int]:
    """Merges two ascending streams of non-negative values."""
    x = next(a, -1)
    y = next(b, -1)
    while x >= 0 or y >= 0:
        if y < 0 or (x >= 0 and x <= y):
            yield x
            x = next(a, -1)
        else:
            yield y
            y = next(b, -1)


for i, (p, q) in enumerate(zip(ramp(4, 3), ramp(6, 5)), start=1):
    print(i, p, q, p + q)
print(list(merge(ramp(5, 4), ramp(4, 5))))
print(list(merge(iter([1, 1, 9]), iter([]))))
