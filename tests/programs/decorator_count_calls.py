# A decorator counting calls, applied to several functions.
from typing import Callable

counts: dict[str, int] = {}


def counted(fn: Callable[[int], int]) -> Callable[[int], int]:
    key = f"f{len(counts)}"
    counts[key] = 0

    def wrapper(x: int) -> int:
        counts[key] += 1
        return fn(x)

    return wrapper


@counted
def inc(x: int) -> int:
    return x + 1


@counted
def sq(x: int) -> int:
    return x * x


print(inc(1), inc(inc(1)), sq(4))
print(counts)
