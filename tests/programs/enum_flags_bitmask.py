# IntEnum members as bit positions combined into a status mask.
from enum import IntEnum


class Status(IntEnum):
    READY = 0
    BUSY = 1
    ERROR = 2
    OVERRUN = 3


def decode(mask: int) -> list[str]:
    return [s.name for s in Status if mask & (1 << s)]


mask = 0
mask |= 1 << Status.READY
mask |= 1 << Status.OVERRUN
print(bin(mask), decode(mask))
mask &= ~(1 << Status.READY)
print(bin(mask), decode(mask))
print(decode(0b111), decode(0))
print(sum(1 << s for s in Status), max(Status), min(Status).name)
