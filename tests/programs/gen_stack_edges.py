# Generators consumed where they are made: abandoned half-way by break
# (closed at once, finally clauses run before the next statement), made
# once per loop iteration, raising inside the body being iterated, handed
# to another generator, drained by next() then by a for loop.
from typing import Iterator


def numbers(n: int, tag: str) -> Iterator[int]:
    try:
        for i in range(n):
            yield i
    finally:
        print("closed", tag)


def risky(n: int) -> Iterator[int]:
    for i in range(n):
        if i == 2:
            raise ValueError("bad sample " + str(i))
        yield i * 10


def doubled(src: Iterator[int]) -> Iterator[int]:
    for v in src:
        yield v * 2


def abandon() -> int:
    total = 0
    for v in numbers(10, "abandon"):
        if v == 3:
            break
        total += v
    print("after break")
    return total


def per_iteration(rows: int) -> list[int]:
    sums: list[int] = []
    for r in range(rows):
        s = 0
        for v in numbers(r, "row " + str(r)):
            s += v
        sums.append(s)
    return sums


def catch_inside() -> int:
    got = 0
    try:
        for v in risky(5):
            got += v
    except ValueError as e:
        print("caught", e, got)
    return got


def pipeline(n: int) -> int:
    return sum(doubled(doubled(numbers(n, "pipe"))))


def next_then_for(n: int) -> list[int]:
    it = numbers(n, "next")
    out = [next(it), next(it)]
    for v in it:
        out.append(v * 100)
    return out


def early_return(n: int) -> int:
    for v in doubled(numbers(n, "early")):
        if v > 4:
            return v
    return -1


def restart_while_alive() -> int:
    t = 0
    it = numbers(3, "first")
    for i in range(3):
        t += next(it)
        it = numbers(4, "again " + str(i))
    return t + next(it)


print(abandon())
print(per_iteration(3))
print(catch_inside())
print(pipeline(4))
print(next_then_for(4))
print(early_return(5))
print(restart_while_alive())
print("done")
