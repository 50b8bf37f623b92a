# tuple(x) of sequences whose length is known only at run time (tuple[T, ...]).
data = b"\x10\x20\x30"
t = tuple(data[:2])
print(t, tuple(data[:1]), tuple(data[:0]), len(t), t[0], 32 in t, t.count(16), t.index(32))
names = ["a", "b"]
u = tuple(names)
names.append("c")
print(u, names, tuple("héllo"), tuple(range(3)), tuple(x * 2 for x in range(4)))
print(sorted(u), list(u), u == tuple(["a", "b"]), f"{u}", str(u))
for x in u:
    print(x)
def total(v: tuple[int, ...]) -> int:
    return sum(v)
print(total(tuple([1, 2, 3])), total(t))
try:
    print(t[2])
except IndexError as e:
    print("IndexError:", e)
try:
    print(t.index(7))
except ValueError as e:
    print("ValueError:", e)
print(t[-1], t[-2], t[::-1], t[1:], t + t, t * 2, t < t[1:], t == t[:])
# tuple operations on fixed shapes
pair = (1, "a")
print(pair + pair, pair * 2, () + (), (1.5,) * 3, pair + (2.5, None))
print((1, 2, 1, 1.0).count(1), ("x", "y").index("y"), (True, 1).count(1))
# str.partition / rpartition
for s in ["key=value", "novalue", "a=b=c", "=", ""]:
    print(s.partition("="), s.rpartition("="))
head, sep, tail = "ééx日本x".partition("x")
print(head, sep, tail, len(head), "abc".partition("abc"), "abc".rpartition("abcd"))
try:
    print("abc".partition(""))
except ValueError as e:
    print("ValueError:", e)
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed(dict())))
