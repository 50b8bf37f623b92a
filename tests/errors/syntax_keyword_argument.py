# Keyword arguments: a name on the left, and their order.
# error: 8:3: expression cannot contain assignment, perhaps you meant "=="?
# error: 9:3: cannot assign to True
# error: 10:8: positional argument follows keyword argument
# error: 11:8: positional argument follows keyword argument unpacking
# error: 12:3: iterable argument unpacking follows keyword argument unpacking
# error: 13:3: Generator expression must be parenthesized
f(a.b=1)
f(True=1)
f(a=1, b)
f(**a, b)
f(**a, *b)
f(x for x in y, 1)
