# Dataclass inheritance: subclass fields come after base fields.
from dataclasses import dataclass


@dataclass
class Packet:
    src: int
    dst: int


@dataclass
class DataPacket(Packet):
    payload: bytes
    seq: int = 0


@dataclass
class Route:
    first: Packet
    hops: int


p = DataPacket(1, 2, b"\x01\x02", seq=5)
print(p)
print(p == DataPacket(1, 2, b"\x01\x02", 5), isinstance(p, Packet))
r = Route(Packet(3, 4), 2)
print(r)
print(r.first.dst, p.payload.hex())
