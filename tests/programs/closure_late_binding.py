# Closures capture variables, not values: the classic late-binding case.
from typing import Callable

late: list[Callable[[], int]] = []
for i in range(3):
    late.append(lambda: i * 10)
print([f() for f in late])

early: list[Callable[[], int]] = []
for i in range(3):
    early.append(lambda i=i: i * 10)
print([f() for f in early])


def make_multipliers() -> list[Callable[[int], int]]:
    out: list[Callable[[int], int]] = []
    for k in range(1, 4):
        def mul(x: int, k: int = k) -> int:
            return x * k
        out.append(mul)
    return out


print([m(7) for m in make_multipliers()])
