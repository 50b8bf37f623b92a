# Comprehensions: several for and if clauses, nesting, every kind.
xs = [x for x in range(10)]
xs = [x for x in range(10) if x % 2]
xs = [x for x in range(10) if x if x > 2]
xs = [(x, y) for x in a for y in b]
xs = [y for x in a if x for y in x if y]
xs = [[y for y in x] for x in rows]
ys = {x for x in a}
zs = {k: v for k, v in items}
zs = {k: [v for v in vs] for k, vs in groups if k}
gs = (x for x in a)
gs = (x for x, in a)
gs = ((x, y) for x in a for y in b if x != y)
xs = [x async for x in aiter()]
xs = [x for x in a if (y := x)]
