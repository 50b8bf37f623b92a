# Exceptions raised with a non-str argument: str(e) is str(arg), KeyError's repr(arg).
regs = {0x10: 1}


def read(addr: int) -> int:
    if addr not in regs:
        raise KeyError(addr)
    return regs[addr]


def check(v: float) -> float:
    if v < 0:
        raise ValueError(v)
    return v


for a in [0x10, 0x30]:
    try:
        print(read(a))
    except KeyError as e:
        print("KeyError:", e)
for v in [1.5, -2.25]:
    try:
        print(check(v))
    except ValueError as e:
        print("ValueError:", e)
try:
    raise KeyError("name")
except KeyError as e:
    print("KeyError:", e)
try:
    raise RuntimeError(42)
except RuntimeError as e:
    print("RuntimeError:", e)
