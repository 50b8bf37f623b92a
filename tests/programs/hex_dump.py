# A firmware-style hex dump: offset, 16 bytes in hex, ASCII column.

def hexdump(data: list[int], start: int) -> None:
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        hexpart = ""
        asc = ""
        for i in range(16):
            if i < len(chunk):
                hexpart += f"{chunk[i]:02x} "
                ch = chunk[i]
                asc += chr(ch) if 32 <= ch < 127 else "."
            else:
                hexpart += "   "
            if i == 7:
                hexpart += " "
        print(f"{start + off:08x}  {hexpart} |{asc}|")

data = []
for ch in "Hello, firmware! \t\n":
    data.append(ord(ch))
for v in range(0, 256, 7):
    data.append(v)
hexdump(data, 0x08000000)
print()
hexdump([0xDE, 0xAD, 0xBE, 0xEF], 0)
print()
none: list[int] = []
hexdump(none, 0)
print("total bytes", len(data), "sum", sum(data), f"avg {sum(data) / len(data):.3f}")
words = []
for i in range(0, len(data) - 3, 4):
    words.append(data[i] | data[i + 1] << 8 | data[i + 2] << 16 | data[i + 3] << 24)
line = ""
for w in words[:6]:
    line += f"{w:#010x} "
print(line.rstrip())
