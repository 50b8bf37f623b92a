"""A framed serial protocol: parse packets, check their checksums, dispatch.

bytes, slicing, exceptions for malformed frames (caught and counted),
handlers chosen by a dict of functions.
"""
from typing import Callable


class FrameError(Exception):
    pass


def checksum(data: bytes) -> int:
    s = 0
    for b in data:
        s = (s + b) & 0xFF
    return s


def frame(kind: int, payload: bytes) -> bytes:
    body = bytes([kind, len(payload)]) + payload
    return b"\x7e" + body + bytes([checksum(body)])


def parse(raw: bytes) -> tuple[int, bytes]:
    if len(raw) < 4 or raw[0] != 0x7E:
        raise FrameError("bad start")
    kind = raw[1]
    n = raw[2]
    if len(raw) != n + 4:
        raise FrameError(f"length {len(raw)}, expected {n + 4}")
    body = raw[1 : 3 + n]
    if checksum(body) != raw[3 + n]:
        raise FrameError("checksum")
    return kind, raw[3 : 3 + n]


def on_temp(p: bytes) -> str:
    return f"temp {(p[0] << 8 | p[1]) / 10:.1f} C"


def on_status(p: bytes) -> str:
    return "status " + ("ok" if p[0] == 0 else f"fault {p[0]}")


handlers: dict[int, Callable[[bytes], str]] = {1: on_temp, 2: on_status}
stream = [
    frame(1, bytes([0x00, 0xEB])),
    frame(2, bytes([0])),
    b"\x7e\x01\x02\x00",
    frame(2, bytes([3])),
    frame(9, b"?"),
    frame(1, bytes([0x01, 0x02]))[:-1] + b"\x00",
]
errors = 0
for raw in stream:
    try:
        kind, payload = parse(raw)
        h = handlers.get(kind)
        print(h(payload) if h is not None else f"unknown kind {kind}")
    except FrameError as e:
        errors += 1
        print("dropped:", e)
print("errors:", errors)
