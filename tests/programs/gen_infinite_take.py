# Infinite generators driven by next(): counters, cycles and a PRNG.
from typing import Iterator


def counter(start: int, step: int) -> Iterator[int]:
    while True:
        yield start
        start += step


def cycle(items: list[str]) -> Iterator[str]:
    while True:
        for it in items:
            yield it


def lcg(seed: int) -> Iterator[int]:
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state % 100


def take(n: int, it: Iterator[int]) -> list[int]:
    out: list[int] = []
    for _ in range(n):
        out.append(next(it))
    return out


c = counter(10, 5)
print(take(4, c), next(c))
phases = cycle(["red", "green", "blue"])
print([next(phases) for _ in range(7)])
rng = lcg(42)
print(take(8, rng))
print(take(3, counter(-3, -3)))
