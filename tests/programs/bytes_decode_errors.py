# UTF-8 and ASCII encode/decode, with the errors CPython raises.
name = "Température"
raw = name.encode("utf-8")
print(raw, len(raw), len(name))
print(raw.decode("utf-8") == name)
print("plain".encode("ascii"), b"plain".decode("ascii"))
try:
    raw.decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    name.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(b"abc".decode(), "µs".encode())


def safe_label(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "<" + raw.hex() + ">"


for raw in [b"pump", "vanne ouverte".encode(), b"\xc3", b"ok\x80"]:
    print(safe_label(raw))
