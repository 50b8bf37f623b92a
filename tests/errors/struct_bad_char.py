# An unknown letter in a constant format is CPython's struct.error.
import struct

size = struct.calcsize("<Hz")
# error: 4:24: bad char in struct format
