# A dataclass configuration with defaults, validated and printed.
from dataclasses import dataclass, field


@dataclass
class UartConfig:
    port: int
    baud: int = 115200
    data_bits: int = 8
    parity: str = "N"
    stop_bits: int = 1

    def short(self) -> str:
        return f"{self.baud}/{self.data_bits}{self.parity}{self.stop_bits}"


@dataclass
class Board:
    name: str
    uarts: list[UartConfig] = field(default_factory=list)
    leds: int = 1


board = Board("devkit")
board.uarts.append(UartConfig(0))
board.uarts.append(UartConfig(1, 9600, parity="E"))
board.uarts.append(UartConfig(port=2, stop_bits=2))
for u in board.uarts:
    print(u.port, u.short())
print(board)
other = Board("blank", leds=4)
print(other, other.uarts is board.uarts)
print(UartConfig(0) == board.uarts[0], UartConfig(1) == board.uarts[1])
