# @staticmethod helpers (called on the class or an instance) and @property
# getters and setters that validate what is stored.
class Pwm:
    MAX = 1000

    def __init__(self, channel: int) -> None:
        self.channel = channel
        self._duty = 0

    @staticmethod
    def clamp(v: int, lo: int, hi: int) -> int:
        return lo if v < lo else hi if v > hi else v

    @property
    def duty(self) -> int:
        return self._duty

    @duty.setter
    def duty(self, value: int) -> None:
        self._duty = Pwm.clamp(value, 0, self.MAX)

    @property
    def percent(self) -> float:
        return self._duty * 100 / self.MAX


p = Pwm(2)
p.duty = 250
print(p.duty, p.percent, Pwm.clamp(-5, 0, 10), p.clamp(50, 0, 10))
p.duty = 5000
print(p.duty, p.percent)
p.duty = p.duty - 1
print(p.duty, f"{p.percent:.1f}%")
