def min_max(xs: list[int]) -> tuple[int, int]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi

def stats(xs: list[float]) -> tuple[float, float, int]:
    n = len(xs)
    mean = sum(xs) / n
    var = 0.0
    for x in xs:
        var += (x - mean) ** 2
    return mean, var / n, n

def split_name(full: str) -> tuple[str, str]:
    i = full.find(" ")
    if i < 0:
        return full, ""
    return full[:i], full[i + 1:]

print(min_max([3, -1, 9, 4]))
lo, hi = min_max([5])
print(lo, hi)
m, v, n = stats([1.0, 2.0, 3.0, 4.0])
print(m, v, n)
print(stats([0.1, 0.2, 0.3]))
print(split_name("Ada Lovelace"), split_name("Plato"), split_name("a b c"))
first, last = split_name("Grace Hopper")
print(last + ", " + first)
r = min_max([7, 7, 7])
print(r[0] == r[1], r)
