# zip stops at the shortest input; pairing sensor timestamps with values.
stamps = [100, 200, 300, 400]
vals = [1.5, 2.5, 3.5]
pairs = list(zip(stamps, vals))
print(pairs, len(pairs))
deltas = [b - a for a, b in zip(stamps, stamps[1:])]
print(deltas)
rates = [(v2 - v1) / (t2 - t1) for (t1, v1), (t2, v2) in zip(pairs, pairs[1:])]
print(rates)
print(list(zip()), list(zip([1, 2])))
transposed = [list(col) for col in zip([1, 2, 3], [4, 5, 6], [7, 8, 9])]
print(transposed)


def interleave(a: list[int], b: list[int]) -> list[int]:
    out: list[int] = []
    for x, y in zip(a, b):
        out.append(x)
        out.append(y)
    longer = a if len(a) > len(b) else b
    out.extend(longer[min(len(a), len(b)):])
    return out


print(interleave([1, 3, 5, 7], [2, 4]))
print(interleave([], [9, 8]))
print(dict(zip("abc", range(3))))
