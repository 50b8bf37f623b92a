total = 0
log = ""
scale = 1.5
flags = 0

def add(v: int) -> None:
    global total, log
    total += v
    log += str(v) + ";"

def mul_scale(k: float) -> float:
    global scale
    scale *= k
    return scale

def set_flag(bit: int) -> None:
    global flags
    flags |= 1 << bit

for v in [1, 2, 3, 40]:
    add(v)
print(total, log)
print(mul_scale(2.0), mul_scale(0.25), scale)
for b in [0, 4, 4, 7]:
    set_flag(b)
print(flags, bin(flags))
total -= 100
print(total)
