# Callbacks with priorities: a list of (priority, callback) tuples.
from typing import Callable

registry: list[tuple[int, Callable[[str], str]]] = []


def register(priority: int, fn: Callable[[str], str]) -> None:
    registry.append((priority, fn))


def shout(s: str) -> str:
    return s.upper()


register(2, shout)
register(1, lambda s: s + "?")
register(3, lambda s: "[" + s + "]")
for prio, fn in sorted(registry, key=lambda pf: pf[0]):
    print(prio, fn("ping"))
