# A keyword-only parameter without a default must be given by name.
def scaled(v: int, *, offset: int) -> int:
    return v + offset


print(scaled(2))
# error: 6:7: scaled() missing 1 required keyword-only argument: 'offset'
