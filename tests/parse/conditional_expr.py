# Conditional expressions nest to the right.
r = a if b else c
r = a if b else c if d else e
r = (a if b else c) if d else e
r = lambda: x if y else z
r = [a if b else c for a in d]
r = f(a if b else c)
