# Composition: a motor controller owns PWM channels and a direction pin.
class Pin:
    def __init__(self, num: int) -> None:
        self.num = num
        self.level = 0

    def write(self, level: int) -> None:
        self.level = level


class PwmChannel:
    def __init__(self, num: int, period: int) -> None:
        self.num = num
        self.period = period
        self.compare = 0

    def set_duty(self, percent: int) -> None:
        percent = max(0, min(100, percent))
        self.compare = self.period * percent // 100


class Motor:
    def __init__(self, pwm: PwmChannel, dir_pin: Pin) -> None:
        self.pwm = pwm
        self.dir_pin = dir_pin

    def drive(self, speed: int) -> None:
        self.dir_pin.write(1 if speed < 0 else 0)
        self.pwm.set_duty(abs(speed))

    def state(self) -> str:
        return f"pwm{self.pwm.num} cmp={self.pwm.compare}/{self.pwm.period} dir={self.dir_pin.level}"


left = Motor(PwmChannel(0, 1000), Pin(12))
right = Motor(PwmChannel(1, 1000), Pin(13))
for l, r in [(50, 50), (-30, 30), (120, -150), (0, 0)]:
    left.drive(l)
    right.drive(r)
    print(left.state(), "|", right.state())
