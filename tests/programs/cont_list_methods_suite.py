# The whole list method suite with CPython's error texts.
a = [5, 3, 8, 3, 1]
a.insert(0, 9)
a.insert(-1, 7)
a.insert(100, 4)
a.insert(-100, 0)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3)
print(a, a.count(3), a.count(42))
print(a.index(3), a.index(8, 1), a.index(1, -3, len(a)))
for args in [(42, 0, 9), (9, 2, 4)]:
    try:
        print(a.index(args[0], args[1], args[2]))
    except ValueError as e:
        print("ValueError:", e)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
b = a.copy()
b.reverse()
print(a, b, a == b, a < b, a > b, [1, 2] < [1, 2, 0], [] < [0])
c = b * 2
d = 3 * [0]
print(c, d, [1] * 0, [1] * -2, len(c))
c.clear()
print(c, len(c))
for i in [10, -10]:
    try:
        print(b.pop(i))
    except IndexError as e:
        print("IndexError:", e)
empty: list[int] = []
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
words = ["b", "a", "c"]
words.insert(1, "z")
words.extend(["y"])
words += ["x"]
print(words, words.index("c"), "z" in words, words[::-1])
print(sorted(words), words < ["b", "z"], max(words), min(words))
