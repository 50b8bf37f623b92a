# Q16.16 fixed-point numbers with operator dunders and comparisons.
FRAC_BITS = 16
ONE = 1 << FRAC_BITS


class Fix:
    def __init__(self, raw: int) -> None:
        self.raw = raw

    @staticmethod
    def from_float(f: float) -> "Fix":
        return Fix(int(round(f * ONE)))

    def __add__(self, o: "Fix") -> "Fix":
        return Fix(self.raw + o.raw)

    def __sub__(self, o: "Fix") -> "Fix":
        return Fix(self.raw - o.raw)

    def __mul__(self, o: "Fix") -> "Fix":
        return Fix((self.raw * o.raw) >> FRAC_BITS)

    def __truediv__(self, o: "Fix") -> "Fix":
        if o.raw == 0:
            raise ZeroDivisionError("fixed-point division by zero")
        return Fix((self.raw << FRAC_BITS) // o.raw)

    def __lt__(self, o: "Fix") -> bool:
        return self.raw < o.raw

    def __le__(self, o: "Fix") -> bool:
        return self.raw <= o.raw

    def __eq__(self, o: "Fix") -> bool:
        return self.raw == o.raw

    def to_float(self) -> float:
        return self.raw / ONE

    def __str__(self) -> str:
        return f"{self.to_float():.5f}"


a = Fix.from_float(1.5)
b = Fix.from_float(-0.25)
print(a, b, a + b, a - b, a * b, a / b)
print(a.raw, b.raw, (a * a).raw)
print(a < b, b < a, a <= a, a == Fix(a.raw))
vals = [Fix.from_float(v) for v in [0.5, -3.0, 2.75, 0.125]]
print([str(v) for v in sorted(vals)])
print(min(vals), max(vals))
try:
    print(a / Fix(0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
