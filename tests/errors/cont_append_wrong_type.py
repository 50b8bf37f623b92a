# Appending a str to a list of int.
samples: list[int] = []
samples.append("n/a")
# error: 3:16: argument 1 of list[int].append() must be int, not str
