# A list returned from the function that makes it is a heap site, and the
# report says why; an object passed to a function that only reads it stays
# on the stack, one passed to a function that keeps it does not.
# krait-options: --target cortex-m0 --stack-estimate
# budget: site 19 "[0] * n" heap
# budget: site 19 "[0]" stack
# budget: site 29 stack 12
# budget: site 30 heap 12
# budget: stack bounded


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def make_buffer(n: int) -> list[int]:
    buf = [0] * n
    for i in range(n):
        buf[i] = i * i
    return buf


KEPT: list[Point] = []


def main() -> None:
    a = Point(1, 2)
    b = Point(3, 4)
    print(norm(a), len(make_buffer(8)))
    keep(b)
    print(len(KEPT), KEPT[0].x)


def norm(p: Point) -> int:
    return abs(p.x) + abs(p.y)


def keep(p: Point) -> None:
    KEPT.append(p)


main()
