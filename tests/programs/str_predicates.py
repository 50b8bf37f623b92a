tests = ["123", "12a", "", " ", "abc", "aBc", "a b", "\t\n", "1.5", "-1", "é", "日本", "Ⅻ", "x1", "\u00a0", "_"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace())
count_d = 0
count_a = 0
count_s = 0
for ch in "Hello World 2024!\tok":
    if ch.isdigit():
        count_d += 1
    elif ch.isalpha():
        count_a += 1
    elif ch.isspace():
        count_s += 1
print(count_d, count_a, count_s)
