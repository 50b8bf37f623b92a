# Packing a wrong number of values into a constant format is CPython's
# struct.error every time the line runs: krait refuses it when compiling.
import struct

frame = struct.pack("<HHf", 1, 2)
# error: 5:9: pack expected 3 items for packing (got 2)
