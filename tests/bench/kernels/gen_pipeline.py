# A sensor pipeline of generators: samples from an LCG, a filter that drops
# outliers, a scaler, and a moving sum over a window of 8.
from typing import Iterator


def samples(n: int) -> Iterator[int]:
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x % 4096


def in_range(src: Iterator[int], lo: int, hi: int) -> Iterator[int]:
    for v in src:
        if lo <= v <= hi:
            yield v


def scaled(src: Iterator[int], num: int, den: int) -> Iterator[int]:
    for v in src:
        yield v * num // den


def moving_sum(src: Iterator[int], width: int) -> Iterator[int]:
    window = [0] * width
    total = 0
    i = 0
    for v in src:
        total += v - window[i % width]
        window[i % width] = v
        i += 1
        yield total


def run(n: int) -> int:
    acc = 0
    count = 0
    for s in moving_sum(scaled(in_range(samples(n), 100, 4000), 3, 2), 8):
        acc = (acc + s) % 1000000007
        count += 1
    return acc * 10000000 + count


r = run(1000000)
print(r // 10000000, r % 10000000)
