from typing import Callable


def run(f: Callable[[int, int], int]) -> int:
    return f(1)


print(run(lambda a, b: a + b))
# error: 5:12: this Callable[[int, int], int] takes 2 arguments but 1 was given
