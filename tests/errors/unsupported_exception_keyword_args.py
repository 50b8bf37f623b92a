# Exceptions take positional arguments only.
class Fault(Exception):
    pass


raise Fault("x", code=3)
# error: 6:18: keyword arguments to an exception is not supported yet by krait
