# An LRU cache of fixed size over a list of keys and a dict of values.
class LRU:
    def __init__(self, size: int) -> None:
        self.size = size
        self.order: list[str] = []
        self.data: dict[str, int] = {}

    def get(self, k: str) -> int:
        if k not in self.data:
            return -1
        self.order.remove(k)
        self.order.append(k)
        return self.data[k]

    def put(self, k: str, v: int) -> None:
        if k in self.data:
            self.order.remove(k)
        elif len(self.order) == self.size:
            old = self.order.pop(0)
            del self.data[old]
        self.order.append(k)
        self.data[k] = v


c = LRU(2)
c.put("a", 1)
c.put("b", 2)
print(c.get("a"), c.order)
c.put("c", 3)
print(c.get("b"), c.get("c"), c.order, sorted(c.data.items()))
