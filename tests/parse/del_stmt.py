# del targets: names, lists of them, attributes, subscripts, tuples.
del a
del a, b
del a,
del (a, b)
del [a, b]
del (a), [b]
del obj.attr
del seq[0], seq[1:2]
del ((a, b), c)
