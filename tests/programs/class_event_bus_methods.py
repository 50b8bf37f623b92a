# Bound methods as callbacks on an event bus.
from typing import Callable


class EventBus:
    def __init__(self) -> None:
        self.subs: dict[str, list[Callable[[int], None]]] = {}

    def subscribe(self, topic: str, fn: Callable[[int], None]) -> None:
        self.subs.setdefault(topic, []).append(fn)

    def publish(self, topic: str, value: int) -> int:
        handlers = self.subs.get(topic, [])
        for h in handlers:
            h(value)
        return len(handlers)


class Logger:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.lines: list[str] = []

    def on_value(self, v: int) -> None:
        self.lines.append(f"{self.prefix}{v}")


class Averager:
    def __init__(self) -> None:
        self.total = 0
        self.n = 0

    def add(self, v: int) -> None:
        self.total += v
        self.n += 1

    def mean(self) -> float:
        return self.total / self.n if self.n else 0.0


bus = EventBus()
log = Logger("temp=")
avg = Averager()
bus.subscribe("temp", log.on_value)
bus.subscribe("temp", avg.add)
bus.subscribe("hum", avg.add)
for topic, v in [("temp", 21), ("hum", 40), ("temp", 23), ("press", 1000)]:
    print(topic, "delivered to", bus.publish(topic, v))
print(log.lines, avg.mean(), avg.n)
