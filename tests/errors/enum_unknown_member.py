from enum import Enum


class Mode(Enum):
    OFF = 0
    ON = 1


print(Mode.OF)
# error: 9:7: type object 'Mode' has no attribute 'OF'
