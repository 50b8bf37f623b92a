# Printing lists of instances uses each one's __repr__, also inside a
# dataclass's generated repr; `is` compares identities of two objects.
from dataclasses import dataclass, field


class Pin:
    def __init__(self, port: str, num: int) -> None:
        self.port = port
        self.num = num

    def __repr__(self) -> str:
        return f"P{self.port}{self.num}"


@dataclass
class Bus:
    name: str
    pins: list[Pin] = field(default_factory=list)


pins = [Pin("A", 5), Pin("B", 12)]
print(pins)
print(str(pins), f"{pins}", repr([Pin("C", 0)]))
bus = Bus("spi1", pins)
print(bus)
print(Bus("empty"))
other = Bus("alias", pins)
print(other.pins is bus.pins, Bus("x").pins is Bus("x").pins)
empty: list[Pin] = []
print(empty, [bus, other])
