a = [1, 2]
print(a * 3, a * 1, a * 0, a * -1, 3 * a, [0] * 5)
print(a + [3, 4], a + [], [] + a, a + a + a)
b = a
b = b + [9]
print(a, b)
c = a
c += [9]
print(a, c)
d = [0] * 4
d[1] = 5
print(d)
names = ["x"] * 3
names[0] = "y"
print(names)
row = [0.0] * 3
row[2] = 1.5
print(row, row * 2)
n = -3
print([7] * n, len([1, 2, 3] * 100))
e = [1]
e *= 3
print(e)
e *= 0
print(e, len(e))
