# A byte-level protocol encoder: STX, length, payload, XOR checksum, ETX.
STX = 0x02
ETX = 0x03


def checksum(data: bytes) -> int:
    c = 0
    for b in data:
        c ^= b
    return c


def encode(cmd: int, payload: bytes) -> bytes:
    body = bytes([cmd, len(payload)]) + payload
    return bytes([STX]) + body + bytes([checksum(body), ETX])


def decode(frame: bytes) -> tuple[int, bytes]:
    if frame[0] != STX or frame[-1] != ETX:
        raise ValueError("bad framing")
    body = frame[1:-2]
    if checksum(body) != frame[-2]:
        raise ValueError(f"checksum {checksum(body):#04x} != {frame[-2]:#04x}")
    n = body[1]
    return body[0], body[2:2 + n]


f = encode(0x10, b"\x01\x02\xff")
print(f, f.hex(), len(f))
print(decode(f))
print(decode(encode(0x21, b"")))
bad = f[:3] + b"\x00" + f[4:]
try:
    decode(bad)
except ValueError as e:
    print("error:", e)
try:
    decode(b"\x00\x01\x02")
except ValueError as e:
    print("error:", e)
