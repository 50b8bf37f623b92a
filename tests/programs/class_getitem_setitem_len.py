# A register bank class with __getitem__, __setitem__, __len__ and __contains__.
class RegisterBank:
    def __init__(self, size: int) -> None:
        self.regs = [0] * size
        self.writes = 0

    def __len__(self) -> int:
        return len(self.regs)

    def __getitem__(self, i: int) -> int:
        if not 0 <= i < len(self.regs):
            raise IndexError(f"register {i} out of range")
        return self.regs[i]

    def __setitem__(self, i: int, v: int) -> None:
        if not 0 <= i < len(self.regs):
            raise IndexError(f"register {i} out of range")
        self.regs[i] = v & 0xFFFF
        self.writes += 1

    def __contains__(self, v: int) -> bool:
        return v in self.regs


bank = RegisterBank(4)
bank[0] = 0x1234
bank[3] = 0x12345
bank[1] += 7
print(len(bank), [hex(bank[i]) for i in range(len(bank))], bank.writes)
print(0x2345 in bank, 99 in bank)
try:
    bank[4] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    print(bank[-1])
except IndexError as e:
    print("IndexError:", e)
