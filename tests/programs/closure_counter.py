# Closures as counters: each counter has its own cell, shared by its functions.
from typing import Callable


def make_counter(start: int, step: int) -> Callable[[], int]:
    count = start

    def tick() -> int:
        nonlocal count
        count += step
        return count

    return tick


a = make_counter(0, 1)
b = make_counter(100, -10)
print(a(), a(), a())
print(b(), b())
print(a(), b())


def make_pair() -> tuple[Callable[[], int], Callable[[], None]]:
    n = 0

    def get() -> int:
        return n

    def bump() -> None:
        nonlocal n
        n += 5

    return get, bump


get, bump = make_pair()
bump()
bump()
print("shared cell:", get())
