# BFS over an adjacency dict with list.pop(0) as the queue; levels per node.
edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (6, 7)]
adj: dict[int, list[int]] = {}
for a, b in edges:
    adj.setdefault(a, []).append(b)
    adj.setdefault(b, []).append(a)
print(sorted(adj.items()))


def levels(src: int) -> dict[int, int]:
    seen = {src: 0}
    queue = [src]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(adj[node]):
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                queue.append(nxt)
    return seen


print(levels(1))
print(levels(6))
groups: list[tuple[int, list[int]]] = []
for d in sorted(set(levels(1).values())):
    groups.append((d, sorted(k for k, v in levels(1).items() if v == d)))
print(groups)
