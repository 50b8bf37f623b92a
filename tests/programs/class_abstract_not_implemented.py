# A base class whose methods raise NotImplementedError until overridden.
class Filter:
    def process(self, x: float) -> float:
        raise NotImplementedError("process() must be overridden")

    def run(self, xs: list[float]) -> list[float]:
        return [round(self.process(x), 4) for x in xs]


class LowPass(Filter):
    def __init__(self, alpha: float) -> None:
        self.alpha = alpha
        self.y = 0.0

    def process(self, x: float) -> float:
        self.y += self.alpha * (x - self.y)
        return self.y


class Clip(Filter):
    def __init__(self, lo: float, hi: float) -> None:
        self.lo = lo
        self.hi = hi

    def process(self, x: float) -> float:
        return min(self.hi, max(self.lo, x))


data = [0.0, 10.0, 10.0, 10.0, -5.0, 3.0]
chain: list[Filter] = [LowPass(0.5), Clip(0.0, 6.0)]
out = data
for f in chain:
    out = f.run(out)
    print(out)
try:
    Filter().run([1.0])
except NotImplementedError as e:
    print("NotImplementedError:", e)
