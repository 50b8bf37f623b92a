# isinstance narrows a base-typed variable to a subclass, so the subclass's
# own fields and methods are reachable inside the test.
from typing import Optional


class Msg:
    def __init__(self, seq: int) -> None:
        self.seq = seq


class Data(Msg):
    def __init__(self, seq: int, payload: list[int]) -> None:
        super().__init__(seq)
        self.payload = payload

    def checksum(self) -> int:
        return sum(self.payload) & 0xFF


class Ack(Msg):
    def __init__(self, seq: int, ok: bool) -> None:
        super().__init__(seq)
        self.ok = ok


def handle(m: Msg) -> str:
    if isinstance(m, Data):
        return f"data {m.seq} len={len(m.payload)} sum={m.checksum()}"
    if isinstance(m, Ack) and m.ok:
        return f"ack {m.seq}"
    if not isinstance(m, Ack):
        return f"plain {m.seq}"
    return f"nak {m.seq}"


inbox: list[Msg] = [Data(1, [1, 2, 3]), Ack(1, True), Msg(2), Ack(2, False), Data(3, [200, 100])]
for m in inbox:
    print(handle(m))
last: Optional[Msg] = None
for m in inbox:
    if isinstance(m, Ack):
        last = m
print(last is not None and isinstance(last, Ack), isinstance(last, Data))
if last is not None:
    print("last ack", last.seq)
