from enum import IntEnum


class Reg(IntEnum):
    CTRL = 0
    STATUS = 1
    CTRL = 2
# error: 7:5: enum member 'CTRL' is defined twice
