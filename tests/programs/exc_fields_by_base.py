# A field-bearing exception caught by its base class (or by Exception):
# the subclass's __str__ is what prints; __cause__ None and chained.
class AppError(Exception):
    pass


class SensorError(AppError):
    def __init__(self, channel: int, reading: float) -> None:
        super().__init__(channel, reading)
        self.channel = channel
        self.reading = reading

    def __str__(self) -> str:
        return f"sensor {self.channel} read {self.reading:.1f}"

    def describe(self) -> str:
        return "channel " + str(self.channel)


class StuckSensor(SensorError):
    def __init__(self, channel: int) -> None:
        super().__init__(channel, 0.0)
        self.stuck = True


def read(ch: int) -> float:
    if ch == 1:
        raise SensorError(ch, 99.25)
    if ch == 2:
        raise StuckSensor(ch)
    if ch == 3:
        raise AppError("no bus")
    return 1.5


def read_wrapped(ch: int) -> float:
    try:
        return read(ch)
    except SensorError as e:
        raise AppError("wrapped " + e.describe()) from e


for ch in range(4):
    try:
        print(ch, read(ch))
    except AppError as e:
        print(ch, "caught:", e, "|", e.args, "| cause:", e.__cause__)
    try:
        read_wrapped(ch)
    except StuckSensor as e:
        print("  stuck", e.stuck, e.channel, e)
    except AppError as e:
        cause = e.__cause__
        print("  wrapped:", e, "| cause:", cause, "|", cause is None)
        if cause is not None:
            print("  cause args:", cause.args, str(cause))

try:
    try:
        read(2)
    except SensorError as e:
        print("handling", e.describe(), e.reading)
        raise
except Exception as e:
    print("re-raised:", e, isinstance(e, StuckSensor), isinstance(e, SensorError), isinstance(e, ValueError))
