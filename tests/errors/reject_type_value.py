x = 3
print(type(x))
# error: 2:7: type() is not supported: krait has no run-time type objects; use isinstance(x, C)
