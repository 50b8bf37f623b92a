# A SLIP-style decoder as a generator: END delimits frames, ESC escapes bytes.
from typing import Iterator

END = 0xC0
ESC = 0xDB
ESC_END = 0xDC
ESC_ESC = 0xDD


def decode(stream: list[int]) -> Iterator[list[int]]:
    frame: list[int] = []
    escaped = False
    for b in stream:
        if escaped:
            frame.append(END if b == ESC_END else ESC if b == ESC_ESC else b)
            escaped = False
        elif b == ESC:
            escaped = True
        elif b == END:
            if frame:
                yield frame
            frame = []
        else:
            frame.append(b)


def encode(frame: list[int]) -> list[int]:
    out = [END]
    for b in frame:
        if b == END:
            out += [ESC, ESC_END]
        elif b == ESC:
            out += [ESC, ESC_ESC]
        else:
            out.append(b)
    out.append(END)
    return out


wire = encode([1, 2, 0xC0, 3]) + encode([0xDB]) + [END, END] + encode([9, 8, 7])
print(len(wire))
n = 0
for f in decode(wire):
    print(n, f, sum(f))
    n += 1
print([len(f) for f in decode(wire)])
