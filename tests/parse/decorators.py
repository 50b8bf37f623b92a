# Decorators: names, attributes, calls, and (3.9) any named expression.
@simple
def a():
    pass


@module.attr
@call(1, key=2)
def b():
    pass


@buttons[0].clicked.connect
def c():
    pass


@(lambda f: f)
def d():
    pass


@x := deco
def e():
    pass


@decorator
class C:
    pass
