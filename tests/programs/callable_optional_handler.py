# An optional callback: called only when one is set.
from typing import Callable, Optional


class Button:
    def __init__(self, name: str) -> None:
        self.name = name
        self.presses = 0

    def press(self, on_press: Optional[Callable[[str, int], str]]) -> str:
        self.presses += 1
        if on_press is None:
            return f"{self.name}: no handler"
        return on_press(self.name, self.presses)


b = Button("OK")
print(b.press(None))
print(b.press(lambda n, k: f"{n} pressed {k} times"))


def beep(n: str, k: int) -> str:
    return "beep " * k + n


print(b.press(beep))
