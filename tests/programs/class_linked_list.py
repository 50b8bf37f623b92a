# A singly linked list with Optional next pointers and None narrowing.
from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional["Node"] = None) -> None:
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self) -> None:
        self.head: Optional[Node] = None
        self.size = 0

    def push_front(self, v: int) -> None:
        self.head = Node(v, self.head)
        self.size += 1

    def append(self, v: int) -> None:
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def remove(self, v: int) -> bool:
        prev: Optional[Node] = None
        cur = self.head
        while cur is not None:
            if cur.value == v:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev = cur
            cur = cur.next
        return False

    def reverse(self) -> None:
        prev: Optional[Node] = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def to_list(self) -> list[int]:
        out: list[int] = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out


ll = LinkedList()
for v in [3, 4, 5]:
    ll.append(v)
ll.push_front(1)
print(ll.to_list(), ll.size)
print(ll.remove(4), ll.remove(42), ll.remove(1))
print(ll.to_list(), ll.size)
ll.reverse()
print(ll.to_list())
empty = LinkedList()
empty.reverse()
print(empty.to_list(), empty.head is None)
