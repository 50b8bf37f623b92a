# Base64 encode/decode with bit operations over lists of byte values.
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data: list[int]) -> str:
    out = ""
    i = 0
    while i + 3 <= len(data):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63]
        i += 3
    rest = len(data) - i
    if rest == 1:
        n = data[i] << 16
        out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] + "=="
    elif rest == 2:
        n = (data[i] << 16) | (data[i + 1] << 8)
        out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + "="
    return out


def b64decode(s: str) -> list[int]:
    if len(s) % 4 != 0:
        raise ValueError("length " + str(len(s)) + " is not a multiple of 4")
    out = []
    for i in range(0, len(s), 4):
        chunk = s[i:i + 4]
        n = 0
        pad = 0
        for ch in chunk:
            n <<= 6
            if ch == "=":
                pad += 1
            else:
                v = ALPHABET.find(ch)
                if v < 0:
                    raise ValueError(f"invalid character {ch!r}")
                n |= v
        out.append((n >> 16) & 0xFF)
        if pad < 2:
            out.append((n >> 8) & 0xFF)
        if pad < 1:
            out.append(n & 0xFF)
    return out


def text_bytes(s: str) -> list[int]:
    out = []
    for ch in s:
        out.append(ord(ch))
    return out


def bytes_text(b: list[int]) -> str:
    out = ""
    for v in b:
        out += chr(v)
    return out


for t in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Man is distinguished", "\x00\xff\x10"]:
    enc = b64encode(text_bytes(t))
    dec = bytes_text(b64decode(enc))
    print(f"{t!r:26} {enc:30} {dec == t}")
blob = []
for k in range(64):
    blob.append((k * 37 + 11) & 0xFF)
e = b64encode(blob)
print(e)
print(b64decode(e) == blob, len(e))
for bad in ["abc", "ab!d", "===="]:
    try:
        print(bad, b64decode(bad))
    except ValueError as err:
        print(bad, "ValueError:", err)
