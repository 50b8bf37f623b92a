# A set cannot hold lists: they are unhashable.
rows = {(1, 2), (3, 4)}
s = {[1], [2]}
# error: 3:5: unhashable type: 'list[int]' cannot be a set element
