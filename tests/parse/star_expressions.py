# Star expressions everywhere 3.11 allows them.
def f():
    return *a, b


def g():
    yield *a, b


for x in *a, *b:
    pass
print(*a, *b)
x = [*a, *b]
x = {**a, "k": 1}
x = *a, *b
x = a[*b]
*a, b = c
first, *_ = seq
x = *a,
