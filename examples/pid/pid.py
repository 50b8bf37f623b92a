"""A PID controller holding a simulated heater at its set point.

Floats, a class with state, a fixed control loop: what a firmware main
loop looks like.  Every object lives on the stack or in static memory;
the heap stays empty.
"""


class Pid:
    def __init__(self, kp: float, ki: float, kd: float, limit: float) -> None:
        self.kp = kp
        self.ki = ki
        self.kd = kd
        self.limit = limit
        self.integral = 0.0
        self.last_error = 0.0

    def update(self, set_point: float, measured: float, dt: float) -> float:
        error = set_point - measured
        self.integral += error * dt
        derivative = (error - self.last_error) / dt
        self.last_error = error
        out = self.kp * error + self.ki * self.integral + self.kd * derivative
        if out > self.limit:
            return self.limit
        if out < -self.limit:
            return -self.limit
        return out


class Heater:
    def __init__(self, ambient: float) -> None:
        self.ambient = ambient
        self.temperature = ambient

    def step(self, power: float, dt: float) -> None:
        loss = 0.08 * (self.temperature - self.ambient)
        self.temperature += (0.5 * power - loss) * dt


def run(set_point: float, steps: int) -> float:
    pid = Pid(2.0, 0.4, 0.1, 10.0)
    heater = Heater(20.0)
    dt = 0.5
    worst = 0.0
    for i in range(steps):
        power = pid.update(set_point, heater.temperature, dt)
        heater.step(power, dt)
        if i % 20 == 0:
            print(f"t={i * dt:5.1f}s  T={heater.temperature:6.2f}  power={power:5.2f}")
        if i > steps // 2:
            worst = max(worst, abs(set_point - heater.temperature))
    return worst


print(f"settled within {run(60.0, 120):.3f} degrees")
