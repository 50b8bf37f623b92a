# A running statistics accumulator built from nested functions.
from typing import Callable


def make_stats() -> tuple[Callable[[float], None], Callable[[], str]]:
    n = 0
    total = 0.0
    lo = float("inf")
    hi = float("-inf")

    def add(x: float) -> None:
        nonlocal n, total, lo, hi
        n += 1
        total += x
        if x < lo:
            lo = x
        if x > hi:
            hi = x

    def report() -> str:
        if n == 0:
            return "no data"
        return f"n={n} mean={total / n:.3f} min={lo} max={hi}"

    return add, report


add, report = make_stats()
print(report())
for v in [3.5, 2.25, 9.0, 4.75]:
    add(v)
    print(report())
add2, report2 = make_stats()
add2(-1.0)
print(report2(), "|", report())
