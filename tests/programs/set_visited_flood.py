# Flood fill over a small map using a set of visited cells.
MAP = [
    "#########",
    "#..#....#",
    "#..#.##.#",
    "#....#..#",
    "######..#",
    "#....#..#",
    "#########",
]


def flood(start: tuple[int, int]) -> set[tuple[int, int]]:
    visited: set[tuple[int, int]] = set()
    stack = [start]
    while stack:
        r, c = stack.pop()
        if (r, c) in visited or MAP[r][c] == "#":
            continue
        visited.add((r, c))
        for dr, dc in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
            stack.append((r + dr, c + dc))
    return visited


region = flood((1, 1))
print("region size", len(region))
print(sorted(region)[:5])
other = flood((5, 1))
print("other size", len(other), sorted(other))
print("disjoint", region.isdisjoint(other))
