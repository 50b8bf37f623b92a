# bytes.hex() with a separator and group sizes, for dumps of frames.
mac = bytes([0x00, 0x1A, 0x2B, 0x3C, 0x4D, 0x5E])
print(mac.hex(":"), mac.hex("-", 2), mac.hex(" ", -4), mac.hex(b".", 3), mac.hex("_", 0))
buf = bytearray(mac)
buf.append(0xFF)
print(buf.hex(" ", 2), bytes().hex(":"), bytes([1]).hex(":"))
for sep in ["::", ""]:
    try:
        print(mac.hex(sep))
    except ValueError as e:
        print("ValueError:", e)
