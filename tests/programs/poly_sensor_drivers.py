# Sensor drivers behind one base class: a template method in the base calls
# overridden hooks; the list holds the base type.
class Sensor:
    def __init__(self, name: str, scale: float) -> None:
        self.name = name
        self.scale = scale
        self.samples = 0

    def raw(self) -> int:
        return 0

    def unit(self) -> str:
        return "?"

    def sample(self) -> float:
        self.samples += 1
        return self.raw() * self.scale

    def report(self) -> str:
        return f"{self.name}: {self.sample():.2f} {self.unit()}"


class Thermometer(Sensor):
    def __init__(self, name: str) -> None:
        super().__init__(name, 0.0625)
        self.base = 400

    def raw(self) -> int:
        self.base += 3
        return self.base

    def unit(self) -> str:
        return "C"


class Barometer(Sensor):
    def raw(self) -> int:
        return 101325 + self.samples * 10

    def unit(self) -> str:
        return "Pa"


class Silent(Sensor):
    pass


sensors: list[Sensor] = [Thermometer("t0"), Barometer("p0", 1.0), Silent("none", 2.0)]
for rnd in range(3):
    for s in sensors:
        print(rnd, s.report())
print([s.samples for s in sensors])
total = 0.0
for s in sensors:
    total += s.scale
print("scales", total)
