def find(xs: list[str], target: str) -> int | None:
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return None

names = ["ant", "bee", "cat"]
for t in ["bee", "dog", "ant"]:
    r = find(names, t)
    if r is None:
        print(t, "not found")
    else:
        print(t, "at", r, r + 100)

def parse_int(s: str) -> int | None:
    try:
        return int(s)
    except ValueError:
        return None

total = 0
for s in ["10", "x", "-3", "", "7"]:
    v = parse_int(s)
    print(repr(s), v, v is None, v is not None)
    if v is not None:
        total += v
print("total", total)
best = None
for n in [5, 3, 8, 1]:
    if best is None or n > best:
        best = n
print("best", best)
x = None
print(x is None, x, repr(x), str(x))
