# try/finally inside generators: the finally runs when the generator ends,
# when it raises, and when a consumer stops early (the generator is closed).
from typing import Iterator


def guarded(n: int, name: str) -> Iterator[int]:
    print(name, "open")
    try:
        for i in range(n):
            yield i
    finally:
        print(name, "closed")


for v in guarded(2, "full"):
    print("full got", v)

for v in guarded(5, "early"):
    print("early got", v)
    if v == 1:
        break
print("after break")


def failing() -> Iterator[int]:
    try:
        yield 1
        raise ValueError("sensor fault")
    finally:
        print("failing cleanup")


try:
    for v in failing():
        print("failing got", v)
except ValueError as e:
    print("caught", e)

g = guarded(3, "manual")
print(next(g))
g = guarded(1, "second")
print("rebound")
print(list(g))
