# A value of the wrong type for its format letter is CPython's struct.error
# every time the line runs: krait refuses it when compiling.
import struct

frame = struct.pack("<Hf", "7", 1.0)
# error: 5:28: required argument is not an integer
