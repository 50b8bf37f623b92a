# A tiny stack machine: a list as the stack, a dict of opcode names.
OPS = {"push": 1, "add": 2, "mul": 3, "dup": 4, "swap": 5, "print": 6}
prog = [("push", 3), ("push", 4), ("add", 0), ("dup", 0), ("mul", 0), ("print", 0), ("push", 2), ("swap", 0), ("print", 0)]
stack: list[int] = []
out: list[str] = []
for name, arg in prog:
    op = OPS[name]
    if op == 1:
        stack.append(arg)
    elif op == 2:
        stack.append(stack.pop() + stack.pop())
    elif op == 3:
        stack.append(stack.pop() * stack.pop())
    elif op == 4:
        stack.append(stack[-1])
    elif op == 5:
        stack[-1], stack[-2] = stack[-2], stack[-1]
    else:
        out.append("%d" % stack[-1])
print(out, stack)
try:
    stack.clear()
    stack.pop()
except IndexError as e:
    print("IndexError:", e)
