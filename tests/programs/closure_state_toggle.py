# A toggle closure with bool state and a history list.
from typing import Callable


def toggler(start: bool) -> Callable[[], bool]:
    on = start
    history: list[bool] = []

    def flip() -> bool:
        nonlocal on
        on = not on
        history.append(on)
        if len(history) > 3:
            history.pop(0)
        return on

    return flip


t = toggler(False)
print([t() for _ in range(5)])
u = toggler(True)
print(u(), t())
