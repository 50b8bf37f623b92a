# A reverse-Polish calculator with a list as the stack.
def rpn(expr: str) -> int:
    stack: list[int] = []
    for tok in expr.split():
        if tok in ("+", "-", "*", "//"):
            if len(stack) < 2:
                raise ValueError("stack underflow at " + repr(tok))
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            else:
                stack.append(a // b)
        else:
            stack.append(int(tok))
    if len(stack) != 1:
        raise ValueError(f"{len(stack)} values left on stack")
    return stack[0]


for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "7 2 //", "1 +", "1 2", "8 0 //"]:
    try:
        print(e, "=", rpn(e))
    except ValueError as err:
        print(e, "-> ValueError:", err)
    except ZeroDivisionError as err:
        print(e, "-> ZeroDivisionError:", err)
