# Predicates chosen at run time filter a list of readings.
from typing import Callable

readings = [18.5, 22.0, 35.5, -4.0, 27.25, 40.0]


def above(limit: float) -> Callable[[float], bool]:
    return lambda v: v > limit


def between(lo: float, hi: float) -> Callable[[float], bool]:
    def check(v: float) -> bool:
        return lo <= v <= hi
    return check


preds: dict[str, Callable[[float], bool]] = {"hot": above(30.0), "comfy": between(18.0, 26.0)}
for name in sorted(preds):
    p = preds[name]
    print(name, [r for r in readings if p(r)], list(filter(p, readings)) == [r for r in readings if p(r)])
