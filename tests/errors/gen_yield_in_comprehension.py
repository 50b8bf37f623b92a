def f(n: int):
    return [(yield i) for i in range(n)]
# error: 2:14: 'yield' inside list comprehension
