# Callbacks stored in one list must share one signature.
from typing import Callable

handlers: list[Callable[[int], str]] = []


def on_tick() -> str:
    return "tick"


handlers.append(on_tick)
# error: 11:17: argument 1 of list[Callable[[int], str]].append() must be Callable[[int], str], not Callable[[], str]
