# A tiny calculator: operators dispatched through a dict of lambdas.
from typing import Callable, Optional

OPS: dict[str, Callable[[float, float], float]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}


def calc(expr: str) -> Optional[float]:
    a, op, b = expr.split()
    fn = OPS.get(op)
    if fn is None:
        return None
    return fn(float(a), float(b))


for e in ["1 + 2", "7 / 2", "3 * 4.5", "2 ^ 8", "10 - 0.25"]:
    print(e, "=", calc(e))
try:
    calc("1 / 0")
except ZeroDivisionError as err:
    print("error:", err)
