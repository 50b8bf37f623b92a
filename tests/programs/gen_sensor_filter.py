# Sensor samples through a chain of generator filters: clamp, median-of-3, deadband.
from typing import Iterator

SAMPLES = [12, 13, 250, 14, 15, 15, -40, 16, 17, 17, 18, 90, 19]


def clamp(src: Iterator[int], lo: int, hi: int) -> Iterator[int]:
    for v in src:
        yield max(lo, min(hi, v))


def median3(src: Iterator[int]) -> Iterator[int]:
    window: list[int] = []
    for v in src:
        window.append(v)
        if len(window) > 3:
            window.pop(0)
        if len(window) == 3:
            yield sorted(window)[1]


def deadband(src: Iterator[int], band: int) -> Iterator[int]:
    last = -1000
    for v in src:
        if abs(v - last) > band:
            last = v
            yield v


stage1 = clamp(iter(SAMPLES), 0, 100)
print(list(median3(stage1)))
print(list(deadband(median3(clamp(iter(SAMPLES), 0, 100)), 1)))
print(sum(median3(clamp(iter(SAMPLES), 0, 100))))
