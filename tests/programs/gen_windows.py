# Sliding windows and pairwise deltas over readings, as generators.
from typing import Iterator


def window(values: list[float], size: int) -> Iterator[list[float]]:
    for i in range(len(values) - size + 1):
        yield values[i:i + size]


def pairwise(values: list[float]) -> Iterator[tuple[float, float]]:
    prev = values[0]
    for v in values[1:]:
        yield (prev, v)
        prev = v


temps = [20.5, 21.0, 21.5, 23.0, 22.0, 21.0]
for w in window(temps, 3):
    print(w, round(sum(w) / len(w), 3))
print([round(b - a, 2) for a, b in pairwise(temps)])
print(max(b - a for a, b in pairwise(temps)))
rising = sum(1 for a, b in pairwise(temps) if b > a)
print("rising steps:", rising)
