# A frame parser as a generator state machine: SYNC LEN payload CHECKSUM.
from typing import Iterator

SYNC = 0x7E


def frames(stream: list[int]) -> Iterator[list[int]]:
    state = "sync"
    length = 0
    payload: list[int] = []
    for b in stream:
        if state == "sync":
            if b == SYNC:
                state = "len"
        elif state == "len":
            length = b
            payload = []
            state = "data" if length > 0 else "sum"
        elif state == "data":
            payload.append(b)
            if len(payload) == length:
                state = "sum"
        else:
            if (sum(payload) & 0xFF) == b:
                yield payload
            else:
                print("checksum mismatch", payload, b)
            state = "sync"


STREAM = [0x00, 0x7E, 3, 1, 2, 3, 6, 0x55, 0x7E, 2, 0xFF, 0x02, 0x01, 0x7E, 0, 0, 0x7E, 1, 9, 8]
for f in frames(STREAM):
    print("frame", f)
