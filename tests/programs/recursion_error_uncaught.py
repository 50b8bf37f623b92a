# An uncaught RecursionError ends the program with CPython's last line.


def down(n: int) -> int:
    return down(n - 1) - 1


print("start")
down(5)
