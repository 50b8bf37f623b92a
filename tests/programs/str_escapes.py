s = "tab\tnew\nline"
print(s)
print(len(s))
print("back\\slash", len("back\\slash"))
print("quote\"s", 'apos\'s', "mixed 'single' \"double\"")
print("null\x00byte", len("null\x00byte"))
print("\x41\x42\x43", "\101\102\103", "\u00e9", "\U0001F600", len("\U0001F600"))
print("bell\a".endswith("\x07"), "\r" == "\x0d", "\f" == "\x0c", "\v" == "\x0b", "\b" == "\x08")
print(r"raw\n\t\\", len(r"raw\n"), r"\x41")
print("""triple
quoted "with" 'quotes'""")
print('''single triple ''' + "x")
print("concat" "enated" 'literal')
print("line\
continued")
print("\\n is not a newline", "\\" + "n")
print("a\0b" == "a\x00b", len("\0"), ord("\0"), ord("\177"), ord("\x7f"))
print("é" == "\xe9", "日本" == "\u65e5\u672c", len("\u65e5\u672c"))
print("octal \1010 end", len("\1010"), "\x410")
