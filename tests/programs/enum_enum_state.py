# Enum with int values as a device state; printed as CPython prints them.
from enum import Enum


class Mode(Enum):
    OFF = 0
    STANDBY = 1
    ACTIVE = 2
    FAULT = 3


TRANSITIONS = {
    Mode.OFF: [Mode.STANDBY],
    Mode.STANDBY: [Mode.ACTIVE, Mode.OFF],
    Mode.ACTIVE: [Mode.STANDBY, Mode.FAULT],
    Mode.FAULT: [Mode.OFF],
}


def step(cur: Mode, nxt: Mode) -> Mode:
    if nxt not in TRANSITIONS[cur]:
        raise ValueError(f"illegal transition {cur.name} -> {nxt.name}")
    return nxt


m = Mode.OFF
for target in [Mode.STANDBY, Mode.ACTIVE, Mode.OFF, Mode.FAULT, Mode.STANDBY]:
    try:
        m = step(m, target)
        print("now", m)
    except ValueError as e:
        print("error:", e)
print(m, repr(m), m.value, m == Mode.STANDBY, m is Mode.STANDBY)
print([x.value for x in Mode])
print(Mode(3).name, Mode["ACTIVE"])
