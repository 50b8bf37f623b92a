# repr() of an exception with fields is refused like any exception's.
class Fault(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


f = Fault(3)
print(repr(f))
# error: 9:12: repr() of an exception is not supported yet by krait
