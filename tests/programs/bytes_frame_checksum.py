# bytes and bytearray: a framed serial protocol with a checksum.
def checksum(data: bytes) -> int:
    total = 0
    for b in data:
        total = (total + b) & 0xFF
    return (0x100 - total) & 0xFF


def frame(cmd: int, payload: bytes) -> bytes:
    body = bytes([cmd, len(payload)]) + payload
    return b"\x7e" + body + bytes([checksum(body)])


f = frame(0x21, b"\x01\x02hi")
print(f, len(f), f.hex(), f[0], f[-1], f[1:3], 0x7e in f, b"hi" in f)
buf = bytearray()
buf.append(0x10)
buf.extend(b"abc")
buf.extend([1, 2, 255])
buf[0] = 0x11
print(buf, len(buf), buf.pop(), buf, buf.hex(), bytes(buf))
print(bytes(4), bytearray(2), bytes.fromhex("de ad be ef"), b"caf\xc3\xa9".decode())
print("héllo".encode(), "abc".encode("ascii"), b"abc" == b"abc", b"abc" < b"abd", sum(b"\x01\x02"))
try:
    bytes([1, 300])
except ValueError as e:
    print("ValueError:", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
print(b"a,b".find(b","), b"aaa".count(b"a"), b"abc".startswith(b"ab"), b"abc".endswith(b"bc"), b"x" * 3)
ba = bytearray(b"12")
alias = ba
ba += bytearray(b"34")
print(alias, list(b"AB"), max(b"\x05\x09\x01"))
