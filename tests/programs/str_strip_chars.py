cases = ["  hello  ", "\t\n hello \r\n", "hello", "", "   ", "xxhixx", "\x0b\x0cff\x1f", "\u00a0nbsp\u00a0", "\u2003em\u2003"]
for c in cases:
    print(repr(c.strip()), repr(c.lstrip()), repr(c.rstrip()))
s = "xyxhello worldyxx"
print(s.strip("xy"), s.lstrip("xy"), s.rstrip("xy"), s.strip("yx"), s.strip("z"), s.strip(""))
print("www.example.com".strip("cmowz."), "--==data==--".strip("-="), "0012300".strip("0"))
print("aaaa".strip("a") == "", "abcba".strip("ab"), "日本日".strip("日"), "ééaéé".lstrip("é"))
print("  spaced  ".strip(" "), repr("\tx\t".strip(" ")), repr("..x..".rstrip(".")))
print("banana".lstrip("ban"), "banana".rstrip("an"), "  x".lstrip())
