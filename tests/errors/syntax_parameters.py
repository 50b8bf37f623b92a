# Parameter lists: defaults, /, * and ** in CPython's order.
# error: 13:12: non-default argument follows default argument
# error: 15:7: named arguments must follow bare *
# error: 17:7: named arguments must follow bare *
# error: 19:7: at least one argument must precede /
# error: 21:16: / may appear only once
# error: 23:11: / must be ahead of *
# error: 25:11: * argument may appear only once
# error: 27:12: arguments cannot follow var-keyword argument
# error: 29:9: var-positional argument cannot have default value
# error: 31:10: var-keyword argument cannot have default value
# error: 33:17: non-default argument follows default argument
def f(a=1, b):
    pass
def f(*):
    pass
def f(*, **k):
    pass
def f(/, a):
    pass
def f(a, /, b, /):
    pass
def f(*a, /):
    pass
def f(*a, *b):
    pass
def f(**k, a):
    pass
def f(*a=1):
    pass
def f(**k=1):
    pass
g = lambda a=1, b: 0
