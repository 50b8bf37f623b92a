# krait-options: --int 32
# With 32-bit ints (small cores) a literal must fit in 32 bits.
TICKS_PER_DAY = 86400000
BIG = 5000000000
# error: 4:7: integer literal 5000000000 is too large for krait's int (32-bit here: --int 32 or the target's default; at most 2147483647)
