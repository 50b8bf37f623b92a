# Builtins consuming generators: sum, min, max, any, all, sorted, list, enumerate, zip, set.
from typing import Iterator


def evens(n: int) -> Iterator[int]:
    for i in range(n):
        if i % 2 == 0:
            yield i


def names() -> Iterator[str]:
    yield "gamma"
    yield "alpha"
    yield "beta"


print(sum(evens(10)), min(evens(10)), max(evens(10)))
print(any(v > 7 for v in evens(10)), all(v % 2 == 0 for v in evens(10)))
print(sorted(names()), sorted(names(), reverse=True))
print(list(enumerate(names())))
print(list(zip(evens(6), names())))
print(sorted(set(evens(7))))
print(", ".join(names()))
print(max(names(), key=len), min(names()))
print(sum(evens(5), 100))
print([n.upper() for n in names() if n != "beta"])
print(dict(zip(names(), evens(6))))
