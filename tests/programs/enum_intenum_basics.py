# IntEnum: members compare as ints, have .name and .value, iterate in order.
from enum import IntEnum


class Prio(IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10


print(Prio.HIGH, Prio.HIGH.name, Prio.HIGH.value)
print(repr(Prio.LOW), str(Prio.NORMAL), f"{Prio.NORMAL}")
print(Prio.HIGH > Prio.NORMAL, Prio.LOW == 1, Prio.NORMAL + 1)
print([p.name for p in Prio], len(Prio))
print(Prio(5), Prio(5) is Prio.NORMAL)
try:
    Prio(7)
except ValueError as e:
    print("ValueError:", e)
jobs = [("log", Prio.LOW), ("irq", Prio.HIGH), ("ui", Prio.NORMAL)]
for name, p in sorted(jobs, key=lambda j: j[1], reverse=True):
    print(name, p.name, int(p))
print(Prio["HIGH"].value)
