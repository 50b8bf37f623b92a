class Driver:
    def read(self, reg: int) -> int:
        return reg


class Fancy(Driver):
    def read(self, reg: int, width: int) -> int:
        return reg * width


d: Driver = Fancy()
print(d.read(3))
# error: 7:5: Fancy.read() takes 3 parameters but the Driver.read() it overrides takes 2 (krait calls either one through a Driver)
