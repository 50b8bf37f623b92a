# Opcode costs in a dict keyed by IntEnum members; a program decoded with
# Op(x) and costed per opcode.
from enum import IntEnum


class Op(IntEnum):
    NOP = 0
    LOAD = 1
    STORE = 2
    JUMP = 3


COST = {Op.NOP: 1, Op.LOAD: 3, Op.STORE: 4, Op.JUMP: 2}


def cost(program: list[int]) -> int:
    total = 0
    for code in program:
        total += COST[Op(code)]
    return total


prog = [1, 1, 2, 0, 3, 1, 2]
print(cost(prog))
counts = {op: 0 for op in Op}
for code in prog:
    counts[Op(code)] += 1
for op in Op:
    print(f"{op.name:5} x{counts[op]} cost {counts[op] * COST[op]}")
try:
    cost([1, 9])
except ValueError as e:
    print("ValueError:", e)
print(Op.JUMP == 3, Op(2) is Op.STORE, Op["LOAD"] + 1)
