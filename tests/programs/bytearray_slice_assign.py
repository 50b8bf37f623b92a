# Slice assignment and deletion on a bytearray, as a frame buffer is
# filled: bytes, another bytearray, a list of ints, itself, growing and
# shrinking slices, extended slices (with CPython's ValueError for the
# wrong size), negative bounds, and del of plain and extended slices.
buf = bytearray(8)
buf[0:2] = (0x1234).to_bytes(2, "big")
buf[2:4] = bytearray(b"\xab\xcd")
buf[4:6] = [1, 2]
print(buf.hex())
buf[6:] = b"xyz"
print(buf, len(buf))
buf[1:3] = b""
print(buf, len(buf))
buf[:0] = b"<<"
print(buf)
buf[::2] = bytes(range(len(buf[::2])))
print(list(buf))
try:
    buf[::2] = b"ab"
except ValueError as e:
    print("ValueError:", e)
buf[-3:] = buf[:3]
print(buf)
buf[2:4] = buf
print(buf, len(buf))
del buf[0:3]
print(buf)
del buf[::3]
print(buf)
try:
    buf[0:1] = [300]
except ValueError as e:
    print("ValueError:", e)
print(buf)
for make in (0, 1):
    try:
        print(bytearray([1, 300]) if make else bytes([1, 300]))
    except ValueError as e:
        print("ValueError:", e)
