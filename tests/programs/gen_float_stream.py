# Iterator[float]: integer yields become floats; running mean and exponential smoothing.
from typing import Iterator


def as_volts(raw: list[int]) -> Iterator[float]:
    for r in raw:
        if r == 0:
            yield 0.0
        else:
            yield r * 3.3 / 1023


def running_mean(src: Iterator[float]) -> Iterator[float]:
    total = 0.0
    n = 0
    for v in src:
        total += v
        n += 1
        yield total / n


def smooth(src: Iterator[float], alpha: float) -> Iterator[float]:
    first = True
    s = 0.0
    for v in src:
        s = v if first else alpha * v + (1 - alpha) * s
        first = False
        yield s


RAW = [0, 512, 1023, 700, 0, 300]
print([round(v, 4) for v in as_volts(RAW)])
print([round(v, 4) for v in running_mean(as_volts(RAW))])
print([round(v, 3) for v in smooth(as_volts(RAW), 0.5)])
print(round(max(smooth(as_volts(RAW), 0.25)), 5))
