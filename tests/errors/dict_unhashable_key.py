# A list cannot be a dict key: CPython raises TypeError when it runs; krait
# says so before.
d = {[1, 2]: "pair"}
# error: 3:5: unhashable type: 'list[int]' cannot be a dict key
