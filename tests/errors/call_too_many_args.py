def scale(x: int, factor: int) -> int:
    return x * factor

print(scale(1, 2, 3))
# error: 4:7: scale() takes 2 positional arguments but 3 were given
