# A compound statement header without its colon.
# error: 5:5: expected ':'
# error: 7:16: expected ':'
x = 1
if x
    y = 2
def f(a) -> int
    return a
