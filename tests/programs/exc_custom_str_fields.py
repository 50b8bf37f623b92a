# An exception with extra fields and a custom __str__.
class I2cNack(Exception):
    def __init__(self, addr: int, reg: int) -> None:
        super().__init__(addr, reg)
        self.addr = addr
        self.reg = reg

    def __str__(self) -> str:
        return f"NACK from 0x{self.addr:02x} at register 0x{self.reg:02x}"


def read_reg(addr: int, reg: int) -> int:
    if addr != 0x48:
        raise I2cNack(addr, reg)
    return reg * 2


for addr in [0x48, 0x50]:
    try:
        print(hex(read_reg(addr, 0x0F)))
    except I2cNack as e:
        print("error:", e)
        print("args:", e.args, "addr field:", e.addr)
        print(f"formatted: {e}")
