# Enum members as keys of lookup tables, iteration and reverse lookup by value.
from enum import IntEnum


class Baud(IntEnum):
    B9600 = 9600
    B19200 = 19200
    B115200 = 115200


DIVISORS = {b: 16000000 // (16 * b.value) for b in Baud}
for b, div in DIVISORS.items():
    actual = 16000000 / (16 * div)
    err = (actual - b) / b * 100
    print(f"{b.name:8} div={div:4d} err={err:+.2f}%")


def parse(text: str) -> Baud:
    return Baud(int(text))


for t in ["19200", "57600"]:
    try:
        print(parse(t).name)
    except ValueError as e:
        print("ValueError:", e)
print(Baud.B9600 < Baud.B115200, sorted(Baud, reverse=True)[0].name)
print(list(Baud)[1], Baud.B19200 * 2)
