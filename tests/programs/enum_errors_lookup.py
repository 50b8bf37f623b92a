# Looking up members by value and by name, and the errors when none exists.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 4


def parse(code: int) -> str:
    try:
        return Color(code).name
    except ValueError as e:
        return "error: " + str(e)


for code in [1, 3, 4]:
    print(code, parse(code))
for name in ["GREEN", "PINK"]:
    try:
        c = Color[name]
        print(name, c, c.value)
    except KeyError as e:
        print("KeyError", e)
mixed = Color.RED
print(mixed == Color.RED, mixed != Color.BLUE, mixed is Color.RED, mixed is not Color.GREEN)
print(f"{mixed}|{mixed!r}|{mixed.name:>6}|{mixed.value:03d}")
names = {c.value: c.name for c in Color}
print(names)
