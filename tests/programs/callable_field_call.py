# Calling a field that holds a function value directly: obj.handler(x),
# through a subclass instance, an Optional field tested first, and a field
# holding a bound method of another object.
from typing import Callable, Optional


class Scaler:
    def __init__(self, k: int) -> None:
        self.k = k

    def apply(self, x: int) -> int:
        return x * self.k


def double(x: int) -> int:
    return 2 * x


class Channel:
    def __init__(self, convert: Callable[[int], int]) -> None:
        self.convert = convert
        self.on_full: Optional[Callable[[int], None]] = None
        self.count = 0

    def push(self, raw: int) -> int:
        self.count += 1
        if self.count >= 2 and self.on_full is not None:
            self.on_full(self.count)
        return self.convert(raw)


class LoggedChannel(Channel):
    pass


def report(n: int) -> None:
    print("full at", n)


c = Channel(double)
print(c.push(5), c.convert(7))
s = Scaler(3)
d = LoggedChannel(s.apply)
d.on_full = report
print(d.push(4), d.push(5))
print(LoggedChannel(lambda v: v - 1).convert(10))
