# int.to_bytes(), int.from_bytes() and int.bit_length(): every length, byte
# order and signedness over values at the edges of 8, 16, 32 and 64 bits,
# keyword arguments, bytearray input, a byteorder computed at run time and
# CPython's OverflowError and ValueError messages.
vals = [0, 1, 255, 256, -1, -128, -129, 32767, -32768, 65535, 2**31, -2**31, 2**62, -(2**62) * 2]
for v in vals:
    for n in [1, 2, 4, 8, 9]:
        for order in ["big", "little"]:
            for s in [False, True]:
                try:
                    b = v.to_bytes(n, order, signed=s)
                    back = int.from_bytes(b, order, signed=s)
                    print(v, n, order, s, b.hex(), back)
                except OverflowError as e:
                    print(v, n, order, s, "OverflowError:", e)
print((5).to_bytes(), (0).to_bytes(0, "big"), int.from_bytes(b""), int.from_bytes(bytearray(b"\x01\x00"), "little"))
print(int.from_bytes(b"\xff" * 8, "big", signed=True), int.from_bytes(b"\x00" + b"\x7f" + b"\xff" * 7, "big"))
for v in [0, 1, 5, 255, 256, -1, -256, 2**40]:
    print(v, v.bit_length())
try:
    print((1).to_bytes(-1, "big"))
except ValueError as e:
    print("ValueError:", e)
print(True.to_bytes(1, "little"), (300).to_bytes(length=2, byteorder="little"))
try:
    print((1).to_bytes(2, "middle"[0:3] + "dle"))
except ValueError as e:
    print("ValueError:", e)
