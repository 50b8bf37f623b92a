# Bound methods as values: the object is bound when the value is made, so
# rebinding the variable later does not change which object is called;
# bound methods in lists and dicts, through map(), returning values.
from typing import Callable


class Counter:
    def __init__(self, name: str) -> None:
        self.name = name
        self.n = 0

    def bump(self, by: int) -> int:
        self.n += by
        return self.n

    def label(self) -> str:
        return f"{self.name}={self.n}"


class Scaler:
    def __init__(self, k: int) -> None:
        self.k = k

    def apply(self, x: int) -> int:
        return x * self.k


a = Counter("a")
bump_a = a.bump
a = Counter("a2")  # bump_a still bumps the first counter
print(bump_a(2), bump_a(3), a.n)
b = Counter("b")
actions: list[Callable[[int], int]] = [b.bump, bump_a]
for act in actions:
    print(act(10))
labels: dict[str, Callable[[], str]] = {"b": b.label, "a2": a.label}
for key in sorted(labels):
    print(key, labels[key]())
double = Scaler(2)
print(list(map(double.apply, [1, 2, 3])))


def run_twice(f: Callable[[int], int], x: int) -> int:
    return f(f(x))


print(run_twice(double.apply, 5))
print(sorted([3, -1, 2], key=double.apply))


def bound_of_param(s: Scaler) -> Callable[[int], int]:
    return s.apply


class Pipeline:
    def __init__(self, k: int) -> None:
        self.k = k

    def step(self, x: int) -> int:
        return x + self.k

    def run(self, xs: list[int]) -> list[int]:
        return list(map(self.step, xs))


print(bound_of_param(Scaler(5))(2), Pipeline(10).run([1, 2]))
