# Generators never started, or left suspended, release their arguments and locals.
from typing import Iterator


def tag(name: str, items: list[str]) -> Iterator[str]:
    for it in items:
        yield name + it


g = tag("x", ["a", "b"])
h = tag("y", ["c"])
print(next(h))
g = tag("z", [])
print(list(g))
