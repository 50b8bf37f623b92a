# Generators are lazy: side effects happen only as values are pulled.
from typing import Iterator

log: list[str] = []


def produce(n: int) -> Iterator[int]:
    for i in range(n):
        log.append(f"make {i}")
        yield i
    log.append("exhausted")


g = produce(3)
print("created, log:", log)
first = next(g)
print("first", first, log)
for v in g:
    log.append(f"use {v}")
print(log)
again = list(g)
print("second pass:", again)
squares = (x * x for x in range(4))
print(next(squares), list(squares), list(squares))
