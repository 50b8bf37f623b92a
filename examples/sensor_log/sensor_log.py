"""A ring buffer of sensor readings with running statistics and alarms.

Lists that grow to a fixed capacity, instances stored in them, a dict of
counters, f-strings: the heap holds the log, and its size is bounded by
the capacity.
"""
from typing import Optional


class Reading:
    def __init__(self, tick: int, value: int) -> None:
        self.tick = tick
        self.value = value


class Log:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.items: list[Reading] = []
        self.next = 0
        self.alarms: dict[str, int] = {"high": 0, "low": 0}

    def add(self, r: Reading) -> None:
        if len(self.items) < self.capacity:
            self.items.append(r)
        else:
            self.items[self.next] = r
        self.next = (self.next + 1) % self.capacity
        if r.value > 900:
            self.alarms["high"] += 1
        elif r.value < 100:
            self.alarms["low"] += 1

    def mean(self) -> float:
        return sum(r.value for r in self.items) / len(self.items)

    def peak(self) -> Optional[Reading]:
        best: Optional[Reading] = None
        for r in self.items:
            if best is None or r.value > best.value:
                best = r
        return best


def sample(tick: int) -> int:
    return (tick * 7919 + 13) % 1024


log = Log(16)
for tick in range(200):
    log.add(Reading(tick, sample(tick)))
    if tick % 50 == 49:
        p = log.peak()
        top = f"{p.value} at {p.tick}" if p is not None else "none"
        print(f"tick {tick}: mean {log.mean():.1f}, peak {top}, alarms {log.alarms}")
