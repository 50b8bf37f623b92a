class C:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: "C") -> bool:
        return self.v == other.v


d = {C(1): "one"}
# error: 9:5: unhashable type: 'C' (it defines __eq__ without __hash__)
