# iter() over lists, strs, ranges, dicts and tuples, and next() with defaults.
readings = [3, 1, 4]
it = iter(readings)
print(next(it), next(it), next(it), next(it, 0))
s = iter("héllo")
print(next(s), next(s), list(s))
r = iter(range(10, 0, -3))
print(list(r), next(r, -1))
d = {"a": 1, "b": 2, "c": 3}
keys = iter(d)
print(next(keys), list(keys))
t = iter((7, 8, 9))
print(sum(t))
words = iter(["x", "y"])
print(next(words, "none"), next(words, "none"), next(words, "none"))
empty: list[int] = []
e = iter(empty)
try:
    next(e)
except StopIteration:
    print("empty list iterator is exhausted")
it2 = iter(readings)
same = iter(it2)
print(next(same), next(it2))
