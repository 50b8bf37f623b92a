# __str__ and __repr__: print, str(), repr(), f-strings and containers.
class Temp:
    def __init__(self, c: float) -> None:
        self.c = c

    def __str__(self) -> str:
        return f"{self.c:.1f}°C"

    def __repr__(self) -> str:
        return f"Temp({self.c!r})"


class OnlyRepr:
    def __init__(self, v: int) -> None:
        self.v = v

    def __repr__(self) -> str:
        return f"<OnlyRepr v={self.v}>"


t = Temp(21.456)
print(t)
print(str(t), repr(t))
print(f"{t} | {t!r} | {t!s}")
print([t, Temp(-3.0)])
print((t,), {"k": t})
o = OnlyRepr(7)
print(o, str(o), f"{o}", [o])
