from typing import NamedTuple


class Sample(NamedTuple):
    channel: int
    value: float = 0.0


s = Sample(1)
s.value = 2.5
print(s)
# error: 10:1: cannot assign to field 'value' of Sample: a named tuple is immutable (use _replace())
