# collections.namedtuple and typing.NamedTuple as value types.
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", ["x", "y"])


class Sample(NamedTuple):
    channel: int
    value: float
    ok: bool = True


p = Point(3, 4)
print(p, p.x, p[1], p == Point(3, 4), p == (3, 4))
x, y = p
print(x + y, len(p), tuple(p))
q = p._replace(y=10)
print(q, p)
samples = [Sample(2, 1.5), Sample(0, 3.25, False), Sample(1, 0.5)]
for s in sorted(samples):
    print(s)
print(max(samples, key=lambda s: s.value).channel)
good = [s for s in samples if s.ok]
print(len(good), sum(s.value for s in good))
print(Sample(1, 2.0) == Sample(1, 2.0, True), Sample(1, 2.0)._fields)
c, v, ok = samples[1]
print(c, v, ok)
