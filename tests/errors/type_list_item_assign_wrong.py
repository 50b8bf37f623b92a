levels = [1, 2, 3]
levels[0] = "high"
# error: 2:1: list[int] cannot hold a str
