texts = ["a,b,c", ",a,,b,", "", ",", ",,", "abc", "a, b, c", "x--y----z", "日,本,😀"]
for t in texts:
    print(repr(t), t.split(","), t.split(", "), t.split("--"))
print("a b  c".split(" "), "  x ".split(" "))
print("1<>2<>3".split("<>"), "aaa".split("a"), "aaa".split("aa"), "abab".split("ab"))
try:
    print("abc".split(""))
except ValueError as e:
    print("ValueError:", e)
line = "key=value=more"
parts = line.split("=")
print(parts[0], parts[1:], len(parts))
csv = "10,20,,40"
total = 0
for field in csv.split(","):
    if field != "":
        total += int(field)
print("total", total)
