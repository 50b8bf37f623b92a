# enumerate (with start), zip of several iterables, reversed, dict(pairs).
names = ["adc", "uart", "spi"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 1):
    print(i, n)
print(list(enumerate("ab", start=10)), list(zip([1, 2, 3], "xy")), list(reversed(names)))
for a, b, c in zip(range(3), [1.5, 2.5, 3.5], names):
    print(a, b, c)
print(dict(zip(names, range(3))), {k: v for k, v in zip(names, range(3))})
print([x * 2 for x in reversed(range(4))], sum(i * v for i, v in enumerate([3, 4, 5])))
