# List, tuple, set and dict displays, empty and with unpacking.
a = []
a = [1]
a = [1, 2,]
a = [*x, *y, z]
t = ()
t = (1,)
t = (1, 2)
t = 1, 2
t = (*x, y)
s = {1}
s = {1, 2,}
s = {*x, *y}
d = {}
d = {"a": 1}
d = {"a": 1, "b": 2,}
d = {**x, "k": 1, **y}
d = {1: {2: {3: []}}}
s = {x := 1, 2}
