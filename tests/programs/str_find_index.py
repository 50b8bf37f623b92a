s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find(""), s.find("a", 1), s.find("a", -4), s.find("a", 3, 5))
print(s.find("abra", 1), s.find("abra", 7), s.find("", 11), s.find("", 12), s.find("ra", -2), s.find("r", 0, 2))
print(s.index("c"), s.index("dab"), s.index("a", 8), s.find("a", 10))
for sub in ["cad", "abra", "x", "A", ""]:
    try:
        print(sub, s.index(sub))
    except ValueError as e:
        print(sub, "ValueError:", e)
try:
    print(s.index("a", 11))
except ValueError as e:
    print("ValueError:", e)
pos = s.find("a")
hits = []
while pos != -1:
    hits.append(pos)
    pos = s.find("a", pos + 1)
print(hits)
u = "日本語の日本"
print(u.find("日本"), u.find("日本", 1), u.index("の"), u.find("語の日"))
