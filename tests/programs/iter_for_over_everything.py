# for loops over str, bytes, list, tuple, dict, set of ints, range.
for c in "hi!":
    print("char", c)
for b in b"\x01\xff":
    print("byte", b)
for v in [1.5, 2.5]:
    print("float", v)
for t in (7, 8):
    print("tuple item", t)
for k in {"a": 1, "b": 2}:
    print("dict key", k)
for s in {3, 1, 2}:
    print("set item", s)
for i in range(5, 0, -2):
    print("range", i)
for k, val in {"x": 10}.items():
    print("item", k, val)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
total = 0
for row in [[1, 2], [3]]:
    for n in row:
        total += n
print("nested total", total)
