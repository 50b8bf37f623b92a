# A lock that is always released: on normal exit, on an exception caught
# outside, and when the body returns early.
class Lock:
    def __init__(self, name: str) -> None:
        self.name = name
        self.held = False
        self.acquired = 0

    def __enter__(self) -> "Lock":
        if self.held:
            raise RuntimeError(self.name + " already held")
        self.held = True
        self.acquired += 1
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.held = False
        print("  release", self.name, "after error" if exc is not None else "")


bus = Lock("i2c")


def transfer(data: list[int]) -> int:
    with bus:
        if not data:
            return -1
        if data[0] < 0:
            raise ValueError("negative register " + str(data[0]))
        return sum(data)


for d in [[1, 2, 3], [], [-4, 1], [9]]:
    try:
        print("result", transfer(d), bus.held)
    except ValueError as e:
        print("error:", e, bus.held)
print("acquired", bus.acquired)
try:
    with bus:
        with bus:
            print("never")
except RuntimeError as e:
    print("nested:", e, bus.held)
