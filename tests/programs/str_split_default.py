texts = ["a b c", "  leading", "trailing  ", "  both  ends  ", "", "   ", "one",
         "tabs\tand\nnewlines\r\nmixed", "multiple    spaces   here", "\x0bvt\x0cff\x1cfs", "a\u00a0b", "a\u3000b"]
for t in texts:
    parts = t.split()
    print(repr(t), parts, len(parts))
print("a b  c".split(None), "a b c d".split(None, 1), "  a b c  ".split(None, 1))
print("  a  b  c  ".split(maxsplit=0), "  a  b  c  ".split(maxsplit=2))
words = "the rain in spain falls mainly".split()
for w in words:
    print(w, len(w))
