# A list display mixing ints and strs has no element type.
readings = [1, 2, "n/a"]
# error: 2:19: list elements must all have one type: this one is str, the first is int
