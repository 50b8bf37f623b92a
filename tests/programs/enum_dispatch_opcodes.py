# An opcode IntEnum driving a tiny virtual machine.
from enum import IntEnum


class Op(IntEnum):
    PUSH = 0x01
    ADD = 0x02
    MUL = 0x03
    DUP = 0x04
    PRINT = 0x05
    HALT = 0xFF


def run(code: list[int]) -> None:
    stack: list[int] = []
    pc = 0
    while pc < len(code):
        op = Op(code[pc])
        pc += 1
        if op == Op.PUSH:
            stack.append(code[pc])
            pc += 1
        elif op == Op.ADD:
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == Op.MUL:
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == Op.DUP:
            stack.append(stack[-1])
        elif op == Op.PRINT:
            print("out:", stack[-1])
        elif op is Op.HALT:
            print("halt at", pc - 1, "stack", stack)
            return


run([Op.PUSH, 6, Op.DUP, Op.MUL, Op.PRINT, Op.PUSH, 6, Op.ADD, Op.PRINT, Op.HALT])
try:
    run([Op.PUSH, 1, 0x42])
except ValueError as e:
    print("ValueError:", e)
print([f"{o.name}={o.value:#04x}" for o in Op])
