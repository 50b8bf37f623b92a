t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t[:0], t[5:])
empty = ()
print(empty, len(empty), empty == (), bool(empty))
one = (42,)
print(one, len(one), one[0], (42) == 42)
print(t + (4, 5), t * 2, 2 * (0,), (9,) * 0, t * -1)
print(2 in t, 9 in t, 9 not in t)
print(t.index(2), t.count(3), (1, 1, 1).count(1))
total = 0
for v in t:
    total += v
print(total, sum(t), min(t), max(t))
try:
    print(t[3])
except IndexError as e:
    print("IndexError:", e)
try:
    print(t.index(7))
except ValueError as e:
    print("ValueError:", e)
p = 1, 2
print(p, p[0] + p[1])
