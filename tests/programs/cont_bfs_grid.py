# Breadth-first search over a grid with a list as the queue.
GRID = [
    "S..#....",
    ".#.#.##.",
    ".#...#..",
    ".####.#.",
    "......#E",
]


def bfs(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    start = (0, 0)
    goal = (0, 0)
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "S":
                start = (r, c)
            elif grid[r][c] == "E":
                goal = (r, c)
    dist: dict[tuple[int, int], int] = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        r, c = queue[head]
        head += 1
        if (r, c) == goal:
            return dist[(r, c)]
        for dr, dc in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return -1


print(bfs(GRID))
blocked = [row.replace(".", "#", 3) for row in GRID]
print(blocked[0], bfs(blocked))
