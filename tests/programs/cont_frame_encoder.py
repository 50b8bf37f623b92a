# A byte-level frame encoder: SOF, length, payload with escaping, checksum.
SOF = 0x7E
ESC = 0x7D


def encode(payload: bytes) -> bytes:
    out = bytearray([SOF, len(payload)])
    csum = 0
    for b in payload:
        csum = (csum + b) & 0xFF
        if b == SOF or b == ESC:
            out.append(ESC)
            out.append(b ^ 0x20)
        else:
            out.append(b)
    out.append(csum)
    return bytes(out)


def decode(frame: bytes) -> tuple[int, bytes]:
    if frame[0] != SOF:
        raise ValueError("bad start %d" % frame[0])
    body = bytearray()
    i = 2
    while i < len(frame) - 1:
        b = frame[i]
        if b == ESC:
            i += 1
            b = frame[i] ^ 0x20
        body.append(b)
        i += 1
    return frame[1], bytes(body)


for p in [b"", b"abc", bytes([0x7E, 1, 0x7D, 2])]:
    f = encode(p)
    n, body = decode(f)
    print(f.hex(" "), n, body, body == p)
try:
    decode(b"\x00\x01")
except ValueError as e:
    print("ValueError:", e)
frames = [(n, b) for n, b in [decode(encode(b"hi")), decode(encode(b"yo!"))]]
print(frames, sorted(frames, reverse=True))
