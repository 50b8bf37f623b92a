def outer() -> int:
    def inner(x):
        return x * 2
    return inner(3)


print(outer())
# error: 2:15: annotate parameter 'x' of nested function inner() (a function value has one signature)
