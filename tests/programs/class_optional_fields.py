# Optional fields: a cache slot that may be empty, narrowed before use.
from typing import Optional


class Channel:
    def __init__(self, name: str) -> None:
        self.name = name
        self.last: Optional[float] = None
        self.error: Optional[str] = None

    def update(self, v: float) -> None:
        if v < 0:
            self.error = f"negative reading {v}"
            return
        self.last = v
        self.error = None

    def status(self) -> str:
        if self.error is not None:
            return f"{self.name}: ERROR {self.error}"
        if self.last is None:
            return f"{self.name}: no data"
        return f"{self.name}: {self.last:.2f}"


ch = Channel("ain0")
print(ch.status())
ch.update(1.25)
print(ch.status())
ch.update(-2.0)
print(ch.status(), ch.last)
ch.update(3.5)
print(ch.status(), ch.error)
last = ch.last
doubled = last * 2 if last is not None else 0.0
print(doubled)
