# Recursive generators: permutations and combinations with yield from.
from typing import Iterator


def permutations(items: list[int]) -> Iterator[list[int]]:
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def combinations(items: list[str], k: int, start: int) -> Iterator[list[str]]:
    if k == 0:
        yield []
        return
    for i in range(start, len(items)):
        for tail in combinations(items, k - 1, i + 1):
            yield [items[i]] + tail


perms = list(permutations([1, 2, 3]))
print(len(perms), perms[0], perms[-1])
print(sum(1 for _ in permutations([1, 2, 3, 4, 5])))
for c in combinations(["a", "b", "c", "d"], 2, 0):
    print("".join(c), end=" ")
print()
print(max(p[0] * 100 + p[1] * 10 + p[2] for p in permutations([3, 1, 2])))
