a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = 10, 20, 30
x, y, z = z, x, y
print(x, y, z)
p = (3, "three", 3.0)
n, name, f = p
print(n, name, f)
(q, r) = divmod(17, 5)
print(q, r)
[u, v] = [7, 8]
print(u, v)
lst = [5, 6, 7]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
lst[i], i = 99, 2
print(lst, i)
fa, fb = 0, 1
for k in range(10):
    fa, fb = fb, fa + fb
print(fa, fb)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
(h, (m, s)) = (1, (30, 45))
print(h, m, s)
m1 = m2 = 5
print(m1, m2)
try:
    c1, c2 = [1, 2, 3]
    print(c1, c2)
except ValueError as e:
    print("ValueError:", e)
try:
    d1, d2, d3 = [1, 2]
    print(d1, d2, d3)
except ValueError as e:
    print("ValueError:", e)
