def inner() -> None:
    try:
        print("inner body")
        raise ValueError("sensor timeout")
    finally:
        print("inner finally")

def middle() -> None:
    try:
        inner()
    except IndexError:
        print("wrong type, not handled here")
    finally:
        print("middle finally")

def outer() -> None:
    try:
        middle()
    finally:
        print("outer finally")

print("start")
outer()
print("not reached")
