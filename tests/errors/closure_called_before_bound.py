from typing import Callable


def twice(n: int) -> int:
    return step(step(n))


fns: list[Callable[[int], int]] = [twice]
step = fns[0]
print(twice(1))
# error: 5:12: calling a function value whose type is only known later (annotate the variable) is not supported yet by krait
