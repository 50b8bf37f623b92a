# A decorator must be followed by def or class.
# error: 4:1: invalid syntax
@decorator
x = 1
