# A generator's return value arrives in StopIteration.value and via yield from.
from typing import Generator


def parse_frames(data: list[int]) -> Generator[int, None, int]:
    errors = 0
    for b in data:
        if b < 0:
            errors += 1
            continue
        yield b * 2
    return errors


def wrapper(data: list[int]) -> Generator[int, None, str]:
    errs = yield from parse_frames(data)
    return f"{errs} bad bytes"


g = parse_frames([1, -1, 3, -5, 7])
out: list[int] = []
while True:
    try:
        out.append(next(g))
    except StopIteration as stop:
        print("returned", stop.value)
        break
print(out)
w = wrapper([4, -2, 8])
collected: list[int] = []
try:
    while True:
        collected.append(next(w))
except StopIteration as stop:
    print(collected, stop.value)
