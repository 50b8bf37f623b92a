# A fixed-point (Q16.16) PID controller stepping over a list of sensor readings,
# the way it would run on a core without an FPU. Every value is an int; the
# float version runs beside it for comparison.

FRAC_BITS = 16
ONE = 1 << FRAC_BITS
OUT_MIN = -100 * ONE
OUT_MAX = 100 * ONE
I_LIMIT = 50 * ONE


def to_fix(x: float) -> int:
    # round half away from zero, like a typical firmware helper
    if x >= 0:
        return int(x * ONE + 0.5)
    return -int(-x * ONE + 0.5)


def fix_mul(a: int, b: int) -> int:
    # arithmetic shift floors negative products: -1 >> 16 == -1
    return (a * b) >> FRAC_BITS


def fix_div(a: int, b: int) -> int:
    return (a << FRAC_BITS) // b


def fix_str(a: int) -> str:
    sign = "-" if a < 0 else ""
    m = abs(a)
    whole = m >> FRAC_BITS
    frac = m & (ONE - 1)
    # four decimal places, truncated
    dec = frac * 10000 >> FRAC_BITS
    return f"{sign}{whole}.{dec:04d}"


def clamp(v: int, lo: int, hi: int) -> int:
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v


kp = to_fix(1.8)
ki = to_fix(0.35)
kd = to_fix(0.05)
setpoint = to_fix(42.0)

integral = 0
prev_error = 0
first = True
saturations = 0

readings = [10.0, 15.5, 22.25, 30.0, 36.75, 41.0, 44.5, 45.25, 43.0, 41.5,
            41.75, 42.25, 42.0, 41.875, -5.0, 80.0, 42.0, 42.0]

f_integral = 0.0
f_prev = 0.0

print(f"kp={fix_str(kp)} ki={fix_str(ki)} kd={fix_str(kd)} sp={fix_str(setpoint)}")
print(f"{'step':>4} {'reading':>8} {'error':>10} {'integral':>10} {'output':>10} {'float out':>10}")
step = 0
for r in readings:
    meas = to_fix(r)
    error = setpoint - meas
    integral = clamp(integral + fix_mul(ki, error), -I_LIMIT, I_LIMIT)
    if first:
        deriv = 0
        first = False
    else:
        deriv = error - prev_error
    prev_error = error
    out = fix_mul(kp, error) + integral + fix_mul(kd, deriv)
    if out > OUT_MAX or out < OUT_MIN:
        saturations += 1
    out = clamp(out, OUT_MIN, OUT_MAX)

    f_err = 42.0 - r
    f_integral = max(-50.0, min(50.0, f_integral + 0.35 * f_err))
    f_der = 0.0 if step == 0 else f_err - f_prev
    f_prev = f_err
    f_out = max(-100.0, min(100.0, 1.8 * f_err + f_integral + 0.05 * f_der))

    print(f"{step:>4} {r:>8.3f} {fix_str(error):>10} {fix_str(integral):>10} {fix_str(out):>10} {f_out:>10.4f}")
    step += 1

print("saturations:", saturations)
print("raw integral:", integral, hex(integral & 0xFFFFFFFF))

# corner cases of the helpers
for a in [-1, -ONE, ONE + 1, -(ONE // 2), 3 * ONE // 4]:
    print(a, fix_str(a), fix_mul(a, -ONE), fix_mul(a, ONE // 3), a >> 16, -a >> 16)
print(fix_str(fix_div(to_fix(1.0), to_fix(3.0))), fix_str(fix_div(to_fix(-7.5), to_fix(2.0))))
print(to_fix(0.5), to_fix(-0.5), to_fix(1e-6), to_fix(-1e-6), to_fix(-2.000007))

# Closed loop: the same fixed-point controller drives a first-order thermal plant
#   temp += (heater_gain * out - (temp - ambient)) / tau
# also in Q16.16. Prints every third step and the settling summary.
ambient = to_fix(20.0)
temp = ambient
tau = 4
heater_gain = to_fix(1.1)
integral = 0
prev_error = 0
setpoint = to_fix(60.0)
history = []
for step in range(60):
    if step == 30:
        setpoint = to_fix(45.5)
    error = setpoint - temp
    integral = clamp(integral + fix_mul(to_fix(0.3), error), -I_LIMIT, I_LIMIT)
    deriv = error - prev_error if step > 0 else 0
    prev_error = error
    out = clamp(fix_mul(to_fix(2.5), error) + integral + fix_mul(to_fix(0.5), deriv), 0, OUT_MAX)
    temp += (fix_mul(heater_gain, out) - (temp - ambient)) // tau
    history.append(temp)
    if step % 3 == 0:
        print(f"t={step:>2} sp={fix_str(setpoint):>8} temp={fix_str(temp):>8} out={fix_str(out):>9} i={fix_str(integral):>8}")
peak = max(history[:30])
print("peak before step change:", fix_str(peak), "overshoot:", fix_str(peak - to_fix(60.0)))
settled = -1
for k in range(30, 60):
    if abs(history[k] - to_fix(45.5)) <= to_fix(0.5):
        if settled < 0:
            settled = k
    else:
        settled = -1
print("settled within 0.5 at step:", settled, "final:", fix_str(history[-1]))
