# and/or: one BoolOp per run of the same operator, parentheses start a new one.
r = a and b
r = a or b or c
r = a and b and c and d
r = a and b or c and d
r = (a or b) or c
r = a or (b or c)
r = not a and not b
r = a or b and c or d
