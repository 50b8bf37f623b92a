# sorted, min and max with keys given as lambdas, functions and values.
from typing import Callable

records = [("fan", 3, 0.5), ("led", 1, 2.0), ("pump", 2, 1.25), ("buzzer", 1, 0.75)]


def by_power(r: tuple[str, int, float]) -> float:
    return r[2]


key_name: Callable[[tuple[str, int, float]], str] = lambda r: r[0]
print([r[0] for r in sorted(records, key=lambda r: (r[1], r[0]))])
print([r[0] for r in sorted(records, key=by_power, reverse=True)])
print([r[0] for r in sorted(records, key=key_name)])
print(min(records, key=by_power)[0], max(records, key=key_name)[0])
words = ["Delta", "alpha", "Charlie", "bravo"]
print(sorted(words, key=str.lower), sorted(words, key=len))
