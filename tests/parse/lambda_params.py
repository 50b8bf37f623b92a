# Lambda with every parameter form.
f = lambda: 0
f = lambda x: x
f = lambda x, y: x + y
f = lambda x=1: x
f = lambda x, y=2, *args: 0
f = lambda *args, **kwargs: 0
f = lambda *, k: k
f = lambda *, k=1, j: k
f = lambda a, /, b: a
f = lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
f = lambda x,: x
f = lambda **kw,: kw
f = lambda x: lambda y: x + y
f = lambda x=lambda: 1: x
