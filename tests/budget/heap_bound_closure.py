# Closures (a function object and its captures) and cells (one shared
# variable) take the sizes of the target's layout.
# budget: heap-bound 273
from typing import Callable


def counter(start: int) -> Callable[[], int]:
    n = start

    def tick() -> int:
        nonlocal n
        n += 1
        return n

    return tick


def scaler(k: int) -> Callable[[int], int]:
    return lambda x: x * k


t = counter(10)
t()
print(t(), scaler(3)(7))
