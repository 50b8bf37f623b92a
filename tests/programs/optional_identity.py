# `is` between an Optional instance and an instance (or two Optionals)
# compares identities, None included: a linked list's cursor against a
# node, a slot table's entry against a handler.
from typing import Optional


class Node:
    def __init__(self, v: int) -> None:
        self.v = v
        self.nxt: Optional[Node] = None


a = Node(1)
b = Node(2)
a.nxt = b
cur: Optional[Node] = a
print(cur is a, cur is b, cur is not a, a.nxt is b, b.nxt is a, a is a.nxt)
cur = a.nxt
print(cur is a, cur is b, cur is not b)
cur = None
print(cur is a, cur is None, b.nxt is cur, a.nxt is not cur)
slots: list[Optional[Node]] = [None, a, b]
print([slots[i] is a for i in range(3)], slots[2] is b, slots[0] is slots[0])
a.nxt = None
print(a.nxt is b, a.nxt is None)
