# A UART receiver state machine with an Enum for its states and an IntEnum
# for the bytes it understands.
from enum import Enum, IntEnum


class Rx(Enum):
    IDLE = 0
    HEADER = 1
    PAYLOAD = 2
    CHECK = 3


class Byte(IntEnum):
    SOF = 0x7E
    ESC = 0x7D


def receive(stream: list[int]) -> list[list[int]]:
    state = Rx.IDLE
    frames: list[list[int]] = []
    cur: list[int] = []
    need = 0
    for b in stream:
        if state is Rx.IDLE:
            if b == Byte.SOF:
                state = Rx.HEADER
        elif state == Rx.HEADER:
            need = b
            cur = []
            state = Rx.PAYLOAD if need > 0 else Rx.IDLE
        elif state == Rx.PAYLOAD:
            cur.append(b)
            if len(cur) == need:
                state = Rx.CHECK
        else:
            if sum(cur) & 0xFF == b:
                frames.append(cur)
            else:
                print("bad checksum in state", state, repr(state))
            state = Rx.IDLE
    print("ended in", state.name, state.value)
    return frames


print(receive([0x7E, 3, 1, 2, 3, 6, 0, 0x7E, 2, 10, 20, 99, 0x7E, 1, 5]))
print([s.name for s in Rx], len(Rx), Rx(2), Rx["CHECK"].value)
print(Byte.SOF, repr(Byte.ESC), Byte.SOF - Byte.ESC, f"{Byte.SOF:#x}", hex(Byte.ESC))
