# IntEnum priorities ordering work items; members behave as ints in
# arithmetic, sorting, max/min and as dict keys.
from enum import IntEnum


class Prio(IntEnum):
    IDLE = -1
    LOW = 0
    MID = 5
    HIGH = 9


queue: list[tuple[int, str]] = []
budget: dict[Prio, int] = {p: 0 for p in Prio}


def submit(p: Prio, what: str) -> None:
    queue.append((int(p), what))
    budget[p] += 1


submit(Prio.LOW, "log")
submit(Prio.HIGH, "irq")
submit(Prio.MID, "ui")
submit(Prio.HIGH, "dma")
submit(Prio.IDLE, "gc")
for pv, what in sorted(queue, reverse=True):
    print(Prio(pv), Prio(pv).name, what)
print(max(Prio), min(Prio), sorted(Prio)[1].name)
print([budget[p] for p in Prio])
print(Prio.HIGH + Prio.MID, Prio.HIGH * 2, -Prio.MID, Prio.HIGH // 2)
print(Prio.MID in [5, 6], 9 == Prio.HIGH, Prio.LOW < 1 < Prio.MID)
total = 0
for p in Prio:
    total += p
print("total", total, int(Prio.HIGH), float(Prio.MID))
