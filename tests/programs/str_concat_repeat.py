a = "ab"
print(a * 3, a * 1, repr(a * 0), repr(a * -2), 3 * a, repr("" * 100))
print(a + "cd" + a, a + "", "" + a, a * 2 + a)
n = -1
print(repr("x" * n), len("xyz" * 1000), ("-" * 20))
s = ""
for i in range(5):
    s = s + str(i)
    s += ","
print(s, len(s))
row = "+" + "-" * 8 + "+"
print(row)
print("|" + " " * 8 + "|")
print(row)
print("=" * 3 + ">" + "." * 0 + "<" + "=" * -5)
t = "ab" "cd" * 2
print(t)
