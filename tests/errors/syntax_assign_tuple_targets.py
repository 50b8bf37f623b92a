# Tuple targets: CPython's message depends on the element before the '='.
# error: 8:4: cannot assign to function call here. Maybe you meant '==' instead of '='?
# error: 9:6: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
# error: 10:4: cannot assign to function call
# error: 11:1: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
# error: 12:6: cannot assign to attribute here. Maybe you meant '==' instead of '='?
# error: 13:9: cannot assign to function call
a, f() = 1
f(), a = 1
a, f(), = 1
x = a, f() = 1
f(), a.b = 1
x = (a, f()) = 1
