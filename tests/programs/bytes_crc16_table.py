# CRC-16/CCITT with a precomputed 256-entry table over bytes.
def make_table() -> list[int]:
    table: list[int] = []
    for i in range(256):
        crc = i << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
        table.append(crc)
    return table


TABLE = make_table()


def crc16(data: bytes, crc: int = 0xFFFF) -> int:
    for b in data:
        crc = ((crc << 8) & 0xFFFF) ^ TABLE[((crc >> 8) ^ b) & 0xFF]
    return crc


print([hex(v) for v in TABLE[:8]])
for msg in [b"123456789", b"", b"krait", bytes(range(16))]:
    print(msg, f"{crc16(msg):04X}")
part = crc16(b"12345")
print(f"{crc16(b'6789', part):04X}")
