def seq(start: int, stop: int, step: int) -> list[int]:
    out = []
    for v in range(start, stop, step):
        out.append(v)
    return out

def upto(n: int) -> list[int]:
    out = []
    for v in range(n):
        out.append(v)
    return out

print(upto(5), seq(2, 5, 1), seq(0, 10, 3), seq(10, 0, -3))
print(upto(0), upto(-3), seq(5, 2, 1), seq(2, 5, -1), seq(-5, -1, 1))
print(seq(-1, -10, -2), seq(0, 1, 100), seq(5, 5, 1), seq(-2, 2, 1))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[2], 7 in r, 8 in r, 19 in r, 20 in r)
print(range(0, 5) == range(0, 5), range(10), range(1, 10, 2))
for i in range(3):
    print("i", i)
for j in range(10, 7, -1):
    print("j", j)
total = 0
for k in range(-10, 11, 5):
    total += k
    print("k", k)
print(total)
try:
    print(seq(1, 10, 0))
except ValueError as e:
    print("ValueError:", e)
n = 4
for a in range(n):
    line = ""
    for b in range(a, n):
        line += str(b)
    print(line)
