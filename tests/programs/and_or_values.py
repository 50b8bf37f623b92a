# and/or return one of their operands, not a bool.
a = 0
b = 7
print(a or 5, b or 5, a and 5, b and 5, a or b, a and b)
print("" or "default", "set" or "default", "" and "x", "x" and "y")
print(0.0 or 2.5, 1.5 or 2.5, 0.0 and 2.5, -0.0 or 3.5)
x = a or 5
y = b and 9
print(x, y)
name = ""
display = name or "anonymous"
print(display)
n = None
v = n or 3
print(v)
count = 0
count = count or 10
print(count)
print(True and 3 > 2, False or 0 == 0, 1 and 2 and 3, 1 and 0 and 3, 0 or 0 or 4)
print(not 0, not 5, not "", not "a", not 0.0, not [0][:0], not [1])
lst = [0]
first = lst[0] or -1
print(first)
s = "abc"
print(s and s[0], "" and ""[0])
