# Drivers with a base class: virtual dispatch through a list of the base type.
class Driver:
    def __init__(self, name: str, addr: int) -> None:
        self.name = name
        self.addr = addr
        self.reads = 0

    def read_raw(self) -> int:
        return 0

    def convert(self, raw: int) -> float:
        return float(raw)

    def read(self) -> float:
        self.reads += 1
        return self.convert(self.read_raw())

    def describe(self) -> str:
        return f"{self.name}@0x{self.addr:02x}"


class TempSensor(Driver):
    def read_raw(self) -> int:
        return 0x0190 + self.reads * 4

    def convert(self, raw: int) -> float:
        return raw / 16


class Humidity(Driver):
    def __init__(self, addr: int, offset: float) -> None:
        super().__init__("hum", addr)
        self.offset = offset

    def read_raw(self) -> int:
        return 512

    def convert(self, raw: int) -> float:
        return raw * 100 / 1024 + self.offset


class Dummy(Driver):
    def describe(self) -> str:
        return "dummy:" + super().describe()


drivers: list[Driver] = [TempSensor("tmp117", 0x48), Humidity(0x40, -1.5), Dummy("none", 0)]
for rnd in range(2):
    for d in drivers:
        print(rnd, d.describe(), d.read())
print([d.reads for d in drivers])
