# sum() of empty and nested lists; min()/max() of lists of tuples.
empty: list[int] = []
print(sum(empty), sum([], 5), sum([], 1.5), sum([[1], [2, 3], []], [0]))
tasks = [(3, "c"), (1, "z"), (1, "a"), (2, "b")]
print(min(tasks), max(tasks), sorted(tasks)[1])
pts = [(1.5, 2), (1.5, 1), (-1.0, 9)]
print(min(pts), max(pts))
nested = [[3, 1], [2, 9], [3, 0]]
print(min(nested), max(nested))
try:
    print(min([(1, "a")][1:]))
except ValueError as e:
    print("ValueError:", e)
