# A traffic-light state machine: states map to handler functions that return the next state.
from typing import Callable

timer = 0
log: list[str] = []


def red(event: str) -> str:
    if event == "tick" and timer >= 3:
        return "green"
    return "red"


def green(event: str) -> str:
    if event == "ped":
        return "yellow"
    if event == "tick" and timer >= 4:
        return "yellow"
    return "green"


def yellow(event: str) -> str:
    if event == "tick" and timer >= 1:
        return "red"
    return "yellow"


STATES: dict[str, Callable[[str], str]] = {"red": red, "green": green, "yellow": yellow}
state = "red"
for event in ["tick"] * 4 + ["ped"] + ["tick"] * 6:
    nxt = STATES[state](event)
    if nxt != state:
        log.append(f"{state}->{nxt} on {event} after {timer}")
        state = nxt
        timer = 0
    else:
        timer += 1
print("\n".join(log))
print("final", state, timer)
