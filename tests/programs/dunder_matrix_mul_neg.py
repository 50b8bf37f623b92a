# A 2x2 integer matrix with __mul__, __neg__, __eq__, __pow__-like helper.
class Mat2:
    def __init__(self, a: int, b: int, c: int, d: int) -> None:
        self.a = a
        self.b = b
        self.c = c
        self.d = d

    def __mul__(self, o: "Mat2") -> "Mat2":
        return Mat2(self.a * o.a + self.b * o.c, self.a * o.b + self.b * o.d,
                    self.c * o.a + self.d * o.c, self.c * o.b + self.d * o.d)

    def __neg__(self) -> "Mat2":
        return Mat2(-self.a, -self.b, -self.c, -self.d)

    def __eq__(self, o: "Mat2") -> bool:
        return (self.a, self.b, self.c, self.d) == (o.a, o.b, o.c, o.d)

    def power(self, n: int) -> "Mat2":
        result = Mat2(1, 0, 0, 1)
        base = self
        while n > 0:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result

    def __repr__(self) -> str:
        return f"[[{self.a}, {self.b}], [{self.c}, {self.d}]]"


fib = Mat2(1, 1, 1, 0)
print(fib.power(10))
print([fib.power(n).b for n in range(1, 15)])
print(-fib, fib * -fib)
print(fib.power(3) == fib * fib * fib, fib == -fib)
