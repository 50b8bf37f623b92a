# yield from: walking a tree stored as child lists.
from typing import Iterator

CHILDREN = {0: [1, 2], 1: [3, 4], 2: [5], 3: [], 4: [6], 5: [], 6: []}
NAMES = ["root", "bus", "gpio", "uart", "spi", "led", "flash"]


def walk(node: int, depth: int) -> Iterator[str]:
    yield "  " * depth + NAMES[node]
    for child in CHILDREN[node]:
        yield from walk(child, depth + 1)


def leaves(node: int) -> Iterator[int]:
    if not CHILDREN[node]:
        yield node
    for child in CHILDREN[node]:
        yield from leaves(child)


for line in walk(0, 0):
    print(line)
print([NAMES[n] for n in leaves(0)])
print(sum(1 for _ in walk(1, 0)))
