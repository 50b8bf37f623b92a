from typing import Callable


class Sensor:
    def read(self, x: int) -> int:
        return x


class Doubled(Sensor):
    def read(self, x: int) -> int:
        return 2 * x


def make(d: bool) -> Sensor:
    return Doubled() if d else Sensor()


s = make(True)
f: Callable[[int], int] = s.read
print(f(2))
# error: 19:27: a bound method that subclasses override is not supported yet by krait
