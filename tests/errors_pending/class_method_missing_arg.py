class Driver:
    def write(self, reg: int, value: int) -> None:
        print(reg, value)


d = Driver()
d.write(0x10)
# error: 7:1: Driver.write() missing 1 required positional argument: 'value'
