# An exception kept in a field is not counted: the bound is unbounded, and
# says why.
# budget: heap-bound unbounded an exception is kept in a field of Channel
from typing import Optional


class Channel:
    def __init__(self) -> None:
        self.last_error: Optional[ValueError] = None


def check(ch: Channel, values: list[int]) -> int:
    bad = 0
    for v in values:
        try:
            if v < 0:
                raise ValueError("negative")
        except ValueError as e:
            ch.last_error = e
            bad += 1
    return bad


print(check(Channel(), [1, -2, 3, -4]))
