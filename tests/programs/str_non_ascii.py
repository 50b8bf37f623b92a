s = "héllo wörld"
print(s, len(s), s[1], s[-4], s[1:4], s[::-1])
j = "日本語テキスト"
print(j, len(j), j[0], j[-1], j[2:4], j[::2], j[::-1])
e = "a😀b"
print(e, len(e), e[1], e[2], e[::-1], e.find("b"), e.index("😀"))
mixed = "ñandú"
print(mixed.upper(), "ÉCOLE".lower(), "ÿ".upper() == "Ÿ")
for ch in "añ日😀":
    print(ch, ord(ch), len(ch), repr(ch), hex(ord(ch)))
print("é" in s, "wö" in s, "ö" * 3, s.replace("ö", "o"), s.split("l"))
print(s.count("l"), s.find("ö"), s.find("l", 5))
print("ü" < "z", "z" < "ü", "日" > "本", "A" < "a" < "é" < "日" < "😀")
print(f"[{j:^11}]", f"[{e:>5}]", str(len("ÿ")))
acc = ""
for ch in j:
    acc = ch + acc
print(acc == j[::-1])
print(s.startswith("hé"), s.endswith("örld"), s.strip("hd"), "  ü  ".strip())
print(",".join(["é", "日", "😀"]), "é,日,😀".split(","))
