# Lambdas with default arguments and conditional expressions.
from typing import Callable

clamp = lambda x, lo=0, hi=100: lo if x < lo else hi if x > hi else x
print(clamp(-5), clamp(50), clamp(500), clamp(500, 0, 255), clamp(3, hi=2))
fmt = lambda v, unit="C": f"{v:.1f}{unit}"
print(fmt(21.456), fmt(70.0, "F"))
compose: Callable[[Callable[[int], int], Callable[[int], int]], Callable[[int], int]] = (
    lambda f, g: lambda x: f(g(x))
)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))


def pipeline(x: int, stages: list[Callable[[int], int]]) -> int:
    for stage in stages:
        x = stage(x)
    return x


stages: list[Callable[[int], int]] = [inc, dbl, lambda v: v - 3, lambda v: clamp(v, 0, 10)]
print([pipeline(x, stages) for x in range(-2, 8)])
