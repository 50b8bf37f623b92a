# repr(e) of an exception would need its class name at run time: refused
# until classes land, rather than printing str(e) in its place.
try:
    int("x")
except ValueError as e:
    print(repr(e))
    print(f"{e!r}")
# error: 6:11: repr() of an exception is not supported yet by krait
# error: 7:11: repr() of an exception is not supported yet by krait
