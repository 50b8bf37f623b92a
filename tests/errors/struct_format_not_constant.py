# The format of a struct call must be a constant str: its layout (and the
# type of what unpack gives) is decided when compiling.
import struct

fmt = "<" + "H" * 2
data = struct.pack(fmt, 1, 2)
# error: 6:20: struct.pack() with a format that is not a constant str is not supported yet by krait
