xs = [1, 2]
print(next(xs))
# error: 2:7: 'list[int]' object is not an iterator (use iter() first)
