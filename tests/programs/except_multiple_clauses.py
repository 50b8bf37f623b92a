def risky(k: int) -> float:
    xs = [1.0, 2.0, 3.0]
    if k == 0:
        return xs[5]
    if k == 1:
        return 1 / (k - 1)
    if k == 2:
        return float(int("nope"))
    if k == 3:
        raise RuntimeError("runtime")
    if k == 4:
        raise TypeError("type")
    return 2.5

for k in range(6):
    try:
        print("value", risky(k))
    except IndexError as e:
        print(k, "IndexError", e)
    except ZeroDivisionError as e:
        print(k, "ZeroDivisionError", e)
    except (ValueError, TypeError) as e:
        print(k, "ValueError or TypeError", e)
    except Exception as e:
        print(k, "other Exception", e)
for k in range(5):
    try:
        risky(k)
    except ArithmeticError as e:
        print(k, "ArithmeticError catches", e)
    except LookupError as e:
        print(k, "LookupError catches", e)
    except Exception:
        print(k, "Exception catches the rest")
try:
    try:
        risky(0)
    except ValueError:
        print("wrong handler")
except IndexError:
    print("outer handler got the IndexError")
