v = 1.0
for i in range(0, 25):
    print(i, v, -v)
    v *= 10.0
w = 1.0
for i in range(0, 12):
    print(-i, w)
    w /= 10.0
print(1e21, 1e22, 1e23, 1.2345e30, 9.999e15, 9.999e16)
print(1e-7, 1.234e-5, 0.0001234, 0.001234, 12345678901234567890.0)
print(5e-324 * 2, 5e-324 / 2, 2.5e-324, 1e-323)
print(1.7976931348623157e308 * 1.0000001, 1.7976931348623157e308 + 1e292)
x = 3.0
for i in range(8):
    x = x * x
    print(x)
y = 0.5
for i in range(8):
    y = y * y
    print(y)
