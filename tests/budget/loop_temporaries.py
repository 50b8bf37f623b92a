# A control loop whose objects never leave the function that makes them:
# every one lives in a stack slot, reused per iteration, and the heap is
# never touched.
# krait-options: --target cortex-m0 --stack-estimate
# budget: sites stack=2 heap=0 static=0
# budget: no-warning
# budget: site 28 stack 16
# budget: site 29 stack 16
# budget: heap-peak 0


class Sample:
    def __init__(self, raw: int, gain: float) -> None:
        self.raw = raw
        self.gain = gain
        self.value = raw * gain


def clamp(s: Sample, lo: float, hi: float) -> float:
    if s.value < lo:
        return lo
    return hi if s.value > hi else s.value


def control(n: int) -> float:
    total = 0.0
    for i in range(n):
        s = Sample(i % 17, 0.5)
        ref = Sample(8, 1.0)
        total += clamp(s, 0.0, 6.0) - clamp(ref, 0.0, 6.0)
    return total


print(control(1000))
