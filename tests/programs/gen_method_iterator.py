# A generator as a method: iterating a sensor log's filtered entries.
from typing import Iterator


class SensorLog:
    def __init__(self, name: str) -> None:
        self.name = name
        self.values: list[int] = []

    def add(self, v: int) -> None:
        self.values.append(v)

    def above(self, limit: int) -> Iterator[int]:
        for v in self.values:
            if v > limit:
                yield v

    def deltas(self) -> Iterator[int]:
        for i in range(1, len(self.values)):
            yield self.values[i] - self.values[i - 1]


log = SensorLog("t0")
for v in [10, 14, 9, 22, 25, 17]:
    log.add(v)
print(list(log.above(12)))
print(list(log.deltas()))
print(max(log.deltas()), min(log.deltas()))
print(sum(1 for _ in log.above(100)))
