# Three levels of inheritance with super() chains in __init__ and methods.
class Peripheral:
    def __init__(self, name: str) -> None:
        self.name = name
        self.log: list[str] = []
        self.log.append("Peripheral.__init__")

    def reset(self) -> None:
        self.log.append("Peripheral.reset")


class SerialPort(Peripheral):
    def __init__(self, name: str, baud: int) -> None:
        super().__init__(name)
        self.baud = baud
        self.log.append("SerialPort.__init__")

    def reset(self) -> None:
        self.log.append("SerialPort.reset")
        super().reset()


class Rs485Port(SerialPort):
    def __init__(self, name: str, baud: int, de_pin: int) -> None:
        super().__init__(name, baud)
        self.de_pin = de_pin
        self.log.append("Rs485Port.__init__")

    def reset(self) -> None:
        self.log.append("Rs485Port.reset")
        super().reset()


p = Rs485Port("bus0", 19200, 7)
p.reset()
for line in p.log:
    print(line)
print(p.name, p.baud, p.de_pin)
print(isinstance(p, Peripheral), isinstance(p, SerialPort))
s = SerialPort("dbg", 115200)
print(isinstance(s, Rs485Port), s.log)
