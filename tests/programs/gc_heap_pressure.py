# krait-options: --heap 16K
# A program that drops a reference cycle on every iteration, in a heap
# far smaller than all the cycles together: when the heap runs out, the
# cycle collector frees the dropped cycles and the allocation is retried,
# so the loop never sees a MemoryError.  Live cycles (the ones still
# referenced) survive every collection with their contents intact.
from typing import Optional


class Peer:
    def __init__(self, ident: int) -> None:
        self.ident = ident
        self.other: Optional[Peer] = None
        self.log: list[int] = [ident, ident * 2, ident * 3]


def pair(ident: int) -> Peer:
    a = Peer(ident)
    b = Peer(ident + 1)
    a.other = b
    b.other = a
    return a


def checksum(p: Peer) -> int:
    o = p.other
    if o is None:
        return -1
    return p.ident + o.ident + sum(p.log) + sum(o.log)


kept: list[Peer] = []
total = 0
for i in range(2000):
    p = pair(i)
    total += checksum(p)
    if i % 500 == 0:
        kept.append(p)
print(total)
for p in kept:
    print(p.ident, checksum(p))
