# Class attributes and class-level constants shared by all instances.
class Uart:
    MAX_BAUD = 921600
    instances = 0

    def __init__(self, port: int, baud: int) -> None:
        if baud > Uart.MAX_BAUD:
            raise ValueError(f"baud {baud} above {Uart.MAX_BAUD}")
        self.port = port
        self.baud = baud
        Uart.instances += 1

    def bit_time_ns(self) -> int:
        return 1000000000 // self.baud


u0 = Uart(0, 115200)
u1 = Uart(1, 9600)
print(Uart.instances, u0.MAX_BAUD, Uart.MAX_BAUD)
print(u0.bit_time_ns(), u1.bit_time_ns())
try:
    Uart(2, 2000000)
except ValueError as e:
    print("ValueError:", e)
print("instances", Uart.instances)
