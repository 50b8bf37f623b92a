# map and filter with lambdas and named functions.
raw = [102, 255, 0, 37, 200, 18]
scaled = list(map(lambda v: v * 100 // 255, raw))
print(scaled)
nonzero = list(filter(lambda v: v != 0, raw))
print(nonzero)
print(list(map(str, raw)))
print(list(map(lambda a, b: a - b, raw, scaled)))


def is_even(n: int) -> bool:
    return n % 2 == 0


print(list(filter(is_even, range(10))))
print(sum(map(abs, [-3, 4, -5])))
hexes = list(map(lambda v: f"{v:02x}", filter(lambda v: v > 30, raw)))
print(" ".join(hexes))


def to_celsius(raw: int) -> float:
    return round(raw * 0.125 - 10, 3)


celsius = list(map(to_celsius, filter(lambda r: r > 0, raw)))
print(celsius)
print(list(map(lambda p: p[0] * p[1], zip(raw, range(6)))))
