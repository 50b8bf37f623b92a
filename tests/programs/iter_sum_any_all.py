# sum with start, any/all on empty and non-empty iterables.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5))
print(sum([0.1] * 10), sum([0.5, 0.25], 1.0))
print(sum(range(1, 101)), sum(x for x in range(10) if x & 1))
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]))
print(any(c.isdigit() for c in "abc1"), all(c.isupper() for c in "ABC"))
rows = [[1, 2], [3], [], [4, 5, 6]]
print(sum(len(r) for r in rows), all(rows), any(rows))
print(sum([[1], [2, 3]], []))


def checksum8(data: list[int]) -> int:
    return sum(data) & 0xFF


def valid(frame: list[int]) -> bool:
    return all(0 <= b <= 255 for b in frame) and checksum8(frame[:-1]) == frame[-1]


for frame in [[1, 2, 3, 6], [200, 100, 44], [1, 2, 4], [300, 1, 45]]:
    print(frame, valid(frame))
print(any(valid(f) for f in [[1, 1], [0, 0]]))
print(sum([0.1, 0.2, 0.3]) == 0.6, sum([0.1, 0.2, 0.3]))
