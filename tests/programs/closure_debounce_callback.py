# A debounced button handler: the closure remembers the last press time.
from typing import Callable

presses: list[int] = []


def debounced(min_gap: int, action: Callable[[int], None]) -> Callable[[int], bool]:
    last = -1000

    def handler(t: int) -> bool:
        nonlocal last
        if t - last < min_gap:
            return False
        last = t
        action(t)
        return True

    return handler


def record(t: int) -> None:
    presses.append(t)


button = debounced(50, record)
for t in [0, 10, 49, 50, 120, 130, 171, 400]:
    accepted = button(t)
    print(t, "accepted" if accepted else "ignored")
print(presses)
