# A generator returned from the function that made it keeps the object it
# was called with: that object must outlive the function (it once stayed
# in the function's frame while the generator, on the heap, held it).
from typing import Iterator


class Point:
    def __init__(self, x: int) -> None:
        self.x = x


def offsets(p: Point) -> Iterator[int]:
    for i in range(3):
        yield p.x + i


def make_offsets(k: int) -> Iterator[int]:
    p = Point(k)
    return offsets(p)


def local_offsets(k: int) -> int:
    p = Point(k)
    return sum(offsets(p))


for v in make_offsets(5):
    print(v)
print(local_offsets(10))
