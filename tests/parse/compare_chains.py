# Comparisons chain; `not in` and `is not` are single operators.
r = a < b
r = a < b <= c > d >= e == f != g
r = a in b
r = a not in b
r = a is b
r = a is not b
r = a is not None not in c
r = (a < b) < c
r = a < (b < c)
r = not a in b
