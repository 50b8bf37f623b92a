# krait-options: --target cortex-m0
# cortex-m0 defaults to 32-bit ints.
mask = 0xFFFFFFFF
# error: 3:8: integer literal 4294967295 is too large for krait's int (32-bit here: --int 32 or the target's default; at most 2147483647)
