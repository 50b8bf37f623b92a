# A dataclass with methods and __post_init__ validation.
from dataclasses import dataclass


@dataclass
class Window:
    start: int
    length: int
    label: str = "win"

    def __post_init__(self) -> None:
        if self.length <= 0:
            raise ValueError(f"length must be positive, got {self.length}")

    @property
    def end(self) -> int:
        return self.start + self.length

    def overlaps(self, other: "Window") -> bool:
        return self.start < other.end and other.start < self.end

    def shifted(self, delta: int) -> "Window":
        return Window(self.start + delta, self.length, self.label)


a = Window(0, 10, "a")
b = Window(5, 10, "b")
c = a.shifted(20)
print(a, b, c)
print(a.end, a.overlaps(b), a.overlaps(c), b.overlaps(a))
try:
    Window(3, 0)
except ValueError as e:
    print("ValueError:", e)
