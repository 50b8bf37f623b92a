# Closures that stay in their function's frame: made in a loop, called
# after the variable they read has changed, nested, sharing a cell that
# nonlocal rebinds, holding an object made in the same loop.
from typing import Callable


class Reading:
    def __init__(self, value: int) -> None:
        self.value = value


def made_in_loop(xs: list[int]) -> int:
    total = 0
    for x in xs:
        double: Callable[[int], int] = lambda v: v * 2 + x
        total += double(x)
    return total


def called_after_change() -> list[int]:
    out: list[int] = []
    f: Callable[[], int] = lambda: -1
    for i in range(4):
        if i > 0:
            out.append(f())
        f = lambda: i * 10
    out.append(f())
    return out


def nested(base: int) -> int:
    def outer(x: int) -> int:
        def inner(y: int) -> int:
            return base + x * y
        return inner(x) + inner(1)
    return outer(2) + outer(3)


def shared_counter(steps: int) -> tuple[int, int]:
    count = 0

    def bump(by: int) -> None:
        nonlocal count
        count += by

    def peek() -> int:
        return count

    for s in range(steps):
        bump(s)
        count += 100
    return count, peek()


def holds_object(n: int) -> int:
    acc = 0
    show: Callable[[], int] = lambda: 0
    for i in range(n):
        r = Reading(i * 3)
        acc += show()
        show = lambda: r.value + 1
    return acc + show()


def through_mid() -> list[int]:
    x = 0

    def mid() -> Callable[[], int]:
        def inner() -> int:
            nonlocal x
            x += 1
            return x
        return inner

    f = mid()
    f()
    g = mid()
    return [f(), g(), x]


def key_functions(words: list[str], pivot: int) -> list[str]:
    ordered = sorted(words, key=lambda w: abs(len(w) - pivot))
    longest = max(words, key=lambda w: len(w) * 10 + pivot)
    return ordered + [longest]


def map_filter(xs: list[int], k: int) -> list[int]:
    scaled = list(map(lambda v: v * k, xs))
    return list(filter(lambda v: v > k * 2, scaled))


print(made_in_loop([1, 2, 3]))
print(called_after_change())
print(nested(5))
print(shared_counter(4))
print(holds_object(4))
print(through_mid())
print(key_functions(["ab", "abcd", "a", "abcdef"], 3))
print(map_filter([1, 2, 3, 4], 3))
