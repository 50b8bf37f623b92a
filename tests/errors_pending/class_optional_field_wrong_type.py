# An Optional[Node] field holds a Node or None, nothing else.
from typing import Optional


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.next: Optional[Node] = None


head = Node(1)
head.next = 2
# error: 12:1: field 'next' of Node is Optional[Node]; it cannot hold an int
