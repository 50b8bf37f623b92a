# Reference cycles freed by the cycle collector: self loops, rings, parent
# and child lists, a dict of nodes, a bound method held in a field.
import gc
from typing import Callable, Optional


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.next: Optional[Node] = None


class Parent:
    def __init__(self, name: str) -> None:
        self.name = name
        self.children: list[Child] = []

    def add(self, tag: str) -> "Child":
        c = Child(self, tag)
        self.children.append(c)
        return c


class Child:
    def __init__(self, parent: Parent, tag: str) -> None:
        self.parent = parent
        self.tag = tag


class Timer:
    def __init__(self, period: int) -> None:
        self.period = period
        self.ticks = 0
        self.on_tick: Optional[Callable[[int], None]] = None

    def tick(self, n: int) -> None:
        self.ticks += n


def self_loop() -> int:
    a = Node(1)
    a.next = a
    return a.value


def ring(n: int) -> int:
    head = Node(0)
    tail = head
    for i in range(1, n):
        node = Node(i)
        tail.next = node
        tail = node
    tail.next = head
    total = 0
    p: Optional[Node] = head
    for _ in range(n):
        if p is None:
            break
        total += p.value
        p = p.next
    return total


def family() -> str:
    p = Parent("root")
    p.add("a")
    p.add("b")
    return p.name + ":" + ",".join(c.tag for c in p.children)


def timer() -> int:
    t = Timer(5)
    t.on_tick = t.tick
    cb = t.on_tick
    if cb is not None:
        cb(3)
    return t.ticks


def kept_alive() -> Node:
    a = Node(7)
    b = Node(8)
    a.next = b
    b.next = a
    return a


gc.collect()
print(self_loop())
print(gc.collect() > 0)
print(ring(10))
print(gc.collect() >= 10)
print(family())
print(gc.collect() > 0)
print(timer())
print(gc.collect() > 0)
k = kept_alive()
print(gc.collect())
nxt = k.next
print(k.value, nxt.value if nxt is not None else -1)
print(gc.collect())
