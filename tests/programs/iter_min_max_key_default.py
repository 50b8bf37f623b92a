# min and max with key= and default=.
cells = [3.71, 3.65, 3.80, 3.59]
print(min(cells), max(cells))
print(min(3, 1, 2), max("ab", "b", "abc"))
idx_low = min(range(len(cells)), key=lambda i: cells[i])
print("weakest cell", idx_low, cells[idx_low])
names = ["sda", "scl", "miso", "mosi", "cs"]
print(max(names, key=len), min(names, key=len))
empty: list[float] = []
print(max(empty, default=0.0), min(empty, default=-1.0))
print(max([5, 9], default=0))
print(max(names, key=lambda s: s[-1]))
try:
    min(empty)
except ValueError as e:
    print("ValueError:", e)


def worst_cell(v: list[float]) -> tuple[int, float]:
    i = min(range(len(v)), key=lambda k: v[k], default=-1)
    return (i, v[i]) if i >= 0 else (-1, 0.0)


print(worst_cell(cells), worst_cell([]))
print(max((3, "b"), (3, "a"), (1, "z")))
