# Named tuples: string field lists, keywords, nested and str fields, returning,
# unpacking in loops, and mixing with plain tuples.
from collections import namedtuple
from typing import NamedTuple

Pair = namedtuple("Pair", "key value")
Span = namedtuple("Span", "lo, hi")


class Reading(NamedTuple):
    sensor: str
    at: Span
    value: float = 0.0
    unit: str = "C"


def widest(spans: list[Span]) -> Span:
    best = spans[0]
    for s in spans:
        if s.hi - s.lo > best.hi - best.lo:
            best = s
    return best


pairs = [Pair("b", 2), Pair(value=1, key="a"), Pair("c", value=3)]
for k, v in pairs:
    print(k, v)
print(sorted(pairs), Pair("a", 1) in pairs, ("a", 1) in pairs)
print(pairs[0]._fields, Reading._fields, Span._fields)
spans = [Span(0, 4), Span(2, 9), Span(5, 6)]
w = widest(spans)
print(w, w.lo, w[1], repr(w), str(w))
r = Reading("t0", Span(1, 2))
r2 = r._replace(value=21.5, unit="F")
print(r, r2, r == r2, r.at.hi, r2.value)
counts: dict[Pair, int] = {}
for p in pairs + [Pair("a", 1)]:
    counts[p] = counts.get(p, 0) + 1
print(counts)
t = tuple(w)
print(t, t == w, len(r), r[0], Span(1, 2) < Span(1, 3))
labels = [f"{p.key}={p.value}" for p in pairs]
print(", ".join(labels))
one = namedtuple("One", ["only"])
print(one(5), one(only=7))
