# NamedTuple values as dict keys: a routing table keyed by (bus, address).
from typing import NamedTuple


class Addr(NamedTuple):
    bus: int
    dev: int


class Route(NamedTuple):
    name: str
    speed_khz: int


table: dict[Addr, Route] = {
    Addr(0, 0x48): Route("temp", 400),
    Addr(0, 0x50): Route("eeprom", 100),
    Addr(1, 0x48): Route("temp2", 100),
}
for addr in sorted(table):
    r = table[addr]
    print(f"bus{addr.bus} 0x{addr.dev:02x} -> {r.name} @ {r.speed_khz} kHz")
print(table.get(Addr(1, 0x50), Route("none", 0)))
print(Addr(0, 0x48) in table, (0, 0x48) in table)
slow = [a for a, r in table.items() if r.speed_khz < 400]
print(slow)
