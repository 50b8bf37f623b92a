# @dataclass: generated __init__, __repr__ and __eq__, with defaults.
from dataclasses import dataclass, field


@dataclass
class Reading:
    sensor: str
    value: float
    unit: str = "C"
    flags: int = 0


@dataclass
class Batch:
    node: int
    readings: list[Reading] = field(default_factory=list)


r1 = Reading("t0", 21.5)
r2 = Reading("t0", 21.5, "C", 0)
r3 = Reading("p0", 1013.25, unit="hPa", flags=2)
print(r1)
print(r3)
print(r1 == r2, r1 == r3, r1 != r3)
b = Batch(7)
b.readings.append(r1)
b.readings.append(r3)
print(b)
print(Batch(8))
r1.value = 22.0
print(r1, r1 == r2)
print(repr(r3), str(r3))
