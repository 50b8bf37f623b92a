# @property getter and setter with validation.
class Servo:
    MIN_US = 500
    MAX_US = 2500

    def __init__(self) -> None:
        self._pulse_us = 1500
        self.writes = 0

    @property
    def pulse_us(self) -> int:
        return self._pulse_us

    @pulse_us.setter
    def pulse_us(self, value: int) -> None:
        if not Servo.MIN_US <= value <= Servo.MAX_US:
            raise ValueError(f"pulse {value} us out of range")
        self._pulse_us = value
        self.writes += 1

    @property
    def angle(self) -> float:
        return (self._pulse_us - 1500) * 90 / 1000

    @angle.setter
    def angle(self, deg: float) -> None:
        self.pulse_us = int(1500 + deg * 1000 / 90)


s = Servo()
print(s.pulse_us, s.angle)
s.angle = 45.0
print(s.pulse_us, s.angle)
s.pulse_us = 1000
print(s.pulse_us, round(s.angle, 3))
for bad in [100, 3000]:
    try:
        s.pulse_us = bad
    except ValueError as e:
        print("ValueError:", e)
print("writes", s.writes)
