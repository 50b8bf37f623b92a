# `x as y` belongs to with statements and patterns only.
# error: 6:8: invalid syntax
# error: 7:5: invalid syntax
# error: 8:13: invalid syntax
# error: 10:7: invalid syntax
x = (a as b)
f(a as b)
for x in [a as b]:
    pass
if (a as b):
    pass
