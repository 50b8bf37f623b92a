# Classes whose fields can lead back to themselves allow reference cycles:
# krait warns at the class with the path.  A tree of plain records cannot.
# A subclass that only inherits the field of its base's cycle is not
# warned again.
# krait-options: --target cortex-m0 --stack-estimate
# budget: warning 12:1: instances of 'Node' can form a reference cycle (Node.next -> Node): reference counting cannot free a cycle, so krait links its cycle collector, which frees it at gc.collect() or when the heap runs out
# budget: warning 18:1: instances of 'Parent' can form a reference cycle (Parent.children -> Child.parent -> Parent): reference counting cannot free a cycle, so krait links its cycle collector, which frees it at gc.collect() or when the heap runs out
# budget: warnings 2
from typing import Optional


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.next: Optional[Node] = None


class Parent:
    def __init__(self) -> None:
        self.children: list[Child] = []


class Child:
    def __init__(self, parent: Parent) -> None:
        self.parent = parent


class TimedNode(Node):
    def __init__(self, value: int, at: int) -> None:
        super().__init__(value)
        self.at = at


class Reading:
    def __init__(self, raw: int) -> None:
        self.raw = raw


head = Node(1)
head.next = TimedNode(2, 100)
p = Parent()
p.children.append(Child(p))
p.children.clear()
print(head.next.value if head.next else -1, len(p.children), Reading(3).raw)
