# Tuples holding references: lists, bytes, dicts and instances.
class Node:
    def __init__(self, name: str) -> None:
        self.name = name


def split(data: bytes) -> tuple[int, bytes]:
    return data[0], data[1:]


def halves(xs: list[int]) -> tuple[list[int], list[int]]:
    mid = len(xs) // 2
    return xs[:mid], xs[mid:]


print(split(b"\x05abc"), halves([1, 2, 3, 4, 5]))
lo, hi = halves(list(range(6)))
lo.append(99)
print(lo, hi)
t = ({"a": 1}, [b"x"], (1, [2]))
print(t, t == ({"a": 1}, [b"x"], (1, [2])), t[2][1])
nodes = [(i, Node("n%d" % i)) for i in range(3)]
print([(i, n.name) for i, n in nodes])
table: dict[str, tuple[Node, list[int]]] = {"a": (Node("x"), [1])}
table["a"][1].append(2)
print(table["a"][0].name, table["a"][1])
