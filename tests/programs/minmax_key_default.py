# min() and max() with key= (lambdas, len, methods of the item) and default=.
records = [("temp", 21.5), ("hum", 40.0), ("pres", 1013.2), ("co2", 400.0)]
print(max(records, key=lambda r: r[1]), min(records, key=lambda r: r[1]))
print(max(["bb", "a", "ccc", "dd"], key=len), min(["bb", "a", "ccc", "z"], key=len))
empty: list[int] = []
print(max(empty, default=-1), min([5, 3, 8], default=0), max(3, 9, 4, key=lambda v: -v))
names = ["Zed", "amy", "Bob"]
print(max(names, key=lambda s: s.lower()), min(names, key=lambda s: s.lower()))
try:
    print(min(empty, key=abs))
except ValueError as e:
    print("ValueError:", e)
