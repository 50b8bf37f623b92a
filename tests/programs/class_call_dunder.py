# Callable objects: a PID controller stepped with __call__.
class Pid:
    def __init__(self, kp: float, ki: float, kd: float) -> None:
        self.kp = kp
        self.ki = ki
        self.kd = kd
        self.integral = 0.0
        self.prev = 0.0

    def __call__(self, setpoint: float, measured: float) -> float:
        err = setpoint - measured
        self.integral += err
        deriv = err - self.prev
        self.prev = err
        return self.kp * err + self.ki * self.integral + self.kd * deriv


pid = Pid(0.5, 0.125, 0.25)
temp = 20.0
for step in range(6):
    out = pid(25.0, temp)
    temp += out * 0.5
    print(step, round(out, 4), round(temp, 4))


class Scaler:
    def __init__(self, k: int) -> None:
        self.k = k

    def __call__(self, x: int) -> int:
        return x * self.k


triple = Scaler(3)
print(list(map(triple, [1, 2, 3])), triple(14))
