# String literals: prefixes, escapes, adjacency, bytes, the "u" kind.
s = "plain"
s = 'single'
s = """triple
quoted"""
s = "a" "b" 'c'
s = ("implicit"
     " continuation")
s = u"unicode kind"
s = u"a" "b"
s = "a" u"b"
s = r"raw \n stays"
s = R'raw'
s = "escapes \n \t \\ \' \" \x41 \101 \u00e9 \U0001F600 \N{BULLET}"
s = "é ü 中文"
s = ""
s = "" ""
b = b"bytes"
b = b"a" b"b"
b = rb"raw\x00" Br"x"
b = b"\x00\xff\n"
s = "line\
continued"
