def scale(x: int, factor: int) -> int:
    return x * factor

print(scale(1))
# error: 4:7: scale() missing 1 required positional argument: 'factor'
