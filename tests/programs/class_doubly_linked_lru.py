# An LRU cache: dict for lookup plus a doubly linked list for recency.
from typing import Optional


class Entry:
    def __init__(self, key: int, value: str) -> None:
        self.key = key
        self.value = value
        self.prev: Optional[Entry] = None
        self.next: Optional[Entry] = None


class Lru:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.map: dict[int, Entry] = {}
        self.head: Optional[Entry] = None
        self.tail: Optional[Entry] = None

    def _unlink(self, e: Entry) -> None:
        if e.prev is not None:
            e.prev.next = e.next
        else:
            self.head = e.next
        if e.next is not None:
            e.next.prev = e.prev
        else:
            self.tail = e.prev
        e.prev = None
        e.next = None

    def _push_front(self, e: Entry) -> None:
        e.next = self.head
        if self.head is not None:
            self.head.prev = e
        self.head = e
        if self.tail is None:
            self.tail = e

    def get(self, key: int) -> Optional[str]:
        e = self.map.get(key)
        if e is None:
            return None
        self._unlink(e)
        self._push_front(e)
        return e.value

    def put(self, key: int, value: str) -> None:
        old = self.map.get(key)
        if old is not None:
            self._unlink(old)
            del self.map[key]
        elif len(self.map) >= self.capacity and self.tail is not None:
            victim = self.tail
            self._unlink(victim)
            del self.map[victim.key]
            print("evict", victim.key)
        e = Entry(key, value)
        self.map[key] = e
        self._push_front(e)

    def order(self) -> list[int]:
        out: list[int] = []
        cur = self.head
        while cur is not None:
            out.append(cur.key)
            cur = cur.next
        return out


c = Lru(3)
for k in [1, 2, 3]:
    c.put(k, f"page{k}")
print(c.order(), c.get(1), c.order())
c.put(4, "page4")
print(c.order(), c.get(2), c.get(3))
c.put(3, "PAGE3")
c.put(5, "page5")
print(c.order(), [c.map[k].value for k in sorted(c.map)])
