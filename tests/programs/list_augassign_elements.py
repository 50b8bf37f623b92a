counts = [0, 0, 0]
for v in [0, 1, 2, 1, 1, 0, 2, 2, 2]:
    counts[v] += 1
print(counts)
counts[0] -= 10
counts[1] *= 3
counts[2] //= 2
counts[-1] **= 2
print(counts)
counts[0] %= 7
counts[1] <<= 2
counts[2] |= 1
print(counts)
fl = [1.0, 2.0]
fl[0] /= 4
fl[1] += 0.1
print(fl)
names = ["a", "b"]
names[0] += "x"
names[1] *= 3
print(names)
grid = [[1, 2], [3, 4]]
grid[1][0] += 100
grid[0][1] -= grid[1][1]
print(grid)
calls = 0
def idx() -> int:
    global calls
    calls += 1
    return 1
vals = [10, 20, 30]
vals[idx()] += 5
print(vals, "index evaluated", calls, "time(s)")
i = 0
vals[i] += vals[i + 1]
print(vals)
