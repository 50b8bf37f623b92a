# Filters over a list of readings: simple moving average (float and integer with
# rounding), exponential moving average, a median-of-5 filter and a spike detector.

readings = [100, 102, 101, 250, 103, 104, 98, 97, -40, 99, 100, 101, 102, 180, 103, 104, 105, 103, 102, 101]


def sma(xs: list[int], n: int) -> list[float]:
    out = []
    acc = 0
    for i in range(len(xs)):
        acc += xs[i]
        if i >= n:
            acc -= xs[i - n]
        if i >= n - 1:
            out.append(acc / n)
    return out


def sma_int(xs: list[int], n: int) -> list[int]:
    # integer average rounded half up; note floor division for negatives
    out = []
    window = [0] * n
    pos = 0
    acc = 0
    filled = 0
    for x in xs:
        acc -= window[pos]
        window[pos] = x
        acc += x
        pos = (pos + 1) % n
        if filled < n:
            filled += 1
        out.append((acc + filled // 2) // filled)
    return out


def ema(xs: list[int], alpha: float) -> list[float]:
    out = []
    y = float(xs[0])
    for x in xs:
        y = alpha * x + (1.0 - alpha) * y
        out.append(y)
    return out


def median5(xs: list[int]) -> list[int]:
    out = []
    for i in range(len(xs)):
        lo = i - 2
        hi = i + 3
        if lo < 0:
            lo = 0
        if hi > len(xs):
            hi = len(xs)
        w = xs[lo:hi]
        # insertion sort of the window
        for j in range(1, len(w)):
            key = w[j]
            k = j - 1
            while k >= 0 and w[k] > key:
                w[k + 1] = w[k]
                k -= 1
            w[k + 1] = key
        out.append(w[len(w) // 2])
    return out


s4 = sma(readings, 4)
print("sma4:", s4)
print("sma4 rounded:", end="")
for v in s4:
    print(f" {v:.1f}", end="")
print()
print("sma_int3:", sma_int(readings, 3))
e = ema(readings, 0.25)
line = ""
for v in e:
    line += f"{v:8.3f}"
print("ema:", line)
print("ema last repr:", e[-1])
med = median5(readings)
print("median5:", med)

spikes = []
for i in range(len(readings)):
    if abs(readings[i] - med[i]) > 30:
        spikes.append((i, readings[i]))
print("spikes:", spikes)

cleaned = readings[:]
for sp in spikes:
    idx, val = sp
    cleaned[idx] = med[idx]
print("cleaned:", cleaned)
print("mean raw", sum(readings) / len(readings), "mean cleaned", sum(cleaned) / len(cleaned))
print("int average of negatives:", sma_int([-1, -2, -2, -5, -6], 2))

# Fixed-point IIR low-pass: y += (x - y) >> k. The arithmetic shift floors,
# so the filter settles one count below a negative input, not at it.
def iir_shift(xs: list[int], k: int) -> list[int]:
    out = []
    y = 0
    for x in xs:
        y += (x - y) >> k
        out.append(y)
    return out

step_up = [100] * 12
step_down = [-100] * 12
print("iir up  :", iir_shift(step_up, 2))
print("iir down:", iir_shift(step_down, 2))
print("iir raw :", iir_shift(readings, 3))

# running min/max/peak-to-peak over a window of 5 without sorting
def window_stats(xs: list[int], n: int) -> list[tuple[int, int, int]]:
    out = []
    for i in range(n - 1, len(xs)):
        lo = xs[i]
        hi = xs[i]
        for j in range(i - n + 1, i + 1):
            if xs[j] < lo:
                lo = xs[j]
            if xs[j] > hi:
                hi = xs[j]
        out.append((lo, hi, hi - lo))
    return out

for st in window_stats(cleaned, 5)[:6]:
    print("window", st)
