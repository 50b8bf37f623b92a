print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(-(2 ** 62)), abs(float("-inf")))
print(min(3, 1, 2), max(3, 1, 2), min(-1, -1), max(2.5, -2.5), min(0.1, 0.2, 0.05), max(-3, -7))
print(min([4, 2, 8, 2]), max([4, 2, 8, 8]), min(["pear", "apple", "fig"]), max(["pear", "apple", "fig"]))
print(min("hello"), max("hello"), min([1.5, -0.5, 2.0]), max([[1, 2], [1, 3], [0, 9]]))
print(min((3, "c"), (1, "z"), (1, "a")), max((2, "b"), (2, "a")))
# ties: the first one wins
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0))
vals = [3, -7, 7, -3, 0]
best = vals[0]
for v in vals:
    if abs(v) > abs(best):
        best = v
print("first largest magnitude", best)
print(max(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), min(10, 9, 8, 7, 6, 5, 4, 3, 2, 1))
try:
    print(max([]))
except ValueError as e:
    print("ValueError:", e)
try:
    print(min([0][1:]))
except ValueError as e:
    print("ValueError:", e)
print(max(float("nan"), 1.0), max(1.0, float("nan")), min(float("nan"), 1.0))
