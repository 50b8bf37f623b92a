vals = [2.675, 2.665, 1.005, 0.125, 0.135, 123.456, -123.456, 1e-5, 5.5e-5, 1234.5]
for v in vals:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2))
for n in [0, 4, 5, 6, 14, 15, 16, 25, 35, 45, -5, -15, -25, 150, 250, 999, 12345]:
    print(n, round(n), round(n, 1), round(n, -1), round(n, -2), round(n, -5))
print(round(0.5), round(-0.5), round(1.5), round(2.5), round(-2.5), round(2.5000001))
print(round(1e22, -22), round(4.5e22, -22), round(1.23456789e-10, 12))
