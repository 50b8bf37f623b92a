# A reader class whose next_byte() raises a custom EOF error; callers recover.
class EndOfStream(Exception):
    def __init__(self, pos: int) -> None:
        super().__init__(f"end of stream at {pos}")
        self.pos = pos


class Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def next_byte(self) -> int:
        if self.pos >= len(self.data):
            raise EndOfStream(self.pos)
        b = self.data[self.pos]
        self.pos += 1
        return b

    def next_u16(self) -> int:
        lo = self.next_byte()
        hi = self.next_byte()
        return lo | hi << 8


r = Reader(b"\x34\x12\x78\x56\x01")
values: list[int] = []
try:
    while True:
        values.append(r.next_u16())
except EndOfStream as e:
    print("stopped:", e, "pos", e.pos)
print([hex(v) for v in values], r.pos)
