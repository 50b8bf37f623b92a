fruits = ["apple", "banana", "cherry"]
fruits.append("date")
print(fruits, len(fruits))
for f in fruits:
    print(f, len(f), f[0], f.upper())
print("banana" in fruits, "fig" in fruits, fruits.index("cherry"))
longest = ""
for f in fruits:
    if len(f) > len(longest):
        longest = f
print(longest)
print(", ".join(fruits), fruits[::-1], min(fruits), max(fruits))
chars = []
for ch in "héllo":
    chars.append(ch)
print(chars, "".join(chars))
print(["it's", "a \"quoted\"", "tab\t", "é", ""])
parts = "a:b::c".split(":")
parts[2] = "-"
print(parts)
s = fruits.pop()
print(s, fruits)
