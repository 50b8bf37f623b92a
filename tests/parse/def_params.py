# Function definitions: every parameter form, annotations, defaults, returns.
def f():
    pass


def g(a, b):
    return a


def h(a, b=1, *args, c, d=2, **kwargs):
    pass


def posonly(a, b, /, c, d=1, *, e, f=2):
    pass


def defaults(a=1, /, b=2, *, c):
    pass


def annotated(a: int, b: str = "s", *args: int, c: float, **kw: bytes) -> bool:
    return True


def star_only(*, key):
    pass


def trailing(a, b,):
    pass


def trailing_kw(*, a, **kw,):
    pass


def variadic(*args: *Ts):
    pass


def nested():
    def inner(x):
        return x
    return inner
