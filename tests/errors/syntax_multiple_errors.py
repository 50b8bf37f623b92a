# One run reports every independent error.
# error: 12:5: expected ':'
# error: 14:7: invalid syntax
# error: 17:8: expected ':'
# error: 20:5: cannot assign to function call here. Maybe you meant '==' instead of '='?
# error: 21:5: Missing parentheses in call to 'print'. Did you mean print(...)?
# error: 22:6: invalid syntax. Perhaps you forgot a comma?
# error: 25:1: expected 'except' or 'finally' block
# error: 27:5: unexpected indent
# error: 29:4: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
x = 1
if x
    y = 2
def f(:)
    return 1
w = 3
class A
    pass
for i in range(3):
    f() = i
    print "x"
a = [1 2]
try:
    pass
d = 1
e = 2
    g = 3
h = 4
if h = 4:
    pass
