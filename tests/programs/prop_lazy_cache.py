# A property computed once and cached in an Optional field.
from typing import Optional


class Firmware:
    def __init__(self, image: bytes) -> None:
        self.image = image
        self._checksum: Optional[int] = None
        self.computations = 0

    @property
    def checksum(self) -> int:
        cached = self._checksum
        if cached is not None:
            return cached
        self.computations += 1
        s = 0
        for b in self.image:
            s = (s + b) & 0xFFFF
        self._checksum = s
        return s

    def patch(self, offset: int, value: int) -> None:
        ba = bytearray(self.image)
        ba[offset] = value
        self.image = bytes(ba)
        self._checksum = None


fw = Firmware(bytes(range(200)))
print(fw.checksum, fw.checksum, fw.computations)
fw.patch(0, 255)
print(fw.checksum, fw.computations)
print(fw.checksum, fw.computations)
