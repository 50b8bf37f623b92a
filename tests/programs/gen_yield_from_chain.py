# yield from: concatenating sources, flattening nested lists, and delegation results.
from typing import Generator, Iterator


def chain(a: list[int], b: list[int]) -> Iterator[int]:
    yield from a
    yield from b


def flatten(rows: list[list[int]]) -> Iterator[int]:
    for row in rows:
        yield from row


def letters(word: str) -> Iterator[str]:
    yield from word
    yield "!"


def count_up(n: int) -> Generator[int, None, int]:
    for i in range(n):
        yield i
    return n * 10


def outer() -> Generator[int, None, str]:
    a = yield from count_up(2)
    b = yield from count_up(3)
    return f"a={a} b={b}"


print(list(chain([1, 2], [3])))
print(list(flatten([[1], [], [2, 3], [4]])))
print("".join(letters("hey")))
print(list(outer()))
g = outer()
vals: list[int] = []
try:
    while True:
        vals.append(next(g))
except StopIteration as stop:
    print(vals, stop.value)
print(list(range(3)), list(x for x in chain([5], [6, 7])))
