# Sparse grid of obstacles keyed by (x, y) tuples.
grid: dict[tuple[int, int], str] = {}
for x, y in [(0, 0), (2, 1), (3, 3), (1, 2)]:
    grid[(x, y)] = "#"
grid[(1, 1)] = "o"

for y in range(4):
    row = ""
    for x in range(4):
        row += grid.get((x, y), ".")
    print(row)

print((2, 1) in grid, (2, 2) in grid)
print(sorted(grid.keys()))
neighbours = 0
for dx, dy in [(-1, 0), (1, 0), (0, -1), (0, 1)]:
    if (1 + dx, 1 + dy) in grid:
        neighbours += 1
print("neighbours of (1,1):", neighbours)
try:
    print(grid[(9, 9)])
except KeyError as e:
    print("KeyError:", e)
