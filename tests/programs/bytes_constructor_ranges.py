# bytes(n), bytes(list) and bytearray(n) with the range checks CPython applies.
print(bytes(4), bytearray(3))
print(bytes([0, 127, 128, 255]))
try:
    bytes([1, 256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes([-1])
except ValueError as e:
    print("ValueError:", e)
buf = bytearray(2)
buf[0] = 200
try:
    buf[1] = 300
except ValueError as e:
    print("ValueError:", e)
print(buf, list(buf))
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
print(bytes(range(65, 70)), bytes(b"xy") * 3, b"ab" + b"cd")
