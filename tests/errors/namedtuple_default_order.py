from typing import NamedTuple


class Sample(NamedTuple):
    channel: int = 0
    value: float
# error: 6:5: non-default namedtuple field value cannot follow default field channel
