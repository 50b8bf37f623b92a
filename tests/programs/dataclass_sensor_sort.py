# Sorting dataclass sensor records by computed keys.
from dataclasses import dataclass


@dataclass
class Sensor:
    name: str
    zone: int
    reading: float
    healthy: bool = True


fleet = [
    Sensor("t-east", 2, 24.5),
    Sensor("t-west", 1, 19.0),
    Sensor("t-core", 3, 41.25, False),
    Sensor("t-roof", 2, 31.0),
    Sensor("t-cell", 1, 19.0),
]
for s in sorted(fleet, key=lambda s: (s.zone, -s.reading, s.name)):
    print(s.zone, s.name, s.reading)
hottest = max((s for s in fleet if s.healthy), key=lambda s: s.reading)
print("hottest healthy:", hottest)
by_zone: dict[int, list[str]] = {}
for s in fleet:
    by_zone.setdefault(s.zone, []).append(s.name)
print(by_zone)
print(sum(s.reading for s in fleet) / len(fleet))
