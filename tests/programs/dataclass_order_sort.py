# @dataclass(order=True): records sort by their fields in order.
from dataclasses import dataclass


@dataclass(order=True)
class Event:
    time_ms: int
    prio: int
    name: str


events = [
    Event(300, 1, "adc"),
    Event(100, 2, "uart"),
    Event(300, 0, "gpio"),
    Event(100, 2, "spi"),
    Event(50, 9, "boot"),
]
for e in sorted(events):
    print(e)
print(min(events), max(events))
print(Event(1, 1, "a") < Event(1, 1, "b"), Event(2, 0, "a") <= Event(1, 9, "z"))
queue = sorted(events, reverse=True)
print([e.name for e in queue])
