# Set elements must be hashable.
seen = {[1, 2], [3, 4]}
# error: 2:8: unhashable type: 'list[int]' cannot be a set element
