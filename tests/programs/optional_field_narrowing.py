# Optional fields read through a variable are narrowed by `is not None`
# tests until something may change them: an assignment to the field (even
# through another name), any call, a dunder that assigns it.  Reads after
# that see None again and raise AttributeError as in CPython.
from typing import Optional


class Node:
    def __init__(self, v: int) -> None:
        self.v = v
        self.nxt: Optional[Node] = None
        self.reading: Optional[float] = None

    def reset(self) -> None:
        self.nxt = None

    def __add__(self, other: "Node") -> "Node":
        other.nxt = None  # a dunder that clears the field
        return Node(self.v + other.v)


class Toggle:
    def __init__(self) -> None:
        self.n = 0
        self.node = Node(7)

    @property
    def cur(self) -> Optional[Node]:
        self.n += 1
        return self.node if self.n % 2 == 1 else None


def link_then_read(a: Node) -> int:
    if a.nxt is not None:
        a.nxt.v += 1
        return a.nxt.v
    return -1


def after_call(a: Node) -> int:
    if a.nxt is not None:
        a.reset()
        return a.nxt.v
    return -1


def through_alias(a: Node, b: Node) -> int:
    if a.nxt is not None:
        b.nxt = None
        return a.nxt.v
    return -1


def through_dunder(a: Node) -> int:
    if a.nxt is not None:
        c = a + a
        return a.nxt.v + c.v
    return -1


def early_exit(a: Node) -> str:
    if a.reading is None:
        return "no reading"
    return f"{a.reading:.2f} (x2 = {a.reading * 2})"


def both(a: Node) -> bool:
    return a.nxt is not None and a.nxt.v > 5


def toggled(t: Toggle) -> int:
    if t.cur is not None:
        return t.cur.v
    return -1


def fresh() -> Node:
    n = Node(1)
    n.nxt = Node(5)
    return n


print("link_then_read", link_then_read(fresh()))
try:
    print("after_call", after_call(fresh()))
except AttributeError as e:
    print("after_call AttributeError:", e)
try:
    print("through_dunder", through_dunder(fresh()))
except AttributeError as e:
    print("through_dunder AttributeError:", e)
n = Node(1)
n.nxt = Node(2)
try:
    print("alias", through_alias(n, n))
except AttributeError as e:
    print("alias AttributeError:", e)
m = Node(3)
m.nxt = Node(4)
print("alias", through_alias(m, Node(0)))
print(early_exit(m))
m.reading = 1.5
print(early_exit(m), both(m), both(n))
m.nxt = Node(9)
print(both(m))
try:
    print("toggle", toggled(Toggle()))
except AttributeError as e:
    print("toggle AttributeError:", e)
