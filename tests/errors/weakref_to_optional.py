# weakref.ref() of a value that may be None: a weak reference to None is a
# TypeError, so the value must be tested first.
import weakref
from typing import Optional


class Node:
    def __init__(self) -> None:
        self.next: Optional[Node] = None


n = Node()
r = weakref.ref(n.next)
# error: 13:17: weakref.ref() of Optional[Node]: test it for None first (a weak reference to None is a TypeError)
