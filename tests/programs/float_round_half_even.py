# round() uses round-half-to-even, and round(x, n) works on the exact binary value.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 5.5, 1e16 + 2.0]:
    print(v, round(v))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(2.5, 0), round(3.5, 0), round(-2.5, 0))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(123.456, 1), round(123.456, 5), round(123.456, 0), round(123.456))
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(5, -1), round(14, -1))
print(round(123456789, -3), round(123500, -3), round(124500, -3), round(7, 0), round(7, 3))
print(round(1e300, 2), round(1e-300, 2), round(5e-324, 400))
print(round(0.5 + 1e-16), round(2.5000000001))
x = 2.345
total = 0.0
for i in range(10):
    total += round(x * i, 1)
print(total)
print("float" if isinstance(round(2.5, 0), float) else "int")
print("int" if isinstance(round(2.5), int) else "float")
