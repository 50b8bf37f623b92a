# A list used as a key of a dict built by assignment.
d = {}
d[[1, 2]] = 5
# error: 3:1: unhashable type: 'list[int]' cannot be a dict key
