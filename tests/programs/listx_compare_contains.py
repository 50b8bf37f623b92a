# Lexicographic comparison of firmware version lists and membership.
versions = [[1, 2, 0], [1, 10, 3], [1, 2], [0, 9, 9], [1, 2, 0, 1]]
for a in versions:
    for b in versions:
        if a < b:
            print(a, "<", b)
print(max(versions), min(versions))
print([1, 2] == [1, 2], [1, 2] != [1, 2, 0], [] < [0])
print([1, 2, 0] in versions, [2, 0] in versions)
names = ["a", "bb", "ccc"]
print("bb" in names, "b" not in names)
print(sorted(versions))


def newest(vs: list[list[int]]) -> list[int]:
    best = vs[0]
    for v in vs[1:]:
        if v > best:
            best = v
    return best


print(newest(versions), versions.index([1, 2]), versions.count([1, 2, 0]))
print([v for v in versions if [1, 0] <= v < [1, 3]])
