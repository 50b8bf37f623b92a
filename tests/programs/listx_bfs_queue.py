# Breadth-first search over a mesh network, with a list as the queue.
LINKS = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (4, 5), (2, 6), (6, 5), (7, 8)]
N = 9
adj: list[list[int]] = [[] for _ in range(N)]
for a, b in LINKS:
    adj[a].append(b)
    adj[b].append(a)


def bfs(start: int) -> list[int]:
    dist = [-1] * N
    dist[start] = 0
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in adj[node]:
            if dist[nxt] < 0:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


def path(start: int, goal: int) -> list[int]:
    prev = [-1] * N
    seen = [False] * N
    seen[start] = True
    queue = [start]
    while queue:
        node = queue.pop(0)
        if node == goal:
            break
        for nxt in adj[node]:
            if not seen[nxt]:
                seen[nxt] = True
                prev[nxt] = node
                queue.append(nxt)
    if not seen[goal]:
        return []
    route = [goal]
    while route[-1] != start:
        route.append(prev[route[-1]])
    route.reverse()
    return route


print(bfs(0))
print(bfs(7))
print(path(0, 5))
print(path(1, 6))
print(path(0, 8))
