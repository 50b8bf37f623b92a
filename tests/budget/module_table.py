# Objects the top level makes once live in static blocks (.bss), counted in
# static RAM; a list made at module level is a heap site that the global
# keeps.
# krait-options: --target cortex-m0 --stack-estimate
# budget: site 19 static 16
# budget: site 20 "[0] * 16" heap
# budget: site 20 "[0]" stack
# budget: static-ram 280
# budget: sites static=1


class Limits:
    def __init__(self, lo: int, hi: int, step: int) -> None:
        self.lo = lo
        self.hi = hi
        self.step = step


LIMITS = Limits(0, 100, 5)
TABLE = [0] * 16


def fill() -> None:
    for i in range(len(TABLE)):
        TABLE[i] = min(LIMITS.hi, i * LIMITS.step)


fill()
print(TABLE[3], TABLE[15], LIMITS.lo)
