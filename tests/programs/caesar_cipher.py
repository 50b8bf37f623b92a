def shift_char(ch: str, k: int) -> str:
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch

def caesar(s: str, k: int) -> str:
    out = ""
    for ch in s:
        out += shift_char(ch, k)
    return out

msg = "Hello, World! Zebra-crossing at 9pm; é stays."
for k in [0, 1, 3, 13, 25, 26, -1, -27, 1000, -1000]:
    enc = caesar(msg, k)
    print(f"{k:>6} {enc}  back={caesar(enc, -k) == msg}")
print(caesar(caesar("abcxyz", 13), 13))

def vigenere(s: str, key: str, sign: int) -> str:
    out = ""
    j = 0
    for ch in s:
        if ch.isalpha() and ch.lower() >= "a" and ch.lower() <= "z":
            k = ord(key[j % len(key)].lower()) - ord("a")
            out += shift_char(ch, sign * k)
            j += 1
        else:
            out += ch
    return out

v = vigenere("Attack at dawn", "Lemon", 1)
print(v, vigenere(v, "Lemon", -1))
