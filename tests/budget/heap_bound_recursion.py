# An object made by a recursive function may be live once per level: no
# bound on the heap peak, and the report names the recursion.
# budget: heap-bound unbounded recursion build > build
# budget: stack unbounded build > build
from typing import Optional


class Node:
    def __init__(self, depth: int, child: Optional["Node"]) -> None:
        self.depth = depth
        self.child = child


def build(depth: int) -> Optional[Node]:
    if depth == 0:
        return None
    return Node(depth, build(depth - 1))


def count(n: Optional[Node]) -> int:
    total = 0
    while n is not None:
        total += 1
        n = n.child
    return total


print(count(build(5)))
