# enumerate with start and zip over several sequences.
channels = ["temp", "hum", "press"]
values = [21.5, 40.0, 1013.0]
units = ["C", "%", "hPa"]
for i, name in enumerate(channels):
    print(i, name)
for i, name in enumerate(channels, start=1):
    print(f"#{i} {name}")
for name, v, u in zip(channels, values, units):
    print(f"{name}={v}{u}")
print(list(zip(channels, [1, 2])))
print(list(zip(range(3), "abc", [True, False, True])))
print(list(enumerate("xyz", 10)))
pairs = list(zip([1, 2, 3], [4, 5, 6]))
a = [p[0] for p in pairs]
b = [p[1] for p in pairs]
print(a, b)
print(dict(enumerate(channels)))


def report(names: list[str], readings: list[float]) -> None:
    for rank, (v, n) in enumerate(sorted(zip(readings, names), reverse=True), 1):
        print(f"{rank}. {n} {v}")


report(channels, values)
