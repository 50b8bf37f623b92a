# A constant byteorder other than "big" or "little" is CPython's ValueError
# every time the line runs: krait refuses it when compiling.
frame = (0x1234).to_bytes(2, "middle")
# error: 3:30: byteorder must be either 'little' or 'big'
