# bytes and str do not mix: encode the text first.
frame = b"\x02" + "OK"
# error: 2:9: unsupported operand types for +: bytes and str
