# An ALU as a table of lambdas keyed by opcode.
from typing import Callable

OPS: dict[str, Callable[[int, int], int]] = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "and": lambda a, b: a & b,
    "or": lambda a, b: a | b,
    "xor": lambda a, b: a ^ b,
    "shl": lambda a, b: (a << b) & 0xFF,
}

PROGRAM = [("add", 3, 4), ("shl", 0x81, 1), ("xor", 0xF0, 0x3C), ("mul", 2, 2), ("sub", 1, 9)]

for op, a, b in PROGRAM:
    fn = OPS.get(op)
    if fn is None:
        print(f"{op}: illegal instruction")
        continue
    print(f"{op}({a}, {b}) = {fn(a, b)}")
print(sorted(OPS.keys()))
square = lambda x: x * x
print(square(12), (lambda: "no args")())
