from typing import Optional


class Node:
    def __init__(self, next: Optional["Node"]) -> None:
        self.next = next


def tail(head: Node) -> Node:
    p = head
    p = p.next
    return p


print(tail(Node(None)) is None)
# error: 11:5: variable 'p' of type Node cannot hold an Optional[Node]: the value may be None here
# note: 11:5: test it with 'is not None' before this assignment, or declare 'p: Optional[...]'
