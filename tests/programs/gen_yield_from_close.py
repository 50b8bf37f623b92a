# Closing a delegating generator closes the inner one first (finally order).
from typing import Iterator


def inner(tag: str) -> Iterator[int]:
    try:
        yield 1
        yield 2
    finally:
        print("inner", tag, "finally")


def outer(tag: str) -> Iterator[int]:
    try:
        yield 0
        yield from inner(tag)
        yield 3
    finally:
        print("outer", tag, "finally")


for v in outer("a"):
    print("a", v)
for v in outer("b"):
    print("b", v)
    if v == 1:
        break
print("done")
