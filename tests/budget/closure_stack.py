# Closures that never leave the function making them live in a slot of its
# C frame, and so do the cells of the variables they share: a local helper
# called in a loop, a counter bumped through nonlocal, a lambda made once
# per iteration reading the loop variable (a cell, for late binding).  A
# closure returned from its function, and the cell it holds, stay on the
# heap, and the report says why.
# krait-options: --target cortex-m0 --stack-estimate
# budget: sites stack=7 heap=2 static=0
# budget: site 20 "def term" stack 12
# budget: site 29 "cell of 'n'" stack 8
# budget: site 32 "def check" stack 16
# budget: site 42 "cell of 'scale'" stack 8
# budget: site 45 "lambda x: x * scale" stack 12
# budget: site 50 "cell of 'total'" heap 8
# budget: site 53 "def add" heap 12
from typing import Callable


def weighted_sum(xs: list[int], w: int) -> int:
    def term(x: int) -> int:
        return x * w

    total = 0
    for x in xs:
        total += term(x)
    return total


def count_over(xs: list[int], limit: int) -> int:
    n = 0

    def check(x: int) -> None:
        nonlocal n
        if x > limit:
            n += 1

    for x in xs:
        check(x)
    return n


def scaled_total(n: int) -> int:
    t = 0
    for scale in range(1, n):
        f: Callable[[int], int] = lambda x: x * scale
        t += f(scale + 1)
    return t


def make_accumulator() -> Callable[[int], int]:
    total = 0

    def add(x: int) -> int:
        nonlocal total
        total += x
        return total

    return add


acc = make_accumulator()
acc(5)
print(weighted_sum([1, 2, 3], 4))
print(count_over([3, 9, 12, 1], 5))
print(scaled_total(4))
print(acc(2))
