def level3(x: int) -> int:
    print("level3 start", x)
    try:
        if x < 0:
            raise ValueError("negative input " + str(x))
        return 100 // x
    finally:
        print("level3 finally")

def level2(x: int) -> int:
    print("level2 start")
    try:
        r = level3(x)
        print("level2 got", r)
        return r + 1
    finally:
        print("level2 finally")

def level1(x: int) -> int:
    print("level1 start")
    r = level2(x)
    print("level1 after level2")
    return r * 2

for v in [5, -1, 0]:
    try:
        print("result", level1(v))
    except ValueError as e:
        print("main caught ValueError:", e)
    except ZeroDivisionError as e:
        print("main caught ZeroDivisionError:", e)
    print("---")

def deep(n: int) -> int:
    if n == 0:
        raise RuntimeError("bottom reached")
    try:
        return deep(n - 1)
    finally:
        print("unwinding", n)

try:
    deep(4)
except RuntimeError as e:
    print("caught", e)
