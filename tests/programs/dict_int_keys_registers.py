# A register map keyed by address; values are masked to 8 bits on write.
regs: dict[int, int] = {}


def write(addr: int, value: int) -> None:
    regs[addr] = value & 0xFF


def read(addr: int) -> int:
    if addr not in regs:
        raise KeyError(addr)
    return regs[addr]


for addr, val in [(0x10, 0x1FF), (0x04, 0x42), (0x20, 7), (0x04, 0x43)]:
    write(addr, val)
for addr in sorted(regs):
    print(f"0x{addr:02X} = 0x{regs[addr]:02X}")
print(list(regs.items()))
try:
    read(0x30)
except KeyError as e:
    print("missing register", e)
negatives = {-1: "neg one", -2: "neg two", 0: "zero"}
print(negatives[-1], negatives.get(-3, "?"))
print(sum(regs.keys()), max(regs.values()))
