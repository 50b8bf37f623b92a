class Driver:
    def read(self, reg: int) -> int:
        return reg * 2


d = Driver()
print(d.read(1, 2))
# error: 7:7: Driver.read() takes 2 positional arguments but 3 were given
