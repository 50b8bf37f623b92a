def show(a: int, b: int) -> None:
    q, r = divmod(a, b)
    print("divmod(", a, ",", b, ") =", (q, r))

show(17, 5)
show(-17, 5)
show(17, -5)
show(-17, -5)
show(0, 7)
show(-1, 1000)
show(1000, 1)

print(divmod(7.5, 2))
print(divmod(-7.5, 2))
print(divmod(7.5, -2.0))
print(divmod(-0.0, 1.0))
print(divmod(1.0, 0.1))
print(divmod(-3.25, 0.5))

t = divmod(-123, 10)
print(t[0], t[1], len(t))

try:
    print(divmod(1, 0))
except ZeroDivisionError as e:
    print("caught:", e)
try:
    print(divmod(1.0, 0.0))
except ZeroDivisionError as e:
    print("caught:", e)

# digits of a negative number via divmod
n = -98765
digits = []
m = abs(n)
while m > 0:
    m, d = divmod(m, 10)
    digits.append(d)
print(digits)
