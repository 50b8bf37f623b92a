def work(a: int, b: int) -> str:
    out = ""
    try:
        out += "A"
        try:
            out += "B"
            if a == 1:
                raise ValueError("a")
            out += "C"
        except ValueError:
            out += "D"
            if b == 1:
                raise IndexError("b")
            out += "E"
        finally:
            out += "F"
        out += "G"
    except IndexError:
        out += "H"
    finally:
        out += "I"
    return out

for a in range(2):
    for b in range(2):
        print(a, b, work(a, b))

def raise_in_finally() -> str:
    try:
        try:
            raise ValueError("original")
        finally:
            raise RuntimeError("from finally")
    except RuntimeError as e:
        return "caught " + str(e)
    except ValueError as e:
        return "caught original " + str(e)

print(raise_in_finally())

def raise_in_except() -> str:
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise IndexError("second")
    except IndexError as e:
        return "outer got " + str(e)

print(raise_in_except())
