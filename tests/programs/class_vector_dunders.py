# A 2-D vector type with operator dunders.
class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, o: "Vec") -> "Vec":
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o: "Vec") -> "Vec":
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __neg__(self) -> "Vec":
        return Vec(-self.x, -self.y)

    def __eq__(self, o: "Vec") -> bool:
        return self.x == o.x and self.y == o.y

    def __abs__(self) -> float:
        return (self.x * self.x + self.y * self.y) ** 0.5

    def dot(self, o: "Vec") -> float:
        return self.x * o.x + self.y * o.y

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


a = Vec(3.0, 4.0)
b = Vec(1.5, -2.0)
print(a + b, a - b, a * 2.0, -b)
print(abs(a), a.dot(b))
print(a == Vec(3.0, 4.0), a == b, a != b)
pos = Vec(0.0, 0.0)
vel = Vec(0.5, 0.25)
for _ in range(4):
    pos += vel
print(pos, [str(v) for v in [a, b]])
print(f"{a!r} and {b}")
