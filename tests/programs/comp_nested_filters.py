# Nested comprehensions with conditions: scanning an ADC matrix.
ADC = [
    [512, 530, 1023, 12],
    [498, 0, 515, 520],
    [1023, 1023, 501, 499],
]
saturated = [(r, c) for r, row in enumerate(ADC) for c, v in enumerate(row) if v >= 1023]
print(saturated)
dead = [(r, c) for r in range(len(ADC)) for c in range(len(ADC[r])) if ADC[r][c] == 0]
print(dead)
clipped = [[min(v, 1000) for v in row] for row in ADC]
print(clipped)
row_ok = [all(100 < v < 1000 for v in row) for row in ADC]
print(row_ok)
volts = [round(v * 3.3 / 1023, 3) for row in ADC for v in row if 0 < v < 1023]
print(volts)
pairs = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2 == 1]
print(pairs)


def row_stats(matrix: list[list[int]]) -> list[tuple[int, int, float]]:
    return [(min(row), max(row), sum(row) / len(row)) for row in matrix]


for lo, hi, mean in row_stats(ADC):
    print(f"min={lo:4d} max={hi:4d} mean={mean:8.2f}")
