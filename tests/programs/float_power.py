print(2.0 ** 0.5, 9 ** 0.5, 27 ** (1 / 3), 2 ** -2.0, 2.0 ** -1074)
print((-2.0) ** 2, (-2.0) ** 3, (-8.0) ** 3, (-1.5) ** 4)
print(0.0 ** 0, 0.0 ** 0.0, 1.0 ** float("nan"), float("nan") ** 0)
print(10.0 ** 15, 10.0 ** 16, 10.0 ** -5, 10.0 ** 308)
print(1.0000001 ** 1000000)
print(0.5 ** 10, 1.5 ** 2.5)
print(float("inf") ** -1, float("inf") ** 0, 2.0 ** float("-inf"))
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -2.5)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(10.0 ** 400)
except OverflowError:
    print("OverflowError caught")
x = 1.0
for i in range(20):
    x = x * 1.5
print(x, x ** 0.5, x ** 2)
print(4 ** 0.5 == 2, 2 ** 0.5 * 2 ** 0.5)
