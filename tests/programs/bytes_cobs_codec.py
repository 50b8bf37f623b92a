# COBS (consistent overhead byte stuffing) encoder and decoder.
def cobs_encode(data: bytes) -> bytes:
    out = bytearray([0])
    code_idx = 0
    code = 1
    for b in data:
        if b == 0:
            out[code_idx] = code
            code_idx = len(out)
            out.append(0)
            code = 1
        else:
            out.append(b)
            code += 1
            if code == 0xFF:
                out[code_idx] = code
                code_idx = len(out)
                out.append(0)
                code = 1
    out[code_idx] = code
    return bytes(out)


def cobs_decode(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        code = data[i]
        if code == 0:
            raise ValueError("zero byte in COBS data")
        out.extend(data[i + 1:i + code])
        i += code
        if code < 0xFF and i < len(data):
            out.append(0)
    return bytes(out)


for sample in [b"", b"\x00", b"\x11\x22\x00\x33", b"\x11\x00\x00\x00", bytes(range(1, 6))]:
    enc = cobs_encode(sample)
    print(sample.hex(), "->", enc.hex(), cobs_decode(enc) == sample)
try:
    cobs_decode(b"\x02\x00")
except ValueError as e:
    print("error:", e)
