readings = [512, "n/a", 498]
# error: 1:18: list elements must all have one type: this one is str, the first is int
