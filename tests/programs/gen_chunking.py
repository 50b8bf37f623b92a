# Chunking a byte stream into fixed-size packets and re-assembling them.
from typing import Iterator


def packets(data: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start:start + size]


def checksums(chunks: Iterator[bytes]) -> Iterator[int]:
    for c in chunks:
        yield sum(c) & 0xFF


payload = bytes(range(20, 43))
for p in packets(payload, 8):
    print(len(p), p.hex())
print(list(checksums(packets(payload, 5))))
joined = b""
for p in packets(payload, 7):
    joined += p
print(joined == payload)
