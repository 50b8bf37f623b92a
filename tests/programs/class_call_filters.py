# Callable objects: filters and counters stepped with __call__.
class MovingAverage:
    def __init__(self, n: int) -> None:
        self.n = n
        self.window: list[float] = []

    def __call__(self, x: float) -> float:
        self.window.append(x)
        if len(self.window) > self.n:
            self.window.pop(0)
        return sum(self.window) / len(self.window)


class Debounce:
    def __init__(self, count: int) -> None:
        self.count = count
        self.run = 0
        self.state = False

    def __call__(self, level: bool) -> bool:
        if level != self.state:
            self.run += 1
            if self.run >= self.count:
                self.state = level
                self.run = 0
        else:
            self.run = 0
        return self.state


avg = MovingAverage(3)
print([round(avg(v), 3) for v in [1.0, 2.0, 6.0, 7.0, 7.0]])
deb = Debounce(2)
print([deb(b) for b in [True, False, True, True, True, False, False, True]])


def apply(f: MovingAverage, xs: list[float]) -> float:
    out = 0.0
    for x in xs:
        out = f(x)
    return out


print(apply(MovingAverage(2), [10.0, 20.0, 40.0]))
