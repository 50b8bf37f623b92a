# Tuple slices with constant bounds: the result is a tuple of known shape.
rec = ("dev0", 3, 2.5, True, b"\x01")
head = rec[:2]
tail = rec[2:]
print(head, tail, rec[::2], rec[::-1], rec[1:-1], rec[10:], rec[-2:])
name, n = rec[:2]
print(name, n + 1)
print(rec[1:4][1] * 2, len(rec[::3]), rec[:0] == ())
