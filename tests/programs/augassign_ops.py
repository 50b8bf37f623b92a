x = 10
x += 5
print(x)
x -= 20
print(x)
x *= -3
print(x)
x //= 4
print(x)
x %= 7
print(x)
x **= 2
print(x)
x <<= 3
print(x)
x >>= 1
print(x)
x &= 0x3C
print(x)
x |= 0x101
print(x)
x ^= 0xFF
print(x)
y = 7.5
y += 1
print(y)
y /= 2
print(y)
y //= 0.5
print(y)
y %= 2.5
print(y)
y **= 3
print(y)
y -= 0.1
print(y)
s = "ab"
s += "cd"
s *= 3
print(s)
lst = [1, 2]
lst += [3]
lst *= 2
print(lst)
