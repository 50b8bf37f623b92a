# Chunking a byte stream and sliding windows, as generators.
from typing import Iterator


def chunks(data: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(data), size):
        yield data[i:i + size]


def windows(data: list[int], size: int) -> Iterator[tuple[int, int, int]]:
    for i in range(len(data) - size + 1):
        yield (data[i], data[i + 1], data[i + 2])


def moving_avg(data: list[int]) -> Iterator[float]:
    for a, b, c in windows(data, 3):
        yield (a + b + c) / 3


stream = list(range(1, 12))
for ch in chunks(stream, 4):
    print("chunk", ch, sum(ch))
print([round(v, 2) for v in moving_avg([3, 5, 4, 10, 2, 2, 9])])
print(max(windows(stream, 3)))
