# The bound on the heap peak is exact when every heap object lives to the
# end and nothing can raise an exception the runtime makes on the heap:
# three Points returned into module globals and a list display holding
# two of them.
# budget: heap-bound 120
# budget: sites heap=2


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def make(x: int) -> Point:
    return Point(x, x)


a = make(1)
b = make(2)
c = make(3)
pair = [a, b]
print(a.x, b.y, c.x, len(pair))
