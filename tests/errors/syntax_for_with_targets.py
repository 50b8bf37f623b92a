# for, with and comprehension targets.
# error: 5:5: cannot assign to function call
# error: 7:11: cannot assign to function call
# error: 9:12: cannot assign to function call
for f() in x:
    pass
with a as f():
    pass
y = [x for f() in z]
