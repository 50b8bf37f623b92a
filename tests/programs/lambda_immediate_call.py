# Lambdas called where they are written, and lambdas bound to names.
square = lambda x: x * x
half = lambda x: x / 2
greet = lambda name, punct="!": "hello " + name + punct
print(square(7), square(2.5), half(9))
print(greet("krait"), greet("world", "?"))
print((lambda: 42)(), (lambda a, b: a * b)(6, 7))
