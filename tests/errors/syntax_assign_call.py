# Assignment to things that are not targets.
# error: 7:1: cannot assign to function call here. Maybe you meant '==' instead of '='?
# error: 8:5: cannot assign to function call
# error: 9:1: cannot assign to literal here. Maybe you meant '==' instead of '='?
# error: 10:1: cannot assign to True
# error: 11:5: cannot assign to function call
f() = 1
x = f() = 1
1 = x
True = 1
(a, f()) = 1
