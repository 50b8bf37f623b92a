# Enum members are compile-time int constants.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = "g"
# error: 7:13: enum member values must be int: GREEN is str
