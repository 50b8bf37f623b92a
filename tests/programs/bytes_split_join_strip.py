# bytes.split/join/strip/lstrip/rstrip/lower/upper, as CPython.
line = b"  SET  led=1\tfan=0 \r\n"
print(line.split(), line.split(None, 1), line.strip().split(b" "), line.split(b"=", 1))
print(b"".split(), b"".split(b","), b",,".split(b","), b"a,,b".split(b",", 0), b"abc".split(b"abc"))
print(line.strip(), line.lstrip(), line.rstrip(), b"xxhixx".strip(b"x"), b"xyhiyx".lstrip(b"xy"), b"hi".strip(b""))
print(b", ".join([b"a", b"b"]), b"".join([]), b"-".join(b"x y".split()), b"=".join([b"k"]))
print(b"Hello, World 123!".lower(), b"Hello, World 123!".upper(), b"\xc3\xa9A".lower())
try:
    print(b"abc".split(b""))
except ValueError as e:
    print("ValueError:", e)
fields = {}
for pair in b"a=1;b=22;c=".split(b";"):
    k, _, v = pair.decode().partition("=")
    fields[k] = v
print(fields)
