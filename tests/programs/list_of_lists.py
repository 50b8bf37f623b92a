# [[0] * 3] * 3 repeats the same inner list (aliasing).
shared = [[0] * 3] * 3
shared[0][0] = 1
print(shared)
grid = []
for r in range(3):
    grid.append([0] * 3)
grid[0][0] = 1
print(grid)
for r in range(3):
    for c in range(3):
        grid[r][c] = r * 3 + c
print(grid, len(grid), len(grid[0]))
print(grid[1], grid[1][2], grid[-1][-1], grid[2][::-1])
t = []
for c in range(3):
    col = []
    for r in range(3):
        col.append(grid[r][c])
    t.append(col)
print(t)
rows = [[1, 2], [], [3, 4, 5]]
rows[1].append(9)
rows.append([6])
print(rows, len(rows))
total = 0
for row in rows:
    for v in row:
        total += v
print(total)
print([1, 2] in rows, [2, 1] in rows, rows.index([9]))
inner = [7, 8]
outer = [inner, inner]
inner.append(9)
print(outer)
def mat_mul(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    n = len(a)
    m = len(b[0])
    res = []
    for i in range(n):
        line = [0] * m
        for j in range(m):
            s = 0
            for k in range(len(b)):
                s += a[i][k] * b[k][j]
            line[j] = s
        res.append(line)
    return res
print(mat_mul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
print(mat_mul([[1, 0, -1]], [[1], [2], [3]]))
