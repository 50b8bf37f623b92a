# An uncaught user exception ends the program: CPython's last line names the class.
class CalibrationError(Exception):
    def __init__(self, channel: int, reason: str) -> None:
        super().__init__(f"channel {channel}: {reason}")
        self.channel = channel


def calibrate(ch: int, raw: int) -> float:
    if raw == 0:
        raise CalibrationError(ch, "reference reads zero")
    return 4096 / raw


def calibrate_all(raws: list[int]) -> list[float]:
    gains: list[float] = []
    for ch, raw in enumerate(raws):
        gains.append(calibrate(ch, raw))
        print("channel", ch, "gain", gains[-1])
    return gains


try:
    calibrate_all([1, 0])
except CalibrationError as e:
    print("first board failed on channel", e.channel, "-", e)
print(calibrate_all([2048, 4096, 0, 1024]))
print("never printed")
