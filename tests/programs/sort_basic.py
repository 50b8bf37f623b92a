# list.sort() and sorted(): stable, reverse= keeps equal items in their
# original order, tuples compare field by field.
readings = [23, -4, 17, 0, 17, 99, -4, 5]
s = sorted(readings)
print(s, readings)
readings.sort(reverse=True)
print(readings)
names = ["delta", "Alpha", "charlie", "bravo", "alpha"]
print(sorted(names), sorted(names, reverse=True))
records = [(3, "c"), (1, "z"), (3, "a"), (2, "m"), (1, "b")]
print(sorted(records))
records.sort(reverse=True)
print(records)
temps = [21.5, -0.0, 0.0, 3.25, -7.5, 21.5]
print(sorted(temps), sorted((4, 1, 3)), sorted("firmware"), sorted(range(5, 0, -2)))
flags = [True, False, True, False]
flags.sort()
empty: list[int] = []
print(flags, sorted(empty, reverse=True) == empty)
big = []
for i in range(1, 11):
    big.append((i * 7919) % 1000)
big.sort()
print(big[:3], big[-3:], len(big))
grid = [[3, 1], [1, 2], [3, 0], [1, 2, 0]]
print(sorted(grid))
