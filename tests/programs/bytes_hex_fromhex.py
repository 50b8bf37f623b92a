# hex() and fromhex() round trips for a firmware image header.
header = bytes.fromhex("4b 52 41 49 01 00 10 20")
print(header)
print(header.hex())
print(header.hex(":"), header[:4].decode("ascii"))
magic = header[0:4]
print(magic == b"KRAI", b"RA" in header, 0x49 in header, 7 in header)
version = header[4] | (header[5] << 8)
size = header[6] | (header[7] << 8)
print("version", version, "size", size)
print(bytearray.fromhex("deadbeef"), bytes.fromhex("").hex() == "")
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)


def parse_record(line: str) -> tuple[int, bytes]:
    data = bytes.fromhex(line)
    if len(data) < 2:
        raise ValueError("record too short")
    return data[0], data[1:]


for line in ["01 aa bb", "02ff", "03"]:
    try:
        kind, body = parse_record(line)
        print("kind", kind, "body", body.hex(" "))
    except ValueError as e:
        print("bad record:", e)
