# A field holding a function value may hold any object (a closure's
# captures, a bound method's self), so it counts as a possible reference
# cycle: `self.on_tick = self.tick` is one.  A class whose fields are plain
# values gets no warning.
# krait-options: --target cortex-m0 --stack-estimate
# budget: warning 11:1: instances of 'Timer' can form a reference cycle (Timer.on_tick -> Timer): reference counting cannot free a cycle, so krait links its cycle collector, which frees it at gc.collect() or when the heap runs out
# budget: warnings 1
from typing import Callable, Optional


class Timer:
    def __init__(self, period: int) -> None:
        self.period = period
        self.ticks = 0
        self.on_tick: Optional[Callable[[int], None]] = None

    def tick(self, n: int) -> None:
        self.ticks += n


class Sample:
    def __init__(self, v: int) -> None:
        self.v = v


t = Timer(10)
t.on_tick = t.tick
cb = t.on_tick
if cb is not None:
    cb(3)
t.on_tick = None
print(t.ticks, Sample(2).v)
