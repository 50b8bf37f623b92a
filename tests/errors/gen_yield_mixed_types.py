def f():
    yield 1
    yield "a"


print(list(f()))
# error: 3:5: f() yields str here but int elsewhere
