# A GPIO expander with an 8-bit output latch and per-pin helpers.
class Expander:
    def __init__(self, addr: int) -> None:
        self.addr = addr
        self._latch = 0
        self.bus_writes: list[int] = []

    @property
    def latch(self) -> int:
        return self._latch

    @latch.setter
    def latch(self, value: int) -> None:
        self._latch = value & 0xFF
        self.bus_writes.append(self._latch)

    def set_pin(self, pin: int, on: bool) -> None:
        if not 0 <= pin < 8:
            raise ValueError(f"pin {pin} not on expander 0x{self.addr:02x}")
        if on:
            self.latch = self._latch | (1 << pin)
        else:
            self.latch = self._latch & ~(1 << pin)

    def pins_on(self) -> list[int]:
        return [p for p in range(8) if self._latch >> p & 1]


ex = Expander(0x20)
ex.set_pin(0, True)
ex.set_pin(7, True)
ex.set_pin(3, True)
ex.set_pin(0, False)
print(f"{ex.latch:08b}", ex.pins_on())
ex.latch = 0x1A5
print(f"{ex.latch:08b}", ex.pins_on())
try:
    ex.set_pin(8, True)
except ValueError as e:
    print("ValueError:", e)
print([hex(w) for w in ex.bus_writes])
