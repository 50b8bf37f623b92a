s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 1), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("two", ""), s.replace(" ", ""), s.replace("x", "y"), s.replace("one two", "12"))
print("aaa".replace("a", "aa"), "aaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print(repr("".replace("", "x")), repr("".replace("a", "b")), "abc".replace("abc", ""))
print("héllo".replace("é", "e"), "日本".replace("日", "月"), "a.b.c".replace(".", "::"))
path = "/usr//local///bin"
while "//" in path:
    path = path.replace("//", "/")
print(path)
t = "tab\there"
print(t.replace("\t", "\\t"), t.replace("\t", "    "))
