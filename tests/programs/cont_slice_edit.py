# Editing a buffer with slice assignment and deletion.
buf = list(range(12))
buf[::3] = [-1, -2, -3, -4]
print(buf)
buf[2:2] = [100, 101]
print(buf)
buf[-3:] = []
print(buf)
del buf[::4]
print(buf)
del buf[5:1:-1]
print(buf)
buf[1:3] = buf
print(buf)
buf[:] = buf[::-1]
print(buf)
buf[::-2] = buf[::2]
print(buf)
for bad in [[1], [1, 2, 3, 4, 5, 6, 7, 8, 9]]:
    try:
        buf[::2] = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    buf[::0] = []
except ValueError as e:
    print("ValueError:", e)
words = ["a", "b", "c", "d"]
words[1:3] = ["x"]
del words[:1]
print(words)
