# Narrowing ends where the variable may become None again: after an `if`
# whose branch assigns it, inside a loop that assigns it, after `x = x.next`.
# Each read that may see None raises AttributeError as in CPython.
from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional["Node"]) -> None:
        self.value = value
        self.next = next


def branch_assigns(x: Optional[Node], drop: bool) -> int:
    if x is not None:
        if drop:
            x = None
        else:
            print("kept", x.value)
        return x.value
    return -1


def loop_assigns(x: Optional[Node]) -> int:
    total = 0
    if x is not None:
        for i in range(3):
            total += x.value
            x = x.next
    return total


def step_then_read(x: Optional[Node]) -> int:
    if x is not None:
        x = x.next
        return x.value
    return 0


def elif_chain(x: Optional[Node], k: int) -> int:
    if x is None:
        return 0
    elif k == 1:
        x = x.next
    elif k == 2:
        return x.value * 100
    return x.value


chain = Node(1, Node(2, None))
for drop in [False, True]:
    try:
        print("branch", branch_assigns(chain, drop))
    except AttributeError as e:
        print("AttributeError:", e)
for start in [chain, Node(5, Node(6, Node(7, None)))]:
    try:
        print("loop", loop_assigns(start))
    except AttributeError as e:
        print("AttributeError:", e)
for start in [chain, Node(9, None)]:
    try:
        print("step", step_then_read(start))
    except AttributeError as e:
        print("AttributeError:", e)
for k in range(3):
    print("elif", k, elif_chain(chain, k), elif_chain(None, k))
print("elif", elif_chain(Node(4, None), 2))
try:
    print(elif_chain(Node(4, None), 1))
except AttributeError as e:
    print("AttributeError:", e)
