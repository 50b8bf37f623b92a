# An override keeps the signature of the method it replaces: calls go through one C function pointer.
class Shape:
    def area(self) -> float:
        return 0.0


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> str:
        return str(self.side * self.side)
# error: 11:5: Square.area() returns str but Shape.area(), which it overrides, returns float
