# Curried arithmetic: lambdas returning lambdas.
from typing import Callable

adder: Callable[[int], Callable[[int], int]] = lambda a: lambda b: a + b
scale: Callable[[float], Callable[[float], float]] = lambda k: lambda v: k * v
add5 = adder(5)
print(add5(1), adder(10)(-3), scale(0.5)(9.0))
table = [adder(i) for i in range(4)]
print([f(100) for f in table])
