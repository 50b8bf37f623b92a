# Defaults fix a value when the closure is made; captures see the variable.
from typing import Callable


def build() -> list[Callable[[], str]]:
    out: list[Callable[[], str]] = []
    for tag in ["a", "b", "c"]:
        out.append(lambda tag=tag: tag * 2)
    return out


print([f() for f in build()])


def offsets(base: int) -> list[Callable[[int], int]]:
    fs: list[Callable[[int], int]] = []
    for k in range(3):
        def add(x: int, k: int = k) -> int:
            return base + x + k
        fs.append(add)
    return fs


print([f(100) for f in offsets(1000)])
