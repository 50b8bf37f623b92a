for i in range(10, 0, -1):
    print(i, end=" ")
print()
for i in range(0, -10, -2):
    print(i, end=" ")
print()
for i in range(5, -6, -5):
    print(i, end=" ")
print()
s = "abcdef"
out = ""
for i in range(len(s) - 1, -1, -1):
    out += s[i]
print(out)
lst = [1, 2, 3, 4, 5]
for i in range(len(lst) - 1, 0, -1):
    lst[i] = lst[i] + lst[i - 1]
print(lst)
count = 0
for i in range(100, 0, -7):
    count += 1
print(count, len(range(100, 0, -7)), range(100, 0, -7)[-1])
got = []
for v in range(1, 0, -1):
    got.append(v)
for v in range(-1, -1, -1):
    got.append(v)
for v in range(0, 1, -1):
    got.append(v)
print(got)
