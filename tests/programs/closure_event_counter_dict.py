# Per-event counters built by a factory, kept in a dict of closures.
from typing import Callable

counters: dict[str, Callable[[], int]] = {}


def make_counter() -> Callable[[], int]:
    n = 0

    def bump() -> int:
        nonlocal n
        n += 1
        return n

    return bump


for name in ["rx", "tx", "err"]:
    counters[name] = make_counter()
for ev in ["rx", "rx", "tx", "rx", "err", "tx"]:
    print(ev, counters[ev]())
print(sorted(counters))
