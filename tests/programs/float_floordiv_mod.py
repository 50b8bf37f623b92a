vals = [7.5, -7.5, 0.3, -0.3, 1e-10, 5.0, -5.0, 2.75]
divs = [2.0, -2.0, 0.1, -0.7]
for a in vals:
    for b in divs:
        print(a, b, a // b, a % b, a / b)
print(0.7 // 0.1, 0.7 % 0.1)
print(1.0 // 0.1, 1.0 % 0.1)
print(-1.0 // 0.1, -1.0 % 0.1)
print(3 // 0.5, 3 % -0.5, -3 % 0.5)
for msg_case in range(3):
    try:
        if msg_case == 0:
            print(1.0 // 0.0)
        elif msg_case == 1:
            print(1.0 % 0.0)
        else:
            print(5 / 0.0)
    except ZeroDivisionError as e:
        print("case", msg_case, e)
