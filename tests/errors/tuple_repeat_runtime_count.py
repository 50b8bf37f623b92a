def make(n: int) -> None:
    print((0,) * n)


make(3)
# error: 2:11: repeating a tuple a number of times known only at run time (a tuple has a fixed shape; use a list) is not supported yet by krait
