# __post_init__ derives fields and validates after the generated __init__.
from dataclasses import dataclass, field


@dataclass
class Adc:
    bits: int
    vref: float = 3.3
    lsb: float = 0.0
    history: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not 8 <= self.bits <= 16:
            raise ValueError(f"bits out of range: {self.bits}")
        self.lsb = self.vref / (1 << self.bits)
        self.history.append(self.bits)

    def volts(self, raw: int) -> float:
        return round(raw * self.lsb, 4)


a = Adc(12)
print(a, a.volts(2048))
b = Adc(10, vref=5.0)
print(b.lsb, b.volts(1023), b.history)
for bits in [4, 16, 20]:
    try:
        print(Adc(bits).lsb)
    except ValueError as e:
        print("ValueError:", e)
