for c in ["A", "a", "0", " ", "\n", "\x00", "\x7f", "é", "ÿ", "Ā", "€", "日", "😀", "\U0010ffff"]:
    o = ord(c)
    print(repr(c), o, hex(o), chr(o) == c, repr(chr(o)))
print(chr(65) + chr(66), chr(0x263A), chr(8364), chr(127), chr(128), chr(0x110000 - 1) == "\U0010ffff")
for bad in [-1, 0x110000]:
    try:
        print(chr(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(ord("ab"))
except TypeError as e:
    print("TypeError:", e)
try:
    print(ord(""))
except TypeError as e:
    print("TypeError:", e)
shifted = ""
for ch in "HAL":
    shifted += chr(ord(ch) + 1)
print(shifted)
total = 0
for ch in "checksum":
    total += ord(ch)
print(total, total % 256)
