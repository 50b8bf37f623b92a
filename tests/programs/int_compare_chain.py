a = 1
b = 2
c = 3
print(a < b < c, a < c < b, c > b > a, a == 1 < b)
print(1 < 2 > 1, 1 < 2 > 3, 1 == 1 == 1, 1 == 1 != 2)
print(0 <= a <= 10, 0 <= 11 <= 10, -1 < 0 < 1 < 2 < 3 < 4)
print(5 > 4 >= 4 > 3 >= 3)
print(1 != 2 != 1)
x = 7
if 0 < x < 10 and x != 5:
    print("single digit, not five")
lo = -3
hi = 3
for v in [-5, -3, 0, 3, 4]:
    print(v, lo <= v <= hi, lo < v < hi, not lo < v)
print("a" < "b" < "c", "b" < "a" < "c")
print(1 < 2.5 < 3, 2.0 == 2 == 2.0)
print((1 < 2) < 3, (1 < 2) == True)
