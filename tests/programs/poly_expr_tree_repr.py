# An expression tree of subclasses: eval() and __repr__ dispatch on the
# run-time class when called through the base type; __eq__ too.
from typing import Optional


class Expr:
    def eval(self, x: int) -> int:
        raise NotImplementedError("eval")

    def __repr__(self) -> str:
        return "?"

    def __eq__(self, other: "Expr") -> bool:
        return repr(self) == repr(other)


class Num(Expr):
    def __init__(self, v: int) -> None:
        self.v = v

    def eval(self, x: int) -> int:
        return self.v

    def __repr__(self) -> str:
        return str(self.v)


class Var(Expr):
    def eval(self, x: int) -> int:
        return x

    def __repr__(self) -> str:
        return "x"


class Bin(Expr):
    def __init__(self, op: str, a: Expr, b: Expr) -> None:
        self.op = op
        self.a = a
        self.b = b

    def eval(self, x: int) -> int:
        l = self.a.eval(x)
        r = self.b.eval(x)
        return l + r if self.op == "+" else l * r

    def __repr__(self) -> str:
        return f"({self.a!r} {self.op} {self.b!r})"


def parse_poly(coeffs: list[int]) -> Expr:
    acc: Optional[Expr] = None
    for c in coeffs:
        term: Expr = Num(c) if acc is None else Bin("+", Bin("*", acc, Var()), Num(c))
        acc = term
    return acc if acc is not None else Num(0)


e = parse_poly([2, -3, 1])
print(e)
print([e.eval(x) for x in range(5)])
parts: list[Expr] = [Num(4), Var(), Bin("*", Num(2), Var())]
print(parts, [p.eval(3) for p in parts])
print(str(parts[2]), f"{parts[0]}", parts[1] == Var(), parts[0] == Num(5), Num(4) == parts[0])
try:
    Expr().eval(1)
except NotImplementedError as err:
    print("abstract:", err, Expr())
