from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
make = Point
print(make(1, 2))
# error: 4:8: the named tuple type 'Point' as a value is not supported yet by krait
