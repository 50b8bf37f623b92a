# A list of int cannot take str items through slice assignment.
buf = [1, 2, 3]
buf[1:2] = ["x"]
# error: 3:1: list[int] cannot hold the items of a list[str]
