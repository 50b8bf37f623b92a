# Tuple displays where a tuple with Optional fields is wanted: (1, None) as
# a tuple[int, Optional[Node]] in an annotated variable, a later
# assignment, a field, a parameter (positional and keyword), a method
# argument, a dataclass field, a return value and a list of such tuples.
from dataclasses import dataclass
from typing import Optional


class Node:
    def __init__(self, v: int) -> None:
        self.v: int = v


class Edge:
    def __init__(self, w: int) -> None:
        self.w = w
        self.ends: tuple[int, Optional[Edge]] = (w, None)

    def link(self, pair: tuple[int, Optional["Edge"]]) -> int:
        self.ends = pair
        return pair[0]


@dataclass
class Slot:
    name: str
    held: tuple[str, Optional[Node]]


def show(p: tuple[int, Optional[Node]]) -> str:
    q = p[1]
    return "%d:%s" % (p[0], str(q.v) if q is not None else "-")


def lookup(k: int) -> tuple[bool, Optional[Node]]:
    if k > 0:
        return (True, Node(k))
    return (False, None)


x: tuple[int, Optional[Node]] = (1, None)
print(show(x))
n = Node(3)
x = (2, n)
print(show(x), show((5, None)), show(p=(6, n)))
e = Edge(4)
f = Edge(5)
print(e.ends[1] is None, e.link((7, f)), f.link((8, None)))
nxt = e.ends[1]
print(nxt.w if nxt is not None else -1)
e.ends = (9, e)
print(e.ends[0])
s = Slot("a", ("empty", None))
t = Slot("b", held=("full", n))
print(s.held[1] is None, t.held[0])
pairs: list[tuple[str, Optional[Node]]] = [("a", None), ("b", n), ("c", Node(4))]
for name, node in pairs:
    print(name, node.v if node is not None else None)
print(lookup(0)[0], lookup(2)[0])
