# Exceptions raised inside a generator reach the consumer's handler.
from typing import Iterator


class FrameError(Exception):
    pass


def decode(stream: list[int]) -> Iterator[int]:
    for i, b in enumerate(stream):
        if b > 0x7F:
            raise FrameError(f"byte {i} has high bit set: {b:#x}")
        yield b


def consume(stream: list[int]) -> list[int]:
    out: list[int] = []
    try:
        for v in decode(stream):
            out.append(v)
    except FrameError as e:
        print("stopped:", e)
    return out


print(consume([1, 2, 3]))
print(consume([1, 0x80, 3]))


def gen_with_finally() -> Iterator[int]:
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")


for v in gen_with_finally():
    print("got", v)
