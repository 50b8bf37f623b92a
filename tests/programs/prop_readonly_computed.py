# Read-only computed properties over a battery model.
class Battery:
    def __init__(self, capacity_mah: int) -> None:
        self.capacity_mah = capacity_mah
        self.used_mah = 0

    @property
    def remaining_mah(self) -> int:
        return max(0, self.capacity_mah - self.used_mah)

    @property
    def percent(self) -> int:
        return self.remaining_mah * 100 // self.capacity_mah

    @property
    def low(self) -> bool:
        return self.percent < 20

    def draw(self, ma: int, hours: float) -> None:
        self.used_mah += int(ma * hours)


b = Battery(2000)
for ma, h in [(150, 2.0), (400, 1.5), (90, 10.0), (300, 1.0)]:
    b.draw(ma, h)
    print(f"used={b.used_mah} remaining={b.remaining_mah} {b.percent}% low={b.low}")
fresh = Battery(500)
print(fresh.percent, fresh.low, fresh.remaining_mah)
