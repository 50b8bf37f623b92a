from typing import Callable

check: Callable[[int], bool] = lambda v: v > 0
print(check("x"))
# error: 4:13: argument 1 is str, but this Callable[[int], bool] takes int
