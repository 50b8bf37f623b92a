def f():
    yield 1


print(f())
# error: 5:7: printing a Iterator[int] is not supported yet by krait
