# Indexing bytes gives ints; slicing gives bytes; iteration yields ints.
data = b"\x10\x20\x30\x40\x50"
print(data[0], data[-1], data[1:3], data[::2], data[::-1])
total = 0
for b in data:
    total += b
print(total, sum(data), max(data), min(data))
print(list(data), tuple(data[:2]))
print([hex(b) for b in data])
print(data.find(b"\x30"), data.index(0x40), data.count(b"\x10"))
try:
    print(data[10])
except IndexError as e:
    print("IndexError:", e)
print(data.startswith(b"\x10"), data.endswith(b"\x40"))
print(b"a,b,c".split(b","), b"-".join([b"x", b"y"]))
print(b"  pad ".strip(), b"MiXeD".lower(), b"MiXeD".upper())


def u32_le(buf: bytes, off: int) -> int:
    return buf[off] | buf[off + 1] << 8 | buf[off + 2] << 16 | buf[off + 3] << 24


blob = bytes([0x78, 0x56, 0x34, 0x12, 0xEF, 0xBE, 0xAD, 0xDE])
print(hex(u32_le(blob, 0)), hex(u32_le(blob, 4)))
try:
    u32_le(blob, 6)
except IndexError as e:
    print("IndexError:", e)
