# hash() of ints, bools and tuples, identity-hashed instances, __hash__ in a base class.
class Node:
    def __init__(self, name: str) -> None:
        self.name = name


class Key:
    def __init__(self, a: int) -> None:
        self.a = a

    def __eq__(self, other: "Key") -> bool:
        return self.a == other.a

    def __hash__(self) -> int:
        return self.a * 7


class SubKey(Key):
    pass


print(hash(5), hash(-1), hash(True), hash(0), hash((1, 2)) == hash((1, 2)))
a, b = Node("a"), Node("b")
seen = {a: 1, b: 2}
print(seen[a], seen[b], a in seen, Node("a") in seen, len(seen))
keys = {SubKey(3), SubKey(3), SubKey(4)}
print(len(keys), SubKey(4) in keys, hash(SubKey(2)), hash(Key(5)))
counts: dict[Key, int] = {}
for v in [1, 2, 1, 3, 1]:
    k = Key(v)
    counts[k] = counts.get(k, 0) + 1
print([(k.a, n) for k, n in counts.items()])
