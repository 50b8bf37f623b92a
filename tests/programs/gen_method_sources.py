# Generators as methods of a class: a ring buffer walked oldest-first and filtered.
from typing import Iterator


class Ring:
    def __init__(self, size: int) -> None:
        self.size = size
        self.items: list[int] = [0] * size
        self.head = 0
        self.count = 0

    def push(self, v: int) -> None:
        self.items[(self.head + self.count) % self.size] = v
        if self.count < self.size:
            self.count += 1
        else:
            self.head = (self.head + 1) % self.size

    def oldest_first(self) -> Iterator[int]:
        for i in range(self.count):
            yield self.items[(self.head + i) % self.size]

    def over(self, limit: int) -> Iterator[int]:
        for v in self.oldest_first():
            if v > limit:
                yield v


ring = Ring(4)
for v in [5, 9, 2, 7, 11, 3]:
    ring.push(v)
print(list(ring.oldest_first()))
print(list(ring.over(4)))
print(sum(ring.oldest_first()), max(ring.over(0)))
for i, v in enumerate(ring.oldest_first()):
    print(i, v)
