# key= for sorted() and list.sort(): lambdas expanded at the call (reading
# variables of the function), functions of the program, len and abs.
records = [("temp", 21.5, 3), ("hum", 40.0, 1), ("pres", 1013.2, 2), ("co2", 400.0, 1)]
print(sorted(records, key=lambda r: r[2]))
print(sorted(records, key=lambda r: r[1], reverse=True))
names = ["delta", "Alpha", "charlie", "bravo"]
names.sort(key=len)
print(names)
def lower_name(s: str) -> str:
    return s.lower()
print(sorted(names, key=lower_name), sorted([-3, 2, -1], key=abs))
offset = 10
print(sorted([3, 1, 2], key=lambda x: offset - x))
words = "b a c".split()
words.sort(key=lambda w: (len(w), w), reverse=True)
print(words)
