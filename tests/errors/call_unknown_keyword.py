def scale(x: int, factor: int = 2) -> int:
    return x * factor

print(scale(1, gain=3))
# error: 4:16: scale() got an unexpected keyword argument 'gain'
