# A bitmap set of GPIO pins with __contains__, __len__, __iter__ and __or__.
from typing import Iterator


class PinSet:
    def __init__(self, mask: int = 0) -> None:
        self.mask = mask

    def add(self, pin: int) -> None:
        self.mask |= 1 << pin

    def __contains__(self, pin: int) -> bool:
        return bool(self.mask >> pin & 1)

    def __len__(self) -> int:
        return bin(self.mask).count("1")

    def __iter__(self) -> Iterator[int]:
        pin = 0
        m = self.mask
        while m:
            if m & 1:
                yield pin
            m >>= 1
            pin += 1

    def __or__(self, o: "PinSet") -> "PinSet":
        return PinSet(self.mask | o.mask)

    def __and__(self, o: "PinSet") -> "PinSet":
        return PinSet(self.mask & o.mask)


outputs = PinSet()
for p in [0, 5, 13]:
    outputs.add(p)
inputs = PinSet(0b1100)
print(len(outputs), list(outputs), 5 in outputs, 6 in outputs)
both = outputs | inputs
print(len(both), list(both), list(outputs & inputs))
print(sorted(both, reverse=True), sum(both))
