from typing import NamedTuple


class Sample(NamedTuple):
    channel: int
    value: float


print(Sample(value=1.0))
print(Sample(1, 2.0).gain)
print(Sample(1, 2.0, 3))
print(Sample(1, 2.0)._replace(gain=2))
# error: 9:7: Sample() missing required argument 'channel'
# error: 10:7: 'Sample' object has no attribute 'gain'
# error: 11:7: Sample() takes at most 2 positional arguments
# error: 12:31: _replace() got an unexpected keyword argument 'gain'
