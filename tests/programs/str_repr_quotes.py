# CPython picks single quotes unless the string has ' and no ".
cases = ["plain", "it's", 'say "hi"', "both ' and \"", "", "'", '"', "''\"", "back\\slash",
         "tab\t", "nl\n", "cr\r", "nul\x00", "del\x7f", "esc\x1b", "bell\x07", "é", "日本",
         "\xa0nbsp", "\xad", "\u2028", "\U0001F600", "\ud7ff", "\x80", "\x9f", "\u200b", "a'b\"c'd"]
for c in cases:
    r = repr(c)
    print(r, len(r))
print(repr("x") + repr('y'))
print(str("it's") == "it's", repr(repr("a")))
print(["it's", 'q"', "n\n"])
print(("tuple", "it's"))
