# Keyword constants, ellipsis, names and attribute chains.
x = None
x = True
x = False
x = ...
x = Ellipsis
x = a.b.c.d
x = _private
x = __dunder__
x = café
x = 変数
def f(): ...
