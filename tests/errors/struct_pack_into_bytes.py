# pack_into writes into its buffer: bytes are immutable (CPython's TypeError).
import struct

struct.pack_into("<H", b"\x00\x00", 0, 1)
# error: 4:24: argument must be read-write bytes-like object, not bytes
