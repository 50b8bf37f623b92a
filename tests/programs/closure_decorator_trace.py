# A hand-written decorator that counts and traces calls.
from typing import Callable

trace: list[str] = []


def traced(fn: Callable[[int, int], int]) -> Callable[[int, int], int]:
    count = 0

    def wrapper(a: int, b: int) -> int:
        nonlocal count
        count += 1
        result = fn(a, b)
        trace.append(f"call {count}: ({a}, {b}) -> {result}")
        return result

    return wrapper


@traced
def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


@traced
def lcm(a: int, b: int) -> int:
    return a * b // gcd(a, b)


print(lcm(12, 18), lcm(7, 5), gcd(100, 75))
for line in trace:
    print(line)
