# Callbacks registered in a list, fired on an event with captured config.
from typing import Callable

handlers: list[Callable[[int], str]] = []


def on_event(fn: Callable[[int], str]) -> None:
    handlers.append(fn)


def make_threshold(name: str, limit: int) -> Callable[[int], str]:
    def check(value: int) -> str:
        state = "ALARM" if value > limit else "ok"
        return f"{name}: {value} vs {limit} -> {state}"
    return check


on_event(make_threshold("temp", 80))
on_event(make_threshold("fan", 20))
on_event(lambda v: f"log: {v}")

for reading in [15, 50, 95]:
    for h in handlers:
        print(h(reading))
print(len(handlers))
