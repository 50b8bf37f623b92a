# Sets and frozensets: displays, comprehensions, algebra, in-place updates
# (aliases see them), subset order, and iteration order of small ints.
seen = {5, 3, 100, 17, -1, 8, 16}
print(seen, len(seen), 17 in seen, 4 in seen)
evens = {n for n in range(20) if n % 2 == 0}
odds = set(range(1, 20, 2))
print(evens | odds == set(range(20)), evens & {2, 3, 4}, evens - {0, 2}, {1, 2} ^ {2, 3})
alias = evens
evens |= {101}
print(101 in alias, len(alias))
ids = set()
for i in [3, 1, 3, 2, 1]:
    ids.add(i)
print(ids, sorted(ids), {1, 2} <= ids, {1, 2} < ids, ids > {9}, ids == {1, 2, 3})
ids.discard(9)
ids.remove(2)
try:
    ids.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(ids, ids.pop(), ids)
fs = frozenset([4, 2, 2])
print(fs, frozenset(), set(), 2 in fs, fs | frozenset([9]))
words = {"b", "a", "c"}
print(sorted(words), len(words), "a" in words, words.isdisjoint({"x"}), words.issuperset({"a"}))
print(sorted(w.upper() for w in words), {(1, 2), (1, 2), (0, 5)} == {(0, 5), (1, 2)})
empty = set()
empty.add(0)
print(empty, bool(empty), bool(set()))
