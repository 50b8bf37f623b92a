# An exception crossing several frames, with a handler at each level choosing.
class ProtocolError(Exception):
    def __init__(self, msg: str, depth: int) -> None:
        super().__init__(msg)
        self.depth = depth


def level3(x: int) -> int:
    if x % 4 == 0:
        raise ProtocolError(f"bad value {x}", 3)
    return x * 3


def level2(x: int) -> int:
    try:
        return level3(x) + 1
    except ZeroDivisionError:
        return -1


def level1(x: int) -> int:
    return level2(x) * 2


for x in [1, 4, 6, 8]:
    try:
        print(x, "->", level1(x))
    except ProtocolError as e:
        print(x, "-> ProtocolError at depth", e.depth, ":", e)
