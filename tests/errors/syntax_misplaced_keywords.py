# Clauses without their statement, and keywords out of place.
# error: 6:1: invalid syntax
# error: 8:1: invalid syntax
# error: 10:7: invalid syntax
# error: 11:11: expected 'else' after 'if' expression
else:
    pass
elif x:
    pass
x = 1 2
y = a if b
