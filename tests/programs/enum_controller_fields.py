# Enum members held in instance fields and dicts; a controller reacts to
# events by mode.
from enum import Enum, IntEnum


class Mode(Enum):
    IDLE = 0
    HEATING = 1
    COOLING = 2


class Level(IntEnum):
    INFO = 10
    WARN = 20
    ERROR = 30


class Thermostat:
    def __init__(self, target: float) -> None:
        self.target = target
        self.mode = Mode.IDLE
        self.log: dict[Level, int] = {Level.INFO: 0, Level.WARN: 0, Level.ERROR: 0}

    def update(self, temp: float) -> Mode:
        if temp < self.target - 1:
            new = Mode.HEATING
        elif temp > self.target + 1:
            new = Mode.COOLING
        else:
            new = Mode.IDLE
        level = Level.INFO if new is self.mode else Level.WARN
        if abs(temp - self.target) > 10:
            level = Level.ERROR
        self.log[level] += 1
        self.mode = new
        return new


t = Thermostat(21.0)
for temp in [18.0, 19.5, 20.5, 23.0, 35.0, 21.0]:
    m = t.update(temp)
    print(temp, m, m.name, m.value)
print({lv.name: n for lv, n in t.log.items()})
print(max(t.log.keys()), Level.WARN >= 20, [l.name for l in Level if l > Level.INFO])
