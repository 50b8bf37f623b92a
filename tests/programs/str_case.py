print("Hello World".upper(), "Hello World".lower(), "ABC123xyz!".lower(), "mIxEd".upper())
print("".upper(), "123".upper(), "élan".upper(), "ÉLAN".lower(), "ñ".upper())
s = "Krait Compiler"
u = s.upper()
l = s.lower()
print(u, l, u == l, u.lower() == l, s == s.upper().lower())
print("a".upper() < "a", "Z".lower() > "a", "x".upper())
words = ["Apple", "banana", "Cherry"]
for w in words:
    print(w.lower(), w.upper(), w[0].upper() + w[1:].lower())
cmd = "  SET Speed  "
print(cmd.strip().lower().split())
