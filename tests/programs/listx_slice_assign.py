# Slice assignment and deletion on a frame buffer.
frame = list(range(10))
frame[2:5] = [20, 30, 40]
print(frame)
frame[1:3] = []
print(frame)
frame[0:0] = [-1, -2]
print(frame)
frame[-2:] = [77, 88, 99]
print(frame)
del frame[0]
print(frame)
del frame[1:4]
print(frame)
del frame[::2]
print(frame)
frame[::2] = [0] * len(frame[::2])
print(frame)
try:
    frame[::2] = [1, 2, 3, 4, 5, 6, 7]
except ValueError as e:
    print("ValueError:", e)
del frame[-1]
print(frame)
