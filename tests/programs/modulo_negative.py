# Python's % takes the sign of the divisor (C's takes the sign of the dividend).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (-3, 3), (3, -3),
         (-1, 10), (1, -10), (-11, 5), (11, -5), (-100, 7), (100, -7)]
for p in pairs:
    a, b = p
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)

# floats
print(-7.5 % 2)
print(7.5 % -2)
print(-7.5 % -2)
print(5.0 % 3)
print(-5.0 % 3)
print(-0.0 % 3)
print(0.0 % -3)
print(-1e-20 % 1.0)
print(1e-20 % -1.0)
print(6.0 % 2.0)
print(-6.0 % 2.0)
print(6.0 % -2.0)
print(10 % 3.5)
print(-10 % 3.5)

# modulo to wrap an index around a ring
size = 5
idx = 0
for step in [1, -1, -1, -7, 13, -20, 4]:
    idx = (idx + step) % size
    print("idx", idx)
