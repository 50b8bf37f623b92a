def process(v: int) -> int:
    try:
        if v == 0:
            raise ValueError("zero not allowed")
        return 10 // v
    except ValueError:
        print("logging the error, then re-raising")
        raise

def outer(v: int) -> str:
    try:
        return str(process(v))
    except ValueError as e:
        return "outer saw: " + str(e)

print(outer(5))
print(outer(0))

def convert(s: str) -> int:
    try:
        return int(s)
    except ValueError as e:
        print("convert failed:", e)
        raise RuntimeError("conversion of " + repr(s) + " failed")

try:
    convert("12x")
except RuntimeError as e:
    print("caught RuntimeError:", e)

try:
    try:
        raise IndexError("original")
    except IndexError:
        try:
            raise ValueError("secondary")
        except ValueError:
            print("handled secondary")
        raise
except IndexError as e:
    print("re-raised the original:", e)

def cleanup_then_raise() -> None:
    try:
        raise ValueError("from body")
    except ValueError:
        print("except block")
        raise
    finally:
        print("finally still runs")

try:
    cleanup_then_raise()
except ValueError as e:
    print("final:", e)
