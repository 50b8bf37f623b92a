# A program whose classes allow a cycle links the cycle collector: the
# report says so, and a heap instance of a class on the cycle carries the
# collector's two-pointer header (8 B on Cortex-M0), while an instance of
# a class off the cycle does not.  Stack and static instances of the same
# class carry nothing.
# krait-options: --target cortex-m0 --stack-estimate
# budget: site 29 heap 20
# budget: site 30 heap 8
# budget: site 34 stack 12
# budget: warnings 1
import gc
from typing import Optional


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.next: Optional[Node] = None


class Reading:
    def __init__(self, raw: int) -> None:
        self.raw = raw


nodes: list[Node] = []
readings: list[Reading] = []
for i in range(3):
    nodes.append(Node(i))
    readings.append(Reading(i))


def local_sum() -> int:
    n = Node(5)
    return n.value


nodes[0].next = nodes[1]
nodes[1].next = nodes[0]
nodes.clear()
print(local_sum(), len(readings), gc.collect())
