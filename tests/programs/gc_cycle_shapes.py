# Cycles of several shapes, each dropped and collected: a dict of nodes
# that point back at their registry, a lambda stored in a field that
# captures its owner, a subclass on its base's cycle, a tuple field that
# holds a node, and garbage that points at an object still in use (which
# must survive the collection untouched).
import gc
from typing import Callable, Optional


class Registry:
    def __init__(self) -> None:
        self.nodes: dict[str, Member] = {}

    def join(self, name: str) -> None:
        self.nodes[name] = Member(name, self)


class Member:
    def __init__(self, name: str, reg: Registry) -> None:
        self.name = name
        self.reg = reg


class Button:
    def __init__(self, label: str) -> None:
        self.label = label
        self.presses = 0
        self.handler: Optional[Callable[[], str]] = None

    def arm(self) -> None:
        self.handler = lambda: self.label + "!" * self.presses


class Link:
    def __init__(self, v: int) -> None:
        self.v = v
        self.nxt: Optional[Link] = None


class TimedLink(Link):
    def __init__(self, v: int, t: float) -> None:
        super().__init__(v)
        self.t = t


class Edge:
    def __init__(self, w: int) -> None:
        self.w = w
        self.ends: tuple[int, Edge] = (w, self)


class Shared:
    def __init__(self, text: str) -> None:
        self.text = text


class Holder:
    def __init__(self, s: Shared) -> None:
        self.s = s
        self.me: Optional[Holder] = None


def registry() -> int:
    r = Registry()
    for n in ["a", "b", "c"]:
        r.join(n)
    return len(r.nodes)


def button() -> str:
    b = Button("ok")
    b.arm()
    b.presses = 2
    h = b.handler
    return h() if h is not None else ""


def links() -> float:
    a = TimedLink(1, 0.5)
    b = Link(2)
    a.nxt = b
    b.nxt = a
    return a.t + b.v


def edges() -> int:
    e = Edge(4)
    f = Edge(5)
    e.ends = (5, f)
    f.ends = (6, e)
    return e.ends[0] + e.ends[1].w


def holders(s: Shared) -> int:
    h = Holder(s)
    h.me = h
    return len(h.s.text)


gc.collect()
print(registry(), gc.collect() > 0)
print(button(), gc.collect() > 0)
print(links(), gc.collect() > 0)
print(edges(), gc.collect() > 0)
keep = Shared("still here")
for i in range(3):
    print(holders(keep))
print(gc.collect() > 0)
print(keep.text)
