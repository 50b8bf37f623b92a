def crc8(text: str) -> int:
    c = 0
    for ch in text:
        c = (c * 31 + ord(ch)) & 0xFF
    return c
