# A variable narrowed by `while x is not None` or `if x is not None` stays
# narrowed in the statements before the one that assigns it again.
from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional["Node"]) -> None:
        self.value = value
        self.next = next


def last(head: Node) -> Node:
    p = head
    nxt = p.next
    while nxt is not None:
        p = nxt
        nxt = p.next
    return p


def total(head: Optional[Node]) -> int:
    s = 0
    node = head
    while node is not None:
        s += node.value
        if node.value > 2:
            s += 100
        node = node.next
    return s


def second(head: Optional[Node]) -> int:
    if head is None:
        return -1
    v = head.value
    head = head.next
    if head is not None:
        return v * 10 + head.value
    return v


chain = Node(1, Node(2, Node(3, None)))
print(last(chain).value, total(chain), second(chain), second(None), second(Node(7, None)))
