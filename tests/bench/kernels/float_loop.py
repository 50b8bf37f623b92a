# A damped oscillator integrated with semi-implicit Euler: the float work of a
# control loop or an n-body step, without objects.
def simulate(steps: int) -> float:
    x = 1.0
    v = 0.0
    dt = 0.001
    k = 4.0
    c = 0.1
    energy = 0.0
    for i in range(steps):
        a = -k * x - c * v
        v = v + a * dt
        x = x + v * dt
        energy = energy + 0.5 * v * v * dt
    return x + energy


print(f"{simulate(3000000):.12f}")
