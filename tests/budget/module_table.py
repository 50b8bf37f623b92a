# Objects the top level makes once live in static blocks (.bss), counted in
# static RAM; a list made at module level is a heap site that the global
# keeps.
# krait-options: --target cortex-m0 --stack-estimate
# budget: site 20 static 16
# budget: site 21 "[0] * 16" heap
# budget: site 21 "[0]" stack
# budget: static-ram 280
# budget: sites static=1
# budget: limit --heap 4096 --max-ram 2000: RAM total 4,440 B is over --max-ram 2,000 B; biggest: heap arena 4,096 B, static objects and scratch stack 272 B, stack 64 B


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
