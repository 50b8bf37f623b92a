# Calling a value that is not a function.
rate = 115200
print(rate(2))
# error: 3:7: 'rate' is an int, which is not callable
