# The cause of raise ... from is a caught exception or None.
try:
    print(1 // 0)
except ZeroDivisionError:
    raise ValueError("bad") from KeyError("k")
# error: 5:34: raise ... from a new exception (name a caught one, or None) is not supported yet by krait
