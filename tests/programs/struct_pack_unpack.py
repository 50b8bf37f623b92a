# struct.pack / unpack / unpack_from / pack_into / calcsize with constant
# formats: every format letter, byte orders, counts, pad bytes, strings,
# and the struct.error / OverflowError raised at run time.
import struct


def show_ints(fmt: str, data: bytes) -> None:
    print(fmt, data.hex())


def round_trips() -> None:
    b = struct.pack("<bBhHiIlLqQ", -1, 255, -300, 65535, -70000, 4000000000, -5, 7, -(2**62), 9223372036854775807)
    show_ints("<bBhHiIlLqQ", b)
    print(struct.unpack("<bBhHiIlLqQ", b))
    b = struct.pack(">bBhHiIlLqQ", -1, 255, -300, 65535, -70000, 4000000000, -5, 7, -(2**62), 9223372036854775807)
    show_ints(">bBhHiIlLqQ", b)
    print(struct.unpack(">bBhHiIlLqQ", b))
    b = struct.pack("!hI", -2, 0x01020304)
    print(b, struct.unpack("!hI", b))
    b = struct.pack("=hI", -2, 0x01020304)
    print(b, struct.unpack("=hI", b))
    # native: sizes and alignment
    b = struct.pack("bhiqnN", 1, 2, 3, 4, -5, 6)
    print(len(b), b.hex(), struct.unpack("bhiqnN", b))
    b = struct.pack("@bxlL", 1, -2, 3)
    print(len(b), struct.unpack("@bxlL", b))
    print(struct.calcsize("@hxq"), struct.calcsize("bi"), struct.calcsize("=bi"), struct.calcsize("<4sxh"))
    print(struct.calcsize("3s2x?"), struct.calcsize("<2i3H"), struct.calcsize(""), struct.calcsize("< h h"))
    print(struct.calcsize("be"), struct.calcsize("bf"), struct.calcsize("bd"), struct.calcsize("b?"), struct.calcsize("bqb"))
    print(struct.calcsize("h3s"), struct.calcsize("i2x"), struct.calcsize("bl"), struct.calcsize("3sxN"), struct.calcsize("b0q"))
    print(struct.unpack("b0s", b"\x05"), struct.pack("<b0sb", 1, b"zz", 2))
    # floats
    b = struct.pack("<fde", 1.5, -0.1, 0.333)
    print(b.hex(), struct.unpack("<fde", b))
    b = struct.pack(">fde", 3, 2.5e300, -65504.0)
    print(b.hex(), struct.unpack(">fde", b))
    print(struct.pack("<e", 0.1), struct.pack("<e", 1e-8), struct.pack(">e", -2.5), struct.pack("<e", 6e-8))
    print(struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\xff\x7b"))
    print(struct.unpack("<d", struct.pack("<d", float("inf"))), struct.pack("<f", float("-inf")))
    print(struct.pack("<e", 2049.0), struct.pack("<e", 2051.0), struct.pack("<e", 65519.0))
    # bools, counts, pads, strings
    print(struct.pack("<?", 5), struct.pack("3?", 0, 1, True), struct.unpack("<?", b"\x05"), struct.unpack("2?", b"\x00\x02"))
    print(struct.pack("<3H", 1, 2, 3), struct.unpack("<3H", b"\x01\x00\x02\x00\x03\x00"))
    print(struct.pack("<2xB3x", 9), struct.unpack("<2xB3x", b"\x00\x00\x07\x00\x00\x00"))
    print(struct.unpack("<4s", b"ab\x00c"), struct.pack("<4s", b"toolongbytes"), struct.pack("<0s", b"x"))
    print(struct.pack("<s", b""), struct.pack("<3s", bytearray(b"xy")), struct.unpack("<2s1s", bytearray(b"abc")))
    print(struct.pack("<i", True), struct.pack("<d", 1), struct.pack("<q", False))


def from_into() -> None:
    data = bytes(range(10))
    print(struct.unpack_from("<H", data), struct.unpack_from("<H", data, 3), struct.unpack_from("<HB", data, offset=7))
    print(struct.unpack_from(">I", data, -4), struct.unpack_from("<2s", bytearray(data), 8))
    buf = bytearray(12)
    struct.pack_into("<HxI", buf, 1, 0xBEEF, 0x12345678)
    print(buf)
    struct.pack_into(">h", buf, -2, -2)
    print(buf)
    buf = bytearray(b"\xff" * 6)
    struct.pack_into("<B2xB", buf, 0, 1, 2)
    print(buf)


def errors() -> None:
    for v in [-129, 128, 127]:
        try:
            print(struct.pack("b", v))
        except struct.error as e:
            print("b", v, e)
    for v in [-1, 256]:
        try:
            print(struct.pack("<B", v))
        except struct.error as e:
            print("B", v, e)
    for v in [-32769, 65536]:
        try:
            print(struct.pack(">h", v))
        except struct.error as e:
            print("h", e)
        try:
            print(struct.pack(">H", v))
        except struct.error as e:
            print("H", e)
    for v in [-1, 2**32]:
        try:
            print(struct.pack("<I", v))
        except struct.error as e:
            print("I", e)
        try:
            print(struct.pack("<L", v))
        except struct.error as e:
            print("L", e)
        try:
            print(struct.pack("I", v))
        except struct.error as e:
            print("native I", e)
    for v in [-(2**31) - 1, 2**31]:
        try:
            print(struct.pack("<i", v))
        except struct.error as e:
            print("i", e)
        try:
            print(struct.pack("<l", v))
        except struct.error as e:
            print("l", e)
    for fmt_q in ["Q", "L", "N"]:
        try:
            if fmt_q == "Q":
                print(struct.pack("<Q", -1))
            elif fmt_q == "L":
                print(struct.pack("L", -1))
            else:
                print(struct.pack("N", -1))
        except struct.error as e:
            print(fmt_q, e)
    try:
        struct.pack("<e", 65520.0)
    except OverflowError as e:
        print("OverflowError", e)
    try:
        struct.pack("<f", 1e300)
    except OverflowError as e:
        print("OverflowError", e)
    for n in range(6):
        try:
            print(struct.unpack("<i", bytes(n)))
        except struct.error as e:
            print(n, e)
    data = bytes(6)
    for off in [-2, -7, -6, 1, 3, 2]:
        try:
            print(struct.unpack_from("<i", data, off))
        except struct.error as e:
            print(off, e)
        try:
            struct.pack_into("<i", bytearray(data), off, 1)
            print("packed at", off)
        except struct.error as e:
            print(off, e)
    try:
        struct.unpack("<h", b"\x01")
    except Exception as e:
        print("as Exception:", e)


round_trips()
from_into()
errors()
