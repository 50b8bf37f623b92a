# Composing functions into a pipeline with a higher-order helper.
from typing import Callable


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    def h(x: int) -> int:
        return g(f(x))
    return h


def add(n: int) -> Callable[[int], int]:
    return lambda x: x + n


def times(n: int) -> Callable[[int], int]:
    return lambda x: x * n


step = compose(add(3), times(2))
twice = compose(step, step)
print(step(1), twice(1))
fs = [add(1), times(10), compose(add(1), times(10))]
print([f(5) for f in fs])
