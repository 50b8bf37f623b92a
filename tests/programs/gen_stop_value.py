# StopIteration carries the generator's return value: ints, strs and floats.
from typing import Generator


def measure(samples: list[float]) -> Generator[float, None, float]:
    total = 0.0
    for s in samples:
        total += s
        yield s * 2
    return total / len(samples)


def status(codes: list[int]) -> Generator[int, None, str]:
    bad = 0
    for c in codes:
        if c != 0:
            bad += 1
            yield c
    return "ok" if bad == 0 else f"{bad} faults"


def count(n: int) -> Generator[int, None, int]:
    for i in range(n):
        yield i
    return n


m = measure([1.0, 2.0, 4.0])
doubled: list[float] = []
try:
    while True:
        doubled.append(next(m))
except StopIteration as stop:
    print(doubled, stop.value)

s = status([0, 3, 0, 7])
try:
    while True:
        print("fault", next(s))
except StopIteration as done:
    print("status:", done.value)

z = status([0, 0])
try:
    next(z)
except StopIteration as e2:
    print("clean:", e2.value, e2)

k = count(2)
try:
    print(next(k), next(k), next(k))
except StopIteration as e3:
    print("count returned", e3.value, str(e3))
