a = b = c = 7
print(a, b, c)
b = 8
print(a, b, c)
x = y = [1, 2]
x.append(3)
print(x, y, x == y)
s = t = "abc"
s += "d"
print(s, t)
p = q = 0.5
p *= 4
print(p, q)
lst = [0, 0, 0]
lst[0] = lst[2] = 9
print(lst)
i = 0
arr = [10, 20, 30]
i = arr[i] = 2
print(i, arr)
m, n = o = (1, 2)
print(m, n, o)
