# Instances returned by a function that makes them live in a slot of the
# caller's frame when the caller keeps them there; every way a caller can
# use such a result must still behave as in CPython.
class V:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __add__(self, o: "V") -> "V":
        return V(self.x + o.x, self.y + o.y)

    def scale(self, k: int) -> "V":
        return V(self.x * k, self.y * k)

    def __repr__(self) -> str:
        return f"V({self.x}, {self.y})"


class Tagged(V):
    def __init__(self, x: int, y: int, tag: str) -> None:
        super().__init__(x, y)
        self.tag = tag


def pick(a: V, b: V, first: bool) -> V:
    if first:
        return V(a.x, b.y)  # fresh
    return a  # an existing object


def last_of(n: int) -> V:
    r = V(0, 0)
    for i in range(n):
        r = V(i, i * i)
    return r


def build(n: int) -> V:
    if n == 0:
        return V(0, 1)
    inner = build(n - 1)
    return V(inner.x + n, inner.y * 2)


def tagged(k: int) -> Tagged:
    return Tagged(k, -k, "t" + str(k))


def fails(k: int) -> V:
    v = V(k, k)
    if k > 2:
        raise ValueError("too big: " + str(k))
    return v


a = V(1, 2)
b = V(10, 20)
total = V(0, 0)
prev = V(0, 0)
for i in range(5):
    s = a + b  # the previous iteration's s is still held here
    print(s, prev, s.x - prev.x)
    prev = s
    total = total + s.scale(i)
print("total", total)
kept: list[V] = []
for i in range(3):
    kept.append(a.scale(i) + b)  # stored: the heap
print(kept)
print(pick(a, b, True), pick(a, b, False), pick(a, b, False) is a)
print(last_of(4), last_of(0))
print(build(5))
t = tagged(3)
print(t.tag, t, tagged(4).tag)
chain = a.scale(2).scale(3) + b.scale(2)
print(chain)
for k in range(5):
    try:
        print("ok", fails(k))
    except ValueError as e:
        print("error", e)
