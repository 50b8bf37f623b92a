def f():
    yield 1


g = f()
g.close()
# error: 6:1: close() of generators and iterators (they only produce values: use next() and for) is not supported yet by krait
