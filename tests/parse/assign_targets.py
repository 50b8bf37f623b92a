# Assignment targets: names, chains, unpacking, starred, attributes, subscripts.
x = 1
a = b = c = x
a, b = b, a
(a, b) = [c, d] = 1, 2
[a, (b, c)] = x
first, *rest = items
*init, last = items
a, *b, c, = values
(x) = 1
((y)) = 2
obj.attr = 3
obj.a.b.c = 4
seq[0] = 5
seq[1:2] = []
seq[i][j] = seq[j][i]
x = y = obj.z[0] = 7
x = 1,
x = ()
