# Building a TLV message in a bytearray with append and extend.
def tlv(out: bytearray, tag: int, value: bytes) -> None:
    out.append(tag)
    out.append(len(value))
    out.extend(value)


msg = bytearray()
tlv(msg, 1, b"node7")
tlv(msg, 2, bytes([0x12, 0x34]))
tlv(msg, 3, b"")
print(msg, len(msg))
i = 0
while i < len(msg):
    tag = msg[i]
    n = msg[i + 1]
    value = bytes(msg[i + 2:i + 2 + n])
    print("tag", tag, "len", n, "value", value)
    i += 2 + n
msg[0] = 9
msg.extend([0xFF, 0xEE])
print(msg.hex(), msg[-2:])
print(bytes(msg) == msg, msg.count(0xFF), msg[-1])
try:
    msg.append(256)
except ValueError as e:
    print("ValueError:", e)
