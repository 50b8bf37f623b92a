ratio: float = 0.5
ratio: str = "half"
# error: 2:1: variable 'ratio' was float before; it cannot be declared str
