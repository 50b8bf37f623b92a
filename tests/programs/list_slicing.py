a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[-5:-2], a[::2], a[1::3], a[::-1], a[::-3])
print(a[8:2:-2], a[2:8:-1], a[5:5], a[20:], a[-20:2], a[3:-20], a[-1:-11:-1], a[100:-100:-1])
print(a[0:10:4], a[9:0:-4], a[::11], a[::-11])
b = a[2:6]
b[0] = 99
print(a[2], b)
print(len(a[1:1]), len(a[::2]), len(a[::-2]), len(a[3:1:-1]))
words = ["zero", "one", "two", "three", "four"]
print(words[1:3], words[::-2], words[-2:])
floats = [0.5, 1.5, 2.5]
print(floats[1:], floats[:-1], floats[::-1])
for step in [1, 2, 3, -1, -2]:
    print(step, a[1:8:step], a[8:1:step])
try:
    print(a[::0])
except ValueError as e:
    print("ValueError:", e)
