# Generator frames consumed in the function that makes them live in a slot
# of its C frame: a for loop over a generator, a pipeline of generators
# handed to each other, a generator drained by next() and list(), one made
# per iteration of a loop (the slot is free again when the loop ends with
# it).  A generator returned from its function stays on the heap.
# krait-options: --target cortex-m0 --stack-estimate
# budget: sites stack=4 heap=3 static=0
# budget: site 31 "above(...)" stack 72
# budget: site 31 "readings(...)" stack 116
# budget: site 39 "readings(...)" stack 116
# budget: site 45 "readings(...)" stack 116
# budget: site 51 "readings(...)" heap 116
from typing import Iterator


def readings(n: int) -> Iterator[int]:
    x = 7
    for _ in range(n):
        x = (x * 31 + 11) % 1000
        yield x


def above(src: Iterator[int], limit: int) -> Iterator[int]:
    for v in src:
        if v > limit:
            yield v


def count_high(n: int) -> int:
    c = 0
    for _ in above(readings(n), 500):
        c += 1
    return c


def row_sums(n: int) -> int:
    t = 0
    for i in range(n):
        for v in readings(i):
            t += v
    return t


def head_and_rest(n: int) -> int:
    it = readings(n)
    first = next(it)
    return first * 1000 + len(list(it))


def make_stream(n: int) -> Iterator[int]:
    return readings(n)


print(count_high(20), row_sums(5), head_and_rest(6), sum(make_stream(3)))
