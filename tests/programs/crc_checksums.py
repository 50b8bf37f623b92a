# Checksums over byte lists: CRC-8, CRC-16/CCITT-FALSE, CRC-16/ARC (reflected),
# CRC-32 (reflected), Fletcher-16, Adler-32 and a plain XOR/sum, all with masks.


def to_bytes(s: str) -> list[int]:
    out = []
    for ch in s:
        out.append(ord(ch) & 0xFF)
    return out


def crc8(data: list[int]) -> int:
    crc = 0
    for b in data:
        crc ^= b
        for i in range(8):
            if crc & 0x80:
                crc = ((crc << 1) ^ 0x07) & 0xFF
            else:
                crc = (crc << 1) & 0xFF
    return crc


def crc16_ccitt(data: list[int]) -> int:
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for i in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc


def crc16_arc(data: list[int]) -> int:
    crc = 0
    for b in data:
        crc ^= b
        for i in range(8):
            if crc & 1:
                crc = (crc >> 1) ^ 0xA001
            else:
                crc >>= 1
    return crc


def make_crc32_table() -> list[int]:
    table = []
    for n in range(256):
        c = n
        for k in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c = c >> 1
        table.append(c)
    return table


CRC32_TABLE = make_crc32_table()


def crc32(data: list[int]) -> int:
    crc = 0xFFFFFFFF
    for b in data:
        crc = CRC32_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc32_bitwise(data: list[int]) -> int:
    crc = ~0 & 0xFFFFFFFF
    for b in data:
        crc ^= b
        for k in range(8):
            mask = -(crc & 1) & 0xFFFFFFFF
            crc = (crc >> 1) ^ (0xEDB88320 & mask)
    return ~crc & 0xFFFFFFFF


def fletcher16(data: list[int]) -> int:
    s1 = 0
    s2 = 0
    for b in data:
        s1 = (s1 + b) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


def adler32(data: list[int]) -> int:
    a = 1
    b = 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def xor_sum(data: list[int]) -> tuple[int, int]:
    x = 0
    s = 0
    for b in data:
        x ^= b
        s = (s + b) & 0xFF
    twos = (-s) & 0xFF
    return x, twos


messages = ["123456789", "", "a", "abc", "The quick brown fox jumps over the lazy dog", "\x00\x00\x00\x00", "\xff" * 8]
for m in messages:
    d = to_bytes(m)
    x, twos = xor_sum(d)
    print(f"{m[:20]!r:24} len={len(d):<3} crc8={crc8(d):02X} ccitt={crc16_ccitt(d):04X} "
          f"arc={crc16_arc(d):04X} crc32={crc32(d):08X} fl16={fletcher16(d):04X} "
          f"adler={adler32(d):08x} xor={x:02x} twos={twos:02x}")
    assert crc32(d) == crc32_bitwise(d)

print("check 123456789:", hex(crc8(to_bytes("123456789"))), hex(crc16_ccitt(to_bytes("123456789"))),
      hex(crc32(to_bytes("123456789"))))

# a frame with its CRC appended verifies to zero remainder for CRC-16/XMODEM style
frame = to_bytes("PING")
c = crc16_ccitt(frame)
frame.append(c >> 8)
frame.append(c & 0xFF)
print("frame", frame, "residue", hex(crc16_ccitt(frame)))

# detect a single flipped bit anywhere in a payload
payload = to_bytes("firmware-v1.2.3")
good = crc32(payload)
detected = 0
for i in range(len(payload)):
    for bit in range(8):
        payload[i] ^= 1 << bit
        if crc32(payload) != good:
            detected += 1
        payload[i] ^= 1 << bit
print("flips detected", detected, "of", len(payload) * 8, "restored", crc32(payload) == good)
print("table[1]", hex(CRC32_TABLE[1]), "table[255]", hex(CRC32_TABLE[255]), len(CRC32_TABLE))
