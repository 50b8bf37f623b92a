from typing import Iterator


def f() -> Iterator[int]:
    yield 1


g = f()
g.send(None)
# error: 9:1: send() of generators and iterators (they only produce values: use next() and for) is not supported yet by krait
