# A generator runs once: a second loop over it sees nothing, next() keeps raising.
from typing import Iterator


def three() -> Iterator[int]:
    print("start")
    yield 1
    yield 2
    yield 3
    print("end")


g = three()
print("made")
for v in g:
    print("first loop", v)
for v in g:
    print("second loop", v)
print(list(g), next(g, 0))
h = three()
print(next(h))
print(list(h))
try:
    next(h)
except StopIteration:
    print("still exhausted")
