# isinstance dispatch over a base class with subclasses, and virtual area().
class Shape:
    def area(self) -> float:
        return 0.0

    def label(self) -> str:
        return "shape"


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def label(self) -> str:
        return f"rect {self.w}x{self.h}"


class Square(Rect):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)

    def label(self) -> str:
        return f"square {self.w}"


class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r * self.r

    def label(self) -> str:
        return f"circle r={self.r}"


shapes: list[Shape] = [Rect(2.0, 3.0), Square(1.5), Circle(1.0), Shape()]
for s in shapes:
    kind = "square" if isinstance(s, Square) else "rect" if isinstance(s, Rect) else "other"
    print(f"{s.label():14} area={s.area():.3f} kind={kind}")
total = sum(s.area() for s in shapes)
print(round(total, 4))
print(sorted(shapes, key=lambda s: s.area())[-1].label())
print(len([s for s in shapes if isinstance(s, Rect)]))
