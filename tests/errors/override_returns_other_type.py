class Shape:
    def area(self) -> float:
        return 0.0


class Label(Shape):
    def area(self) -> str:
        return "none"


shapes: list[Shape] = [Shape(), Label()]
for s in shapes:
    print(s.area())
# error: 7:5: Label.area() returns str, but the Shape.area() it overrides returns float
