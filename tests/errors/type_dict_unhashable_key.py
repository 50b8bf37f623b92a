# A list cannot be a dict key: it is mutable, so it has no hash.
routes = {[0, 0x48]: "temp"}
# error: 2:10: unhashable type: 'list[int]' cannot be a dict key
