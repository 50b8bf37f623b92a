values = tuple([1, 2, 3])
values[0] = 5
values.append(4)
del values[1]
print(values)
# error: 2:1: 'tuple' object does not support item assignment
# error: 3:1: 'tuple' object has no attribute 'append'
# error: 4:5: 'tuple' object does not support item deletion
