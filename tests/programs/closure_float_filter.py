# An exponential moving average filter with its state in a cell.
from typing import Callable


def ema(alpha: float) -> Callable[[float], float]:
    state = 0.0
    primed = False

    def step(x: float) -> float:
        nonlocal state, primed
        if not primed:
            state = x
            primed = True
        else:
            state = alpha * x + (1 - alpha) * state
        return round(state, 4)

    return step


f = ema(0.5)
print([f(v) for v in [10.0, 20.0, 20.0, 0.0, 5.0]])
g = ema(0.1)
print(g(1.0), g(2.0), f(100.0))
