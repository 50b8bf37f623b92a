from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
a = Point(1, 2)
b = Point("left", 2)
print(a, b)
# error: 5:11: field 'x' of Point is int, not str
