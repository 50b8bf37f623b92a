# raise ... from takes an exception or None.
class Fault(Exception):
    pass


raise Fault("x") from 3
# error: 6:23: exception causes must derive from BaseException, not int
