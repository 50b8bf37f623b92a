# Sensor samples through map and filter stages.
from typing import Callable

samples = [512, 1023, 0, 700, 300, 1001]


def to_mv(raw: int) -> int:
    return raw * 3300 // 1023


valid: Callable[[int], bool] = lambda mv: 100 < mv < 3200
mvs = list(map(to_mv, samples))
print(mvs)
print(list(filter(valid, mvs)))
print(list(map(lambda a, b: f"{a}->{b}", samples, mvs)))
print(sum(map(lambda v: v // 100, filter(lambda v: v > 0, mvs))))
print(list(map(str, filter(lambda v: v % 2 == 0, range(7)))))
print(list(map(len, ["a", "bb", "ccc"])), list(map(abs, [-1, 2, -3])))
