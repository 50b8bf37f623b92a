# Operator precedence, one level of the grammar at a time.
r = a | b ^ c & d << e + f * g ** h
r = -a ** -b
r = ~a + +b - -c
r = a * b / c // d % e @ f
r = (a + b) * (c - d)
r = a << b >> c
r = a ** b ** c
r = await_ = 1
r = not a == b
r = -(a + b)
r = a + b + c + d
r = a - (b - c)
r = (a) + (b)
r = ((a + b)) * c
