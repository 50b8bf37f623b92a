# Exceptions with no, one and several arguments: e.args, str(e), print, f-strings.
class Fault(Exception):
    pass


def make(n: int) -> None:
    if n == 0:
        raise Fault()
    if n == 1:
        raise Fault(42)
    if n == 2:
        raise Fault("bus", 7)
    raise ValueError("it's", 2.5, True)


for n in range(4):
    try:
        make(n)
    except Exception as e:
        print(n, repr(str(e)), e.args, len(e.args))
        print(f"[{e}] [{e.args}]")
        print(e)

k = KeyError("missing")
print(k, k.args, str(k))
z = ZeroDivisionError()
print(repr(str(z)), z.args, len(z.args))
try:
    d: dict[str, int] = {}
    print(d["nope"])
except KeyError as e:
    print("KeyError", e, e.args, e.__cause__ is None, e.__context__ is None)
