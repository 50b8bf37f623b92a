cases = [(0, 10, 1), (0, 10, 3), (10, 0, -1), (10, 0, -3), (0, 0, 1), (5, 0, 1), (0, 5, -1),
         (-10, 10, 7), (10, -10, -7), (0, 1, 2), (-1, -2, -1), (0, 2 ** 40, 2 ** 20), (3, 4, 1000)]
for c in cases:
    start, stop, step = c
    r = range(start, stop, step)
    n = 0
    last = start
    for v in r:
        n += 1
        last = v
    if n == 0:
        print(c, len(r), n)
    else:
        print(c, len(r), n, r[0], r[-1], last)
print(len(range(10 ** 12)), range(10 ** 12)[-1], range(0, 10 ** 12, 7)[10 ** 10])
try:
    print(range(3)[3])
except IndexError as e:
    print("IndexError:", e)
