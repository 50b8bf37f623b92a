def scale(x: int, factor: int = 2) -> int:
    return x * factor

print(scale(1, x=3))
# error: 4:16: scale() got multiple values for argument 'x'
