# Packing and unpacking bit fields of a 32-bit control register, with sign
# extension of signed fields and range checks, the way a driver would.

# (name, offset, width, signed)
FIELDS = [("enable", 0, 1, False), ("mode", 1, 3, False), ("gain", 4, 5, True),
          ("channel", 9, 4, False), ("offset", 13, 11, True), ("tag", 24, 8, False)]


def mask(width: int) -> int:
    return (1 << width) - 1


def field_info(name: str) -> tuple[str, int, int, bool]:
    for f in FIELDS:
        if f[0] == name:
            return f
    raise ValueError("no field named " + repr(name))


def set_field(reg: int, name: str, value: int) -> int:
    fname, off, width, signed = field_info(name)
    if signed:
        lo = -(1 << (width - 1))
        hi = (1 << (width - 1)) - 1
    else:
        lo = 0
        hi = mask(width)
    if value < lo or value > hi:
        raise ValueError(f"{fname}={value} does not fit in {width} bits ({lo}..{hi})")
    raw = value & mask(width)
    reg &= ~(mask(width) << off)
    reg |= raw << off
    return reg & 0xFFFFFFFF


def get_field(reg: int, name: str) -> int:
    fname, off, width, signed = field_info(name)
    raw = (reg >> off) & mask(width)
    if signed and raw & (1 << (width - 1)):
        raw -= 1 << width
    return raw


def sign_extend(v: int, bits: int) -> int:
    m = 1 << (bits - 1)
    return (v ^ m) - m


def dump(reg: int) -> str:
    parts = []
    for f in FIELDS:
        parts.append(f"{f[0]}={get_field(reg, f[0])}")
    return f"0x{reg:08X} " + " ".join(parts)


reg = 0
reg = set_field(reg, "enable", 1)
reg = set_field(reg, "mode", 5)
reg = set_field(reg, "gain", -7)
reg = set_field(reg, "channel", 12)
reg = set_field(reg, "offset", -1024)
reg = set_field(reg, "tag", 0xA5)
print(dump(reg))
print(f"{reg:032b}")
reg = set_field(reg, "gain", 15)
reg = set_field(reg, "offset", 1023)
reg = set_field(reg, "enable", 0)
print(dump(reg))
for name, v in [("gain", 16), ("gain", -17), ("mode", 8), ("tag", -1), ("offset", -1025), ("bogus", 0)]:
    try:
        reg = set_field(reg, name, v)
        print("accepted", name, v)
    except ValueError as e:
        print("rejected:", e)
print(dump(reg))

# round trip every value of the signed 5-bit field
ok = True
for v in range(-16, 16):
    r = set_field(0xFFFFFFFF, "gain", v)
    if get_field(r, "gain") != v or get_field(r, "channel") != 15:
        ok = False
        print("mismatch", v)
print("gain round trip ok:", ok)

# sign extension helper against a table
for pair in [(0x7F, 8), (0x80, 8), (0xFF, 8), (0x0, 8), (0x800, 12), (0x7FF, 12), (0xFFFF, 16), (0x8000, 16)]:
    v, bits = pair
    print(f"sext({v:#x}, {bits}) = {sign_extend(v, bits)}")

# pack four 8-bit values into a word and back, little endian
def pack4(a: int, b: int, c: int, d: int) -> int:
    return (a & 0xFF) | (b & 0xFF) << 8 | (c & 0xFF) << 16 | (d & 0xFF) << 24

def unpack4(w: int) -> tuple[int, int, int, int]:
    return (w & 0xFF, (w >> 8) & 0xFF, (w >> 16) & 0xFF, (w >> 24) & 0xFF)

w = pack4(1, 0x80, -1, 0x7F)
print(hex(w), unpack4(w), sign_extend(unpack4(w)[2], 8))
# reverse the bits of a 16-bit value
def rev16(v: int) -> int:
    r = 0
    for i in range(16):
        r = (r << 1) | ((v >> i) & 1)
    return r
for v in [1, 0x8000, 0x00FF, 0x1234, 0xFFFF]:
    print(f"{v:016b} -> {rev16(v):016b} ({rev16(v):#06x})")
