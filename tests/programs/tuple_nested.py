grid = ((1, 2, 3), (4, 5, 6), (7, 8, 9))
print(grid, grid[1], grid[1][2], grid[-1][-1], len(grid), len(grid[0]))
total = 0
for row in grid:
    for v in row:
        total += v
print(total)
diag = (grid[0][0], grid[1][1], grid[2][2])
print(diag, sum(diag))
deep = (1, (2, (3, (4, ()))))
print(deep, deep[1][1][1][0], deep[1][1][1][1])
print(((1, 2), (3, 4)) < ((1, 2), (3, 5)), ((),) == ((),), len(((),)))
cols = []
for c in range(3):
    cols.append((grid[0][c], grid[1][c], grid[2][c]))
print(cols)
