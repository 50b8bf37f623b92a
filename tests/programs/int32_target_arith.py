# krait-options: --int 32
# A 32-bit int build (as on a Cortex-M0): arithmetic that stays within 32
# bits prints exactly what CPython prints.
def crc_step(crc: int, byte: int) -> int:
    crc ^= byte
    for _ in range(8):
        crc = (crc >> 1) ^ 0xEDB8 if crc & 1 else crc >> 1
    return crc & 0xFFFF


c = 0xFFFF
for b in b"krait":
    c = crc_step(c, b)
print(hex(c), 2 ** 30, -(2 ** 30) * 2, 46340 * 46340, 7 // -2, -7 % 3)
print(sum(range(1000)), max(-5, 3), abs(-2147483647))
