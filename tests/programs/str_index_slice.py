s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10], s[3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(s[-1:-4:-1], s[5:5], s[5:4], s[4:5], s[9:100], s[100:], s[-100:2])
print(repr(s[3:1]), repr(s[10:]), repr(s[-1:0]), repr(s[0:-10]))
print(s[-100:100], s[100:-100:-1], s[::-100], s[2::100])
print(s[0:3], s[1:-1][1:-1][1:-1])
i = -1
out = ""
while i >= -len(s):
    out += s[i]
    i -= 2
print(out)
for start in range(-3, 4):
    print(start, repr(s[start:start + 2]), repr(s[start::-3]))
try:
    print(s[10])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[-11])
except IndexError as e:
    print("IndexError:", e)
try:
    print(""[0])
except IndexError as e:
    print("IndexError:", e)
