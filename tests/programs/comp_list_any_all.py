# List comprehensions (nested, filtered), generator expressions taken by
# sum/max/sorted/join, and any/all stopping at the first deciding item.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
sq = [x * x for x in xs if x % 2 == 1]
print(sq)
pairs = [(a, b) for a in range(3) for b in "xy" if a != 1]
print(pairs)
words = "the quick brown fox".split()
print([w.upper() for w in words], sum(len(w) for w in words))
print(any(x > 8 for x in xs), all(x > 0 for x in xs), any(x > 100 for x in xs), all(x < 5 for x in xs))
def noisy(v: int) -> bool:
    print("check", v)
    return v > 2
print(any(noisy(x) for x in xs))
print(all([noisy(x) for x in [5, 1, 7]]))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, max(max(row) for row in grid))
print(", ".join(str(x) for x in range(5)), sorted(x % 3 for x in xs))
print(any([]), all([]), any(xs), any(""), all("abc"))
