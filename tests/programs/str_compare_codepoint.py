words = ["banana", "Apple", "apple", "cherry", "Zebra", "éclair", "eclair", "", "a", "aa", "ab", "B", "日本", "😀"]
for a in words:
    row = ""
    for b in words:
        if a < b:
            row += "<"
        elif a == b:
            row += "="
        else:
            row += ">"
    print(f"{a!r:>10} {row}")
print(min(words), max(words))
print(min("b", "a", "c"), max("abc", "abd", "ab"))
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "a" <= "a", "b" >= "a")
print("10" < "9", "100" < "99", "-1" < "0")
best = words[0]
for w in words:
    if w > best:
        best = w
print(best)
