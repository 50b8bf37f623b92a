# Two closures, one resetting the count the other bumps, through a shared cell.
from typing import Callable


def make() -> tuple[Callable[[], int], Callable[[], None]]:
    count = 10

    def tick() -> int:
        nonlocal count
        count -= 1
        return count

    def reset() -> None:
        nonlocal count
        count = 10

    return tick, reset


tick, reset = make()
print(tick(), tick(), tick())
reset()
print(tick())
t2, r2 = make()
print(t2(), tick())
