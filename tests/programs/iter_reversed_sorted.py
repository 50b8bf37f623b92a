# reversed() and sorted() over lists, strings, tuples and ranges.
temps = [23, 19, 25, 21, 19]
print(list(reversed(temps)), temps)
print(sorted(temps), sorted(temps, reverse=True), temps)
print("".join(reversed("stack")))
print(list(reversed(range(0, 10, 3))))
print(sorted("firmware"))
print(sorted((3, 1, 2)))
for i in reversed(range(3)):
    print("countdown", i)
words = ["beta", "Alpha", "gamma", "alpha"]
print(sorted(words), sorted(words, key=str.lower))
print(list(reversed(sorted(words))))


def top_n(values: list[int], n: int) -> list[int]:
    return sorted(values, reverse=True)[:n]


print(top_n(temps, 2), top_n([], 3))
log = ["boot", "init", "run", "sleep", "wake"]
for i, entry in reversed(list(enumerate(log))):
    print(i, entry)
print(list(reversed((1, 2, 3))), list(reversed({"a": 1, "b": 2})))
