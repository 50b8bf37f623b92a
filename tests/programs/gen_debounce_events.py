# Button debouncing and event generation with (name, tick) tuples.
from typing import Iterator


def debounce(levels: list[int], stable: int) -> Iterator[tuple[int, int]]:
    current = levels[0]
    candidate = current
    run = 0
    for tick, level in enumerate(levels):
        if level == candidate:
            run += 1
        else:
            candidate = level
            run = 1
        if candidate != current and run >= stable:
            current = candidate
            yield (tick, current)


def events(changes: Iterator[tuple[int, int]]) -> Iterator[str]:
    pressed_at = -1
    for tick, level in changes:
        if level == 1:
            pressed_at = tick
            yield f"press@{tick}"
        else:
            yield f"release@{tick} held {tick - pressed_at}"


LEVELS = [0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0]
print(list(debounce(LEVELS, 2)))
for e in events(debounce(LEVELS, 3)):
    print(e)
