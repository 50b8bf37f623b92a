# A generator pipeline: raw samples -> debounce -> scale -> threshold events.
from typing import Iterator

RAW = [0, 0, 1, 1, 1, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0]


def source(data: list[int]) -> Iterator[int]:
    for v in data:
        yield v


def debounce(stream: Iterator[int], n: int) -> Iterator[int]:
    state = 0
    run = 0
    for v in stream:
        if v != state:
            run += 1
            if run >= n:
                state = v
                run = 0
        else:
            run = 0
        yield state


def edges(stream: Iterator[int]) -> Iterator[str]:
    prev = 0
    t = 0
    for v in stream:
        if v != prev:
            yield f"t={t} {'rise' if v else 'fall'}"
        prev = v
        t += 1


for event in edges(debounce(source(RAW), 2)):
    print(event)
print(list(debounce(source(RAW), 3)))
