# Generators yielding instances: readings parsed from lines, filtered and summarised.
from typing import Iterator


class Reading:
    def __init__(self, sensor: str, value: float) -> None:
        self.sensor = sensor
        self.value = value

    def __repr__(self) -> str:
        return f"Reading({self.sensor!r}, {self.value})"


def parse(lines: list[str]) -> Iterator[Reading]:
    for line in lines:
        parts = line.split("=")
        if len(parts) == 2:
            yield Reading(parts[0].strip(), float(parts[1]))


def above(src: Iterator[Reading], limit: float) -> Iterator[Reading]:
    for r in src:
        if r.value > limit:
            yield r


LINES = ["t0 = 21.5", "bad line", "t1=30.25", "h0 = 55", "t2 = 19.0"]
for r in parse(LINES):
    print(repr(r))
for r in above(parse(LINES), 25.0):
    print(r.sensor, r.value)
hottest = max((r.value for r in parse(LINES)))
print(hottest, [r.sensor for r in parse(LINES) if r.sensor.startswith("t")])
