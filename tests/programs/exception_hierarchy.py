def fail(kind: int) -> None:
    if kind == 0:
        raise ZeroDivisionError("zd")
    if kind == 1:
        raise IndexError("ix")
    if kind == 2:
        raise ValueError("va")
    if kind == 3:
        raise OverflowError("ov")
    if kind == 4:
        raise AssertionError("as")
    raise RuntimeError("rt")

for k in range(6):
    try:
        fail(k)
    except ArithmeticError as e:
        print(k, "ArithmeticError", e)
    except LookupError as e:
        print(k, "LookupError", e)
    except Exception as e:
        print(k, "Exception", e)
for k in range(6):
    try:
        try:
            fail(k)
        except (ZeroDivisionError, OverflowError):
            print(k, "arith pair")
            raise
    except Exception as e:
        print(k, "outer", e)
