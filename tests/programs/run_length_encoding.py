# Run-length encoding of strings: "aaab" -> "3a1b", and back. Digits in the
# input are escaped with a backslash so decoding stays unambiguous.


def encode(s: str) -> str:
    if s == "":
        return ""
    out = ""
    prev = s[0]
    n = 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out += emit(n, prev)
            prev = ch
            n = 1
    out += emit(n, prev)
    return out


def emit(n: int, ch: str) -> str:
    if ch.isdigit() or ch == "\\":
        return str(n) + "\\" + ch
    return str(n) + ch


def decode(s: str) -> str:
    out = ""
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j].isdigit():
            j += 1
        if j == i:
            raise ValueError(f"expected a count at position {i} in {s!r}")
        n = int(s[i:j])
        if j >= len(s):
            raise ValueError("count without a character at the end")
        ch = s[j]
        if ch == "\\":
            j += 1
            if j >= len(s):
                raise ValueError("dangling escape")
            ch = s[j]
        out += ch * n
        i = j + 1
    return out


def runs(s: str) -> list[tuple[str, int]]:
    out = []
    for ch in s:
        if len(out) > 0 and out[-1][0] == ch:
            last = out.pop()
            out.append((ch, last[1] + 1))
        else:
            out.append((ch, 1))
    return out


samples = ["aaabccddddde", "", "a", "abc", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "1112233",
           "back\\\\slash", "ééé日日本", "  spaces   ", "aAaA", "x" * 123 + "y"]
for s in samples:
    enc = encode(s)
    d = decode(enc)
    ratio = len(enc) / len(s) if len(s) > 0 else 0.0
    print(f"{s[:16]!r:20} -> {enc[:28]!r:32} ok={d == s} ratio={ratio:.2f}")
print(runs("aaabccddddde"))
print(runs("mississippi"))
for bad in ["3", "a3", "2\\", "12"]:
    try:
        print(decode(bad))
    except ValueError as e:
        print("ValueError:", e)
longest = ("", 0)
for r in runs("abbcccddddcccbba"):
    if r[1] > longest[1]:
        longest = r
print("longest run", longest)

# PackBits (as in TIFF and many display controllers): a header byte n in 0..127
# copies n+1 literal bytes; n in -127..-1 (stored as 257-..255) repeats the next
# byte 1-n times.
def packbits(data: list[int]) -> list[int]:
    out = []
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and data[i + run] == data[i] and run < 128:
            run += 1
        if run >= 2:
            out.append((257 - run) & 0xFF)
            out.append(data[i])
            i += run
        else:
            start = i
            i += 1
            while i < len(data) and i - start < 128:
                if i + 1 < len(data) and data[i] == data[i + 1]:
                    break
                i += 1
            out.append(i - start - 1)
            out += data[start:i]
    return out


def unpackbits(data: list[int]) -> list[int]:
    out = []
    i = 0
    while i < len(data):
        n = data[i]
        if n >= 128:
            n -= 256
        i += 1
        if n >= 0:
            out += data[i:i + n + 1]
            i += n + 1
        elif n != -128:
            out += [data[i]] * (1 - n)
            i += 1
    return out


tiff = [0xAA, 0xAA, 0xAA, 0x80, 0x00, 0x2A, 0xAA, 0xAA, 0xAA, 0xAA, 0x80, 0x00, 0x2A, 0x22,
        0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA]
packed = packbits(tiff)
hexs = ""
for b in packed:
    hexs += f"{b:02X} "
print("packed:", hexs.rstrip())
print("round trip:", unpackbits(packed) == tiff, len(tiff), "->", len(packed))
long_run = [7] * 300 + [1, 2, 3]
p2 = packbits(long_run)
print(p2, unpackbits(p2) == long_run)
