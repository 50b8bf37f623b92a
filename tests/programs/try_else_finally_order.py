def run(mode: int) -> str:
    print("-- mode", mode)
    try:
        print("try body")
        if mode == 1:
            raise ValueError("v")
        if mode == 2:
            raise IndexError("i")
        if mode == 3:
            return "returned from try"
    except ValueError as e:
        print("except ValueError", e)
        return "returned from except"
    except IndexError:
        print("except IndexError")
    else:
        print("else runs only without exception")
    finally:
        print("finally always runs")
    print("after try statement")
    return "fell through"

for m in range(4):
    print(run(m))

try:
    try:
        raise RuntimeError("inner")
    finally:
        print("inner finally during propagation")
except RuntimeError as e:
    print("outer caught", e)

try:
    print("no exception here")
except ValueError:
    print("not printed")
else:
    print("else printed")
finally:
    print("finally printed")
